// The package version, read once from package.json (one source of truth).
import { readFileSync } from 'node:fs';
import { packageUrl } from './package-root.js';

export const VERSION: string = (JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as { version: string }).version;
