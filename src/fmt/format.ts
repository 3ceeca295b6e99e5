// The canonical text of a standard or kamus file (`skj fmt`): the format's key order, codes as quoted
// strings, double quotes, 2-space indentation, LF and one final newline. Comments, blank lines between
// sections, anchors, tags and the written form of numbers are kept. Pure: text in, text out.
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isPair, isScalar, parseDocument, Scalar, visit, type Node, type Pair, type Tags } from 'yaml';
import { MAX_ALIAS_COUNT } from '../core/limits.js';
import { orderNode, shapeOf, type FmtKind } from './order.js';

export type { FmtKind } from './order.js';

/** The formatted text would not mean what the file means: never written (a guard, not expected to fire). */
export class FormatUnsafe extends Error {}

// A comment written after a value on its own line (`tingkatan: pengawas  # 000:1025`) is marked so that
// it is written two spaces after the value, as skj's own files write them (yaml would use one).
const INLINE = '\u0000';
const commentString = (c: string) => (c.startsWith(INLINE) ? ` #${c.slice(1)}` : c.replace(/^(?!$)(?: $)?/gm, '#'));

const TO_STRING = { indent: 2, lineWidth: 0, minContentWidth: 0, commentString } as const;

// Numbers are written as the file wrote them (02, 1.50, 0x1F), not as yaml would re-spell them.
const keepNumberSource = (tags: Tags): Tags =>
  tags.map((t) => {
    if (typeof t !== 'object' || !('tag' in t) || !/:(int|float)$/.test(t.tag) || !t.stringify) return t;
    const own = t.stringify;
    return { ...t, stringify: (item, ctx, onComment, onChompKeep) => (isScalar(item) && typeof item.source === 'string' && item.source !== '' ? item.source : own(item, ctx, onComment, onChompKeep)) };
  });

const parse = (text: string) => parseDocument(text, { customTags: keepNumberSource, uniqueKeys: false, prettyErrors: false });

/** A plain code that YAML reads as a number (urusan: 2.10) becomes the string as written ("2.10"). */
function codeAsString(node: Scalar, text: string): void {
  if (node.tag || node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return;
  if (typeof node.value === 'number' || typeof node.value === 'bigint') {
    const [start, end] = node.range ?? [0, 0];
    node.value = text.slice(start, end);
  }
  if (typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
}

/** Single quotes become double ones, unless the text holds a double quote or a backslash (then single reads better). */
function quoteStyle(node: Scalar): void {
  if (node.type === Scalar.QUOTE_SINGLE && typeof node.value === 'string' && !/["\\]/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
}

const oneLine = (c: string | null | undefined): c is string => !!c && !c.includes('\n') && !c.startsWith(INLINE);

/** Marks the comments that follow a value on its line (see INLINE). */
function markInline(node: Node): void {
  const flowOrScalar = isScalar(node) ? node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL : isCollection(node) && node.flow;
  if (flowOrScalar && oneLine(node.comment)) node.comment = INLINE + node.comment;
}

/**
 * `bidang_ilmu:  # 000:1081` above a block list: yaml reads the comment as standing before the list
 * and would move it to a line of its own. It stays on the key's line.
 */
function keepKeyLineComment(pair: Pair, text: string): void {
  const key = pair.key;
  const value = pair.value;
  if (!isScalar(key) || !key.range || !isCollection(value) || value.flow || !value.commentBefore) return;
  if (!/^[ \t]*:[ \t]*#/.test(text.slice(key.range[1], key.range[1] + 200))) return;
  const [first, ...rest] = value.commentBefore.split('\n');
  key.comment = INLINE + first;
  value.commentBefore = rest.length ? rest.join('\n') : undefined;
}

/** A map whose first pair moved: the file's header comment stays on top, and no map opens with a blank line. */
function reordered(map: { items: unknown[] }, oldFirst: Pair, root: boolean): void {
  const first = map.items[0];
  if (!isPair(first) || !isScalar(first.key)) return;
  const moved = oldFirst.key as Node | null;
  if (root && isScalar(moved) && moved.commentBefore) {
    const parts = [moved.commentBefore, ...(first.key.spaceBefore ? [''] : []), ...(first.key.commentBefore ? [first.key.commentBefore] : [])];
    first.key.commentBefore = parts.join('\n');
    moved.commentBefore = undefined;
  }
  first.key.spaceBefore = false;
}

/** Whether the comment lines that end `text` follow a blank line. */
function blankBeforeTail(text: string): boolean {
  const lines = text.replace(/\s+$/, '').split('\n');
  let i = lines.length - 1;
  while (i >= 0 && /^\s*(#|$)/.test(lines[i]!)) i--;
  for (let j = i + 1; j < lines.length; j++) if (/^\s*#/.test(lines[j]!)) return j > i + 1 && lines[j - 1]!.trim() === '';
  return false;
}

/** yaml writes a blank line before the comment that ends a document; kept only where the file had one. */
function keepTailSpacing(out: string, comment: string | null | undefined, text: string): string {
  if (!comment || blankBeforeTail(text)) return out;
  const block = `\n\n${commentString(comment)}\n`;
  return out.endsWith(block) ? `${out.slice(0, -block.length)}\n${block.slice(2)}` : out;
}

/** A step the yaml library may refuse (e.g. an alias that the new order puts before its anchor): the file is left alone. */
function refusable<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw new FormatUnsafe((e as Error).message);
  }
}

/**
 * The canonical text of a YAML file that parses without errors (the caller checks that first, to
 * report errors where the user must act). Throws FormatUnsafe if the result would read differently.
 */
export function formatText(input: string, kind: FmtKind): string {
  const text = input.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return input; // an empty file is reported by validate; nothing to arrange
  const doc = parse(text);
  if (doc.errors.length) throw new FormatUnsafe(doc.errors[0]!.message);
  orderNode(doc.contents, shapeOf(kind), {
    code: (node) => codeAsString(node as Scalar, text),
    reordered: (map, first) => reordered(map, first, map === doc.contents),
  });
  // What the file means, codes read as the strings they are written as. The new order changes no data,
  // nor does the styling below (quotes, comments, blank lines): the one parse serves both.
  const meaning = refusable(() => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  visit(doc, {
    Pair: (_, pair) => keepKeyLineComment(pair as Pair, text),
    Scalar: (_, node) => {
      quoteStyle(node);
      markInline(node);
    },
    Map: (_, node) => markInline(node),
    Seq: (_, node) => markInline(node),
  });
  const out = refusable(() => keepTailSpacing(doc.toString(TO_STRING).replace(/\n*$/, '\n'), doc.comment, text));
  // The guard: the new text, parsed again, must mean what the file means.
  const again = parse(out);
  if (again.errors.length) throw new FormatUnsafe(again.errors[0]!.message);
  if (!isDeepStrictEqual(meaning, again.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))) throw new FormatUnsafe('data');
  return out;
}
