// Output formats by name.
import type { Formatter } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
