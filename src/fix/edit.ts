// Building a safe fix from a parsed file: the nodes' offsets in the source text say what to replace,
// so nothing outside the edit changes (comments, quoting, blank lines, line ends). Every fix is
// checked before it is offered: the edited text must parse, and its data must be exactly the old data
// with the one intended change — a fix that would change anything else is not offered.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Fix, MessageParams } from '../core/diagnostic.js';
import { SourceDoc, type Path } from '../core/source.js';

type Data = Record<string, unknown>;

/** The intended change, on the data: what the edited text must read as. */
type Change = { set: string } | { rename: string } | { remove: true } | { replace: unknown };

function pairAt(source: SourceDoc, path: Path): { pair: Pair<Node, Node | null>; parent: YAMLMap } | undefined {
  let node: unknown = source.doc.contents;
  let found: { pair: Pair<Node, Node | null>; parent: YAMLMap } | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair<Node, Node | null> | undefined;
      if (!pair) return undefined;
      found = { pair, parent: node };
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      found = undefined;
      node = node.items[seg];
    } else return undefined;
  }
  return found;
}

/** The node written at `path` (a map value or a sequence item). */
export function nodeAt(source: SourceDoc, path: Path): Node | undefined {
  let node: unknown = source.doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** The text of the scalar at `path` exactly as written (`2.10`, not the number 2.1). */
export function writtenAt(source: SourceDoc, path: Path): string | undefined {
  const node = nodeAt(source, path);
  return isScalar(node) && node.range ? source.text.slice(node.range[0], node.range[1]) : undefined;
}

function changed(data: unknown, path: Path, change: Change): unknown {
  const copy = structuredClone(data) as Data;
  let parent: Data = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg as string] as Data;
  const last = path[path.length - 1] as string;
  if ('set' in change) parent[last] = change.set;
  else if ('replace' in change) parent[last] = change.replace;
  else if ('remove' in change) delete parent[last];
  else {
    const value = parent[last];
    delete parent[last];
    parent[change.rename] = value;
  }
  return copy;
}

/**
 * The fix, if the edited text reads as the old data with exactly `changes` made. Read as skj reads
 * every file (src/core/source.ts: the fast parser where it can), so a check costs little.
 */
function checked(source: SourceDoc, range: [number, number], text: string, changes: [Path, Change][], messageId: string, params: MessageParams): Fix | undefined {
  const after = new SourceDoc({ path: source.path, text: source.text.slice(0, range[0]) + text + source.text.slice(range[1]) });
  if (after.syntax.length || after.warnings.length || source.data === undefined) return undefined;
  const expected = changes.reduce<unknown>((data, [path, change]) => changed(data, path, change), source.data);
  if (!isDeepStrictEqual(after.data, expected)) return undefined;
  return { range, text, messageId, params };
}

/** How a string is written in the style of `like` (plain, single or double quoted); plain only if it stays a string. */
function spellings(value: string, like: Scalar): string[] {
  const double = JSON.stringify(value);
  if (like.type === Scalar.QUOTE_DOUBLE) return [double];
  if (like.type === Scalar.QUOTE_SINGLE) return [`'${value.replace(/'/g, "''")}'`, double];
  return [value, double];
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
}

/** Replaces the string at `path` by `value`, in the same quoting where it reads back the same. */
export function setString(source: SourceDoc, path: Path, value: string, messageId: string, params: MessageParams): Fix | undefined {
  const node = nodeAt(source, path);
  if (!isScalar(node) || !node.range || isBlockScalar(node)) return undefined;
  for (const text of spellings(value, node)) {
    const fix = checked(source, [node.range[0], node.range[1]], text, [[path, { set: value }]], messageId, params);
    if (fix) return fix;
  }
  return undefined;
}

/** Replaces part `[from, to)` of the string at `path` (offsets in the value) where the scalar is written as is. */
export function replaceInString(source: SourceDoc, path: Path, from: number, to: number, by: string, messageId: string, params: MessageParams): Fix | undefined {
  const node = nodeAt(source, path);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range || isBlockScalar(node)) return undefined;
  const written = source.text.slice(node.range[0], node.range[1]);
  const quote = node.type === Scalar.PLAIN ? '' : written[0]!;
  // Only where the value is its text verbatim (no escapes, no folded lines): then offsets carry over.
  if (written !== `${quote}${node.value}${quote}`) return setString(source, path, node.value.slice(0, from) + by + node.value.slice(to), messageId, params);
  const start = node.range[0] + quote.length;
  const value = node.value.slice(0, from) + by + node.value.slice(to);
  return checked(source, [start + from, start + to], by, [[path, { set: value }]], messageId, params) ?? setString(source, path, value, messageId, params);
}

/** Quotes the plain scalar at `path`, keeping its text exactly (`2.10` → `"2.10"`). */
export function quoteAsWritten(source: SourceDoc, path: Path, messageId: string, params: MessageParams): Fix | undefined {
  const node = nodeAt(source, path);
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
  const written = source.text.slice(node.range[0], node.range[1]);
  if (written.includes('\n')) return undefined;
  return checked(source, [node.range[0], node.range[1]], JSON.stringify(written), [[path, { set: written }]], messageId, params);
}

/** Renames the mapping key at `path`, keeping its value and place. */
export function renameKey(source: SourceDoc, path: Path, key: string, messageId: string, params: MessageParams): Fix | undefined {
  const found = pairAt(source, path);
  const k = found?.pair.key;
  if (!isScalar(k) || !k.range || isBlockScalar(k)) return undefined;
  for (const text of spellings(key, k)) {
    const fix = checked(source, [k.range[0], k.range[1]], text, [[path, { rename: key }]], messageId, params);
    if (fix) return fix;
  }
  return undefined;
}

/** Characters a removed or replaced span may hold besides its scalars: never a comment. */
const STRUCTURE = /^[\s:\-[\]{},?]*$/;

/** True when `text[start, end)` holds nothing but the given nodes' scalars and YAML punctuation. */
function onlyStructure(source: SourceDoc, start: number, end: number, nodes: unknown[]): boolean {
  const scalars: [number, number][] = [];
  const walk = (n: unknown) => {
    if (isScalar(n) && n.range) scalars.push([n.range[0], n.range[1]]);
    else if (isMap(n) || isSeq(n)) for (const item of n.items) walk(item);
    else if (isPair(n)) (walk(n.key), walk(n.value));
  };
  nodes.forEach(walk);
  scalars.sort((a, b) => a[0] - b[0]);
  let rest = '';
  let at = start;
  for (const [a, b] of scalars) {
    if (b <= start || a >= end) continue;
    rest += source.text.slice(at, Math.max(at, a));
    at = Math.max(at, b);
  }
  rest += source.text.slice(at, end);
  return STRUCTURE.test(rest);
}

/**
 * Removes the entries `keys` of the block mapping at `path`, each with its whole lines, provided no
 * comment is on them.
 */
export function removeEntries(source: SourceDoc, path: Path, keys: string[], messageId: string, params: MessageParams): Fix | undefined {
  const map = nodeAt(source, path);
  if (!isMap(map) || map.flow) return undefined;
  const pairs = keys.map((k) => map.items.find((p) => isScalar(p.key) && String(p.key.value) === k));
  if (pairs.some((p) => !p)) return undefined;
  const spans: [number, number][] = [];
  for (const pair of pairs as Pair<Scalar, Node | null>[]) {
    const keyStart = pair.key.range![0];
    const lineStart = source.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (!/^[ \t]*$/.test(source.text.slice(lineStart, keyStart))) return undefined;
    const valueEnd = pair.value?.range?.[1] ?? pair.key.range![1];
    const nl = source.text.indexOf('\n', Math.max(valueEnd - 1, keyStart));
    const end = nl < 0 ? source.text.length : nl + 1;
    if (!onlyStructure(source, lineStart, end, [pair])) return undefined;
    spans.push([lineStart, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // One edit: the removed entries must be consecutive lines.
  for (let i = 1; i < spans.length; i++) if (spans[i]![0] !== spans[i - 1]![1]) return undefined;
  const range: [number, number] = [spans[0]![0], spans[spans.length - 1]![1]];
  return checked(source, range, '', keys.map((k) => [[...path, k], { remove: true }]), messageId, params);
}

/** Writes the mapping at `path`, which holds only `only`, as that one value (`level: 3` → `3`). */
export function collapseTo(source: SourceDoc, path: Path, only: string, messageId: string, params: MessageParams): Fix | undefined {
  const found = pairAt(source, path);
  const map = found?.pair.value;
  if (!found || !isMap(map) || map.items.length !== 1) return undefined;
  const inner = map.items[0]!;
  const value = inner.value;
  if (!isScalar(inner.key) || String(inner.key.value) !== only || !isScalar(value) || !value.range || isBlockScalar(value)) return undefined;
  const keyEnd = (found.pair.key as Scalar).range![1];
  const colon = source.text.indexOf(':', keyEnd);
  if (colon < 0 || !onlyStructure(source, keyEnd, value.range[0], [inner.key])) return undefined;
  const written = source.text.slice(value.range[0], value.range[1]);
  return checked(source, [colon + 1, value.range[1]], ` ${written}`, [[path, { replace: value.toJS(source.doc) }]], messageId, params);
}
