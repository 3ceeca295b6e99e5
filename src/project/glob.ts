// Glob matching for skj.yaml patterns ("standar/**/*.yaml", "kamus/*.yml", "{a,b}/*.yaml", "x?.yaml"),
// because Node 20 has no fs.glob. Matched segment by segment without regular expressions: the
// maintained matchers (picomatch, minimatch) compile to backtracking regexps, and a pattern such as
// `standar/*a*a*a*a*b` then takes minutes on a long file name. Here a segment is matched in
// O(pattern × name) and `**` by a table over segments, so time stays bounded.
import { readdirSync, statSync, type Dirent } from 'node:fs';
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

/** One pattern segment as a test: most are a literal or `prefix*suffix`, tested without a loop. */
function segmentTest(seg: string): (name: string) => boolean {
  if (!/[*?]/.test(seg)) return (name) => name === seg;
  const star = seg.indexOf('*');
  if (!seg.includes('?') && star === seg.lastIndexOf('*')) {
    const prefix = seg.slice(0, star);
    const suffix = seg.slice(star + 1);
    return (name) => name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
  }
  return (name) => matchSegment(seg, name);
}

/**
 * A pattern's segments (runs of `*` already made one) as an automaton over path segments: a state is
 * how many pattern segments are consumed, `**` consuming zero or more path segments. The states after
 * a folder are kept, so each file of a folder costs one test of its name (a repository lists 165,000 files).
 */
class SegmentMatcher {
  private readonly afterDir = new Map<string, number[]>();
  private readonly start: number[];
  private readonly tests: ((name: string) => boolean)[];
  /** finishes[i]: the segments from i on are all `**` (they may consume nothing). */
  private readonly finishes: boolean[];
  private lastDir = '';
  private lastStates: number[] | undefined;

  constructor(private readonly segs: string[]) {
    this.tests = segs.map(segmentTest);
    this.finishes = segs.map((_, i) => segs.slice(i).every((g) => g === '**')).concat(true);
    this.start = this.closure([0]);
  }

  /** The states plus those `**` reaches without consuming a segment. */
  private closure(states: number[]): number[] {
    const out: number[] = [];
    for (let i of states) {
      for (;;) {
        if (!out.includes(i)) out.push(i);
        if (this.segs[i] !== '**') break;
        i++;
      }
    }
    return out;
  }

  private step(states: number[], part: string): number[] {
    const next: number[] = [];
    for (const i of states) {
      const seg = this.segs[i];
      if (seg === undefined) continue;
      if (seg === '**') next.push(i);
      else if (this.tests[i]!(part)) next.push(i + 1);
    }
    return this.closure(next);
  }

  /** The states after a file's folder (files come folder by folder: the last folder is checked first). */
  private statesAfter(path: string, slash: number): number[] {
    if (slash < 0) return this.start;
    if (this.lastStates && slash === this.lastDir.length && path.startsWith(this.lastDir)) return this.lastStates;
    const dir = path.slice(0, slash);
    let states = this.afterDir.get(dir);
    if (!states) {
      states = this.start;
      for (const part of dir.split('/')) states = this.step(states, part);
      this.afterDir.set(dir, states);
    }
    this.lastDir = dir;
    this.lastStates = states;
    return states;
  }

  test(path: string): boolean {
    const slash = path.lastIndexOf('/');
    const states = this.statesAfter(path, slash);
    if (states.length === 0) return false;
    const name = slash < 0 ? path : path.slice(slash + 1);
    // The name is the last segment: accepted by a `**` that may end the pattern, or by a segment that does.
    return states.some((i) => (this.segs[i] === '**' ? this.finishes[i]! : i < this.segs.length && this.finishes[i + 1]! && this.tests[i]!(name)));
  }
}

export function compileGlob(glob: string): Glob {
  if (!glob.trim()) throw new GlobError('empty');
  const alternatives = expandBraces(glob.replace(/^\.\//, '')).map(
    (g) =>
      new SegmentMatcher(
        g
          .split('/')
          .filter((s, i, all) => s !== '' || i === all.length - 1)
          .map((s) => (s === '**' ? s : s.replace(/\*+/g, '*'))),
      ),
  );
  return { test: (path) => alternatives.some((m) => m.test(path)) };
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
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      // Names read as UTF-8; only a folder where one decodes to U+FFFD is listed again as bytes to tell.
      if (entries.some((e) => e.name.includes('\ufffd'))) entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent[];
    } catch (e) {
      throw new UsageError('cli.unreadable', { path: dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    for (const entry of entries) {
      let name: string = entry.name;
      if (typeof name !== 'string') {
        const raw = name as unknown as Buffer;
        if (!isUtf8(raw)) {
          onBadName(relative(root, join(dir, raw.toString('latin1'))).split(sep).join('/'));
          continue;
        }
        name = raw.toString('utf8');
      }
      if (name.startsWith('.') || SKIP.has(name)) continue;
      if (entry.isDirectory()) visit(join(dir, name), `${rel}${name}/`);
      // A link to a file is listed (and read through); a dangling one too, so reading it reports it. Links
      // to folders are not followed: a loop would never end.
      else if (entry.isFile() || (entry.isSymbolicLink() && !isDirectory(join(dir, name)))) out.push(rel + name);
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
