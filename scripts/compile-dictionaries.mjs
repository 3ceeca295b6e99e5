// Build step: compiles dictionaries/*.yaml (checked against their zod formats) to dist/dictionaries.json,
// which skj reads at start-up instead of parsing YAML (src/reference/bundled.ts).
import { writeFileSync } from 'node:fs';
import { compileDictionaries } from '../dist/reference/bundled.js';

writeFileSync(new URL('../dist/dictionaries.json', import.meta.url), compileDictionaries());
