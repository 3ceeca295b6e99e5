// Builds dist/ for npm's lifecycle hooks, so that a checkout builds on `npm ci` while the packed
// package carries dist/ and no install-time script at all.
//   prepare  (`npm ci` in a checkout, a git-tag install): compiles src/ so `npx skj` works there;
//            skipped under pack/publish, where prepack builds.
//   prepack  (`npm pack`, `npm publish`, a git-tag install): a clean build (no stale module ships),
//            then takes `prepare` out of package.json so installing the tarball runs and warns about
//            no install script (npm 11 flags any `prepare`). The original is kept byte for byte in
//            package.json.prepack and put back by postpack (the pattern of the `pinst` tool).
//   postpack: restores package.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const KEPT = 'package.json.prepack';

/** `npm run build`, the one definition of the build. */
function build() {
  const result = spawnSync(process.execPath, [process.env.npm_execpath, 'run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function restore() {
  if (existsSync(KEPT)) renameSync(KEPT, 'package.json');
}

switch (process.argv[2]) {
  case 'prepare': {
    const command = process.env.npm_command;
    if (command !== 'pack' && command !== 'publish' && existsSync('tsconfig.build.json')) build();
    break;
  }
  case 'prepack': {
    restore(); // an interrupted earlier pack
    rmSync('dist', { recursive: true, force: true });
    build();
    const text = readFileSync('package.json', 'utf8');
    const manifest = JSON.parse(text);
    delete manifest.scripts.prepare;
    writeFileSync(KEPT, text);
    writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
    break;
  }
  case 'postpack':
    restore();
    break;
  default:
    console.error('usage: node scripts/build.mjs prepare|prepack|postpack');
    process.exit(2);
}
