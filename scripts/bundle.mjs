// Build step after tsc: bundles the CLI and the worker entries from dist/ into dist/bin/ (esbuild), so a
// cold start loads a few files instead of hundreds of modules (issue 12: one-file validate). Entries and
// their shared chunks sit side by side in dist/bin/, loaded by bin/skj.js and the worker pools
// (src/package-root.ts). The library entry (dist/index.js) stays unbundled, for library users.
//
// Only the libraries on the start-up path are bundled. Everything else stays an ordinary import from
// node_modules, notably packages that read their own files or start their own workers (pdfkit's font
// data, tinypool's worker entry), and packages of commands whose start-up does not matter.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED = new Set(['zod', 'yaml', 'js-yaml', 'commander', 'chalk', 'diff']);
const OUT = 'dist/bin';

/** The package a bare import names (`@scope/name/sub` → `@scope/name`). */
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/engine/worker.js', 'project-worker': 'dist/lsp/project-worker.js' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Not minified: minifying saved no measurable start-up time, and readable code keeps bug reports useful.
  // CommonJS libraries in an ES module bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as __skjRequire } from 'node:module'; const require = __skjRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-unless-bundled',
      setup(b) {
        b.onResolve({ filter: /^[^./#]/ }, (args) => (BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
