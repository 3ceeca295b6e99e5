#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (shipped in the package; built in a checkout by `npm ci`).
// `skj --version` is answered here, before the CLI and its libraries load (editor and hook start-up).
// The CLI is one bundle, dist/bin/skj.cjs (scripts/bundle.mjs), loaded through V8's code cache.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // One cache per command (each compiles different code); a mistyped command (exit 2) writes none.
  const { loadCached } = await import('./compile-cache.js');
  const variant = /^[a-z]{1,16}$/.test(args[0] ?? '') ? args[0] : 'other';
  const cli = loadCached(fileURLToPath(new URL('../dist/bin/skj.cjs', import.meta.url)), variant);
  process.exitCode = await cli.exports.main(process.argv);
  if (process.exitCode !== 2) cli.save();
}
