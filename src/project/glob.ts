// Glob matching for skj.yaml patterns ("standar/**/*.yaml", "kamus/*.yml", "{a,b}/*.yaml", "x?.yaml"),
// because Node 20 has no fs.glob. Matched segment by segment without regular expressions: the
// maintained matchers (picomatch, minimatch) compile to backtracking regexps, and a pattern such as
// `standar/*a*a*a*a*b` then takes minutes on a long file name. Here a segment is matched in
// O(pattern × name) and `**` by a table over segments, so time stays bounded.
import { readdirSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join, relative, sep } from 'node:path';
import { MAX_GLOB_ALTERNATIVES } from '../core/limits.js';
import { UsageError } from './errors.js';

export interface Glob {
  test(path: string): boolean;
}

/** A pattern skj cannot use; `reason` is a message variant (cli.glob-bad.<reason>). */
export class GlobError extends Error {
  constructor(readonly reason: 'brace' | 'alternatives' | 'empty') {
    super(reason);
  }
}

/** `{a,b}` alternatives expanded (nested braces allowed); an unclosed or stray brace is an error. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) {
    if (glob.includes('}')) throw new GlobError('brace');
    return [glob];
  }
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length && close < 0; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) close = i;
    else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || glob.slice(0, open).includes('}')) throw new GlobError('brace');
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    for (const rest of expandBraces(glob.slice(0, open) + glob.slice(cuts[k]! + 1, cuts[k + 1]) + glob.slice(close + 1))) {
      out.push(rest);
      if (out.length > MAX_GLOB_ALTERNATIVES) throw new GlobError('alternatives');
    }
  }
  return out;
}

/** One path segment against a segment pattern of literals, `*` and `?` (iterative, no backtracking blow-up). */
function matchSegment(p: string, s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) (i++, j++);
    else if (i < p.length && p[i] === '*') (star = i++), (mark = j);
    else if (star >= 0) (i = star + 1), (j = ++mark);
    else return false;
  }
  while (p[i] === '*') i++;
  return i === p.length;
}

/** Path segments against pattern segments (runs of `*` already made one), `**` matching zero or more segments. */
function matchSegments(pattern: string[], parts: string[]): boolean {
  // reach[j]: the pattern so far can consume exactly the first j parts.
  let reach = parts.map((_, j) => j === 0).concat(parts.length === 0);
  for (const seg of pattern) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    for (let j = 0; j <= parts.length; j++) {
      if (!reach[j]) continue;
      if (seg === '**') for (let k = j; k <= parts.length; k++) next[k] = true;
      else if (j < parts.length && matchSegment(seg, parts[j]!)) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[parts.length]!;
}

export function compileGlob(glob: string): Glob {
  if (!glob.trim()) throw new GlobError('empty');
  const alternatives = expandBraces(glob.replace(/^\.\//, '')).map((g) =>
    g
      .split('/')
      .filter((s, i, all) => s !== '' || i === all.length - 1)
      .map((s) => (s === '**' ? s : s.replace(/\*+/g, '*'))),
  );
  return { test: (path) => alternatives.some((segs) => matchSegments(segs, path.split('/'))) };
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/**
 * Every file below `root` (relative POSIX paths, sorted), skipping VCS and build folders. Names that
 * are not UTF-8 cannot be passed on as text: they are handed to `onBadName` (Latin-1 decoded, for
 * display). A folder that cannot be listed is a usage error naming it.
 */
export function walk(root: string, onBadName: (rel: string) => void = () => {}): string[] {
  const out: string[] = [];
  // `rel`: the folder relative to root with a trailing slash (built by concatenation: 165,000 files).
  const visit = (dir: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      throw new UsageError('cli.unreadable', { path: dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    for (const entry of entries) {
      const raw = entry.name as unknown as Buffer;
      if (!isUtf8(raw)) {
        onBadName(relative(root, join(dir, raw.toString('latin1'))).split(sep).join('/'));
        continue;
      }
      const name = raw.toString('utf8');
      if (name.startsWith('.') || SKIP.has(name)) continue;
      const full = join(dir, name);
      if (entry.isDirectory()) visit(full, `${rel}${name}/`);
      // A link to a file is listed (and read through); a dangling one too, so reading it reports it. Links
      // to folders are not followed: a loop would never end.
      else if (entry.isFile() || (entry.isSymbolicLink() && !isDirectory(full))) out.push(rel + name);
    }
  };
  visit(root, '');
  return out.sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function matchAny(path: string, patterns: Glob[]): boolean {
  return patterns.some((p) => p.test(path));
}
