#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (shipped in the package; built in a checkout by `npm ci`).
// `skj --version` is answered here, before the CLI and its libraries load (editor and hook start-up).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/bin/main.js');
  process.exitCode = await main(process.argv);
}
