// Loads the CLI bundle (one CommonJS file) through V8's code cache: a warm start skips parsing and
// compiling it, about a third of a one-file `skj validate`. This is what Node 22's
// module.enableCompileCache() does, done here so that Node 20 has it too. The cache is only ever an
// optimisation: missing, unreadable, made from another build or rejected by V8, the bundle is
// compiled as usual and the cache written again.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** FNV-1a of a short string, as hex: a stable file name without loading node:crypto (start-up time). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The user's own cache folder: in the shared temp folder, so another user could write there; its
 * cache is used only when the folder belongs to this user and nobody else can write to it.
 */
function cacheDir() {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `skj-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) throw new Error('unsafe cache folder');
  return dir;
}

/**
 * Runs the CommonJS file `file` and returns its exports, with `save()` to call once the work is done
 * (the cache then holds the functions the run compiled). `variant` keeps one cache per command:
 * each compiles different code.
 */
export function loadCached(file, variant) {
  const require = createRequire(file);
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return { exports: require(file), save() {} };
  const source = readFileSync(file, 'utf8');
  const built = statSync(file);
  // V8 checks the cache against its own version and flags and the source's length only: the header
  // names the build (path, size, time) and the Node.js it was made by.
  const header = Buffer.from(`skj compile cache\0${file}\0${built.size}\0${built.mtimeMs}\0${process.version}\0${process.arch}\n`);
  let where;
  let cachedData;
  try {
    where = join(cacheDir(), `${fnv1a(file)}-${variant}.bin`);
    const stored = readFileSync(where);
    if (stored.subarray(0, header.length).equals(header)) cachedData = stored.subarray(header.length);
  } catch {
    // no cache yet, or none to be had: compile as usual
  }
  // CommonJS's wrapper, and the import() the bundle uses instead of its own (scripts/bundle.mjs): on
  // Node 20, code from the cache loses the vm's import callback.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __skjLauncherImport) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file), (specifier) => import(specifier));
  return {
    exports: module.exports,
    save() {
      if (!where || (cachedData && !script.cachedDataRejected)) return;
      try {
        const temp = `${where}.${process.pid}.tmp`;
        writeFileSync(temp, Buffer.concat([header, script.createCachedData()]), { mode: 0o600 });
        renameSync(temp, where); // atomic: a concurrent run reads the old cache or the new one
      } catch {
        // a read-only or full temp folder: the next run compiles again
      }
    },
  };
}
