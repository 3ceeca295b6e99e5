// Build step after tsc: bundles the CLI and the worker entries from dist/ into dist/bin/ (esbuild), so a
// cold start reads one file instead of hundreds of modules (issue 12: one-file validate). The library
// entry (dist/index.js) stays unbundled, for library users.
//   dist/bin/skj.cjs   the CLI, one CommonJS file: bin/skj.js compiles it through V8's code cache
//                      (bin/compile-cache.js), which an ES module cannot use on Node 20.
//   dist/bin/worker.js, project-worker.js (+ shared chunks)  the worker threads' entries, ES modules
//                      (tinypool, which they import, is an ES module only); found by src/package-root.ts.
//
// Only the libraries on the start-up path are bundled. Everything else stays an ordinary import from
// node_modules, notably packages that read their own files or start their own workers (pdfkit's font
// data, tinypool's worker entry), and packages of commands whose start-up does not matter.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const BUNDLED = new Set(['zod', 'yaml', 'js-yaml', 'commander', 'chalk', 'diff']);
const OUT = 'dist/bin';

/** The package a bare import names (`@scope/name/sub` → `@scope/name`). */
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

const common = {
  outdir: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Minified: a warm one-file validate spends ~8% less CPU (less source to read, hash and cache).
  // SKJ_BUNDLE_READABLE=1 keeps names, so that a --cpu-prof tells skj, yaml and zod apart.
  minify: process.env.SKJ_BUNDLE_READABLE !== '1',
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-unless-bundled',
      setup(b) {
        // Bare package names only (not `#imports`, which are a bundled package's own).
        b.onResolve({ filter: /^[^./#]/ }, (args) => (BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
      },
    },
  ],
};

rmSync(OUT, { recursive: true, force: true });
const cli = await build({
  ...common,
  entryPoints: { skj: 'dist/cli/main.js' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  write: false,
  // src/package-root.ts, the one module that asks where it is, learns it from the file's own path.
  define: { 'import.meta.url': '__skjModuleUrl' },
  banner: {
    js: [
      "const __skjModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      // Code compiled by node:vm cannot import() on Node 20 once it comes from the code cache: the
      // launcher passes its own import (bin/compile-cache.js); a plain require() has import() itself.
      "const __skjImport = typeof __skjLauncherImport === 'function' ? __skjLauncherImport : (specifier) => import(specifier);",
    ].join('\n'),
  },
});
for (const file of cli.outputFiles) {
  // The CLI's lazy imports of packages left in node_modules (tinypool, mammoth, @inquirer/*).
  const text = file.text.replace(/\bimport\(("[^"]+")\)/g, (call, spec) => {
    if (/^"[.\/]/.test(spec)) throw new Error(`bundle.mjs: unexpected import(${spec}) in ${file.path}`);
    return `__skjImport(${spec})`;
  });
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, text);
}
await build({
  ...common,
  entryPoints: { worker: 'dist/engine/worker.js', 'project-worker': 'dist/lsp/project-worker.js' },
  splitting: true,
  format: 'esm',
  // CommonJS libraries in an ES module bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as __skjRequire } from 'node:module'; const require = __skjRequire(import.meta.url);" },
});
