// A parsed YAML file that can answer "where is this path?" in line/column terms.
import { fastLoad } from './fast-yaml.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Unreadable } from './decode.js';
import { MAX_ALIAS_COUNT } from './limits.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SyntaxProblem {
  code: string;
  message: string;
  range: Range;
  /** Message variant of yaml/syntax and its parameters, when `message` is not the parser's. */
  variant?: string;
  params?: Record<string, string | number>;
}

export interface SourceFile {
  /** Path as shown to the user (relative to the working directory). */
  path: string;
  text: string;
  /** Where the file is read from when its text is read lazily from disk (the --cache stamp, worker threads). */
  abs?: string;
  /** The bytes are not YAML text skj can read (not UTF-8, too large…): reported, never parsed or written. */
  unreadable?: Unreadable;
}

export interface ParseOptions {
  /** 'full' always builds yaml's Document, as if the fast path declined (tests compare the two). */
  parse?: 'auto' | 'full';
}

/**
 * A parsed YAML file. Parsing is fast and positions are lazy: a plainly well-formed file is read by
 * js-yaml (src/core/fast-yaml.ts), and yaml's position-bearing Document is built only when a line and
 * column are asked for (a diagnostic) or when the fast path declines (then it also reports the
 * syntax errors).
 */
export class SourceDoc {
  readonly path: string;
  readonly text: string;
  readonly syntax: SyntaxProblem[];
  /** Parser warnings that do not make the data meaningless (an unknown tag such as !foo). */
  readonly warnings: SyntaxProblem[] = [];
  /** Plain JS data of the document (undefined when syntax errors make it meaningless). */
  readonly data: unknown;
  private parsed?: { doc: Document.Parsed; lines: LineCounter };
  /** The text the YAML parsers read: none for an unreadable file; CR-only line ends made LF. */
  private readonly yaml: string;

  constructor(file: SourceFile, options: ParseOptions = {}) {
    this.path = file.path;
    this.text = file.text;
    // Old Mac line ends (CR alone) are line breaks to an editor; `yaml` would read one long line.
    // Replacing them keeps every offset, so positions stay those of the file.
    this.yaml = file.unreadable ? '' : file.text.includes('\r') ? file.text.replace(/\r(?!\n)/g, '\n') : file.text;
    const u = file.unreadable;
    if (u) {
      const range = { line: u.line, column: u.column, endLine: u.line, endColumn: u.column + 1 };
      this.syntax = [{ code: 'UNREADABLE', message: u.reason, range, variant: u.reason, params: u.params }];
      this.data = undefined;
      return;
    }
    const fast = options.parse === 'full' ? undefined : fastLoad(this.yaml);
    if (fast) {
      this.syntax = [];
      this.data = fast.data;
      return;
    }
    const { doc } = this.full();
    const errors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
    const problem = (e: { code: string; message: string; pos: [number, number] }): SyntaxProblem => ({
      code: e.code,
      message: e.message.split('\n')[0] ?? e.message,
      range: this.rangeOf(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
    });
    this.syntax = errors.map(problem);
    this.warnings = doc.warnings.map(problem).map((w) => (w.code === 'TAG_RESOLVE_FAILED' ? { ...w, variant: 'tag' } : w));
    let data: unknown;
    if (this.syntax.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        this.syntax.push({ code: 'ALIAS', message: (e as Error).message, range: this.rangeOf(0, 1) });
      }
    }
    this.data = data;
  }

  /** yaml's Document with positions, built on first use. */
  get doc(): Document.Parsed {
    return this.full().doc;
  }

  private full(): { doc: Document.Parsed; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(this.yaml, {
        lineCounter: lines,
        // yaml's own unique-key check compares every key with every other (O(n²) on a 100k-entry
        // registry); duplicateKeys() finds the same duplicates with a Set.
        uniqueKeys: false,
        prettyErrors: false,
        keepSourceTokens: false,
      });
      this.parsed = { doc, lines };
    }
    return this.parsed;
  }

  rangeOf(start: number, end: number): Range {
    const { lines } = this.full();
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /**
   * Where `path` is written. `target: 'key'` points at the mapping key, `'value'` at its value
   * (falling back to the key when the value is empty). A path that does not exist resolves to its
   * nearest existing ancestor's key, so a missing field points at its parent.
   */
  locate(path: Path, target: 'key' | 'value' = 'value'): Range {
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    let best: Range = this.rangeOf(0, 0);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      let nextKey: Node | undefined;
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        nextKey = pair.key as Node;
        next = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        next = node.items[seg];
        nextKey = next as Node;
      } else break;
      keyNode = nextKey;
      node = next;
      const isLast = i === path.length - 1;
      const keyRange = keyNode?.range ? this.rangeOf(keyNode.range[0], keyNode.range[1]) : best;
      const valueRange = nodeRange(node) ? this.rangeOf(nodeRange(node)![0], nodeRange(node)![1]) : keyRange;
      best = isLast && target === 'value' && !isEmpty(node) ? valueRange : keyRange;
      if (!isLast && !isMap(node) && !isSeq(node)) break;
    }
    if (path.length === 0) best = this.rangeOf(0, 0);
    return best;
  }

  /** Raw value at a path in the JS data. */
  get(path: Path): unknown {
    let v: unknown = this.data;
    for (const seg of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[seg as string];
    }
    return v;
  }
}

/** yaml's DUPLICATE_KEY errors (same message and position), in linear time. */
function duplicateKeys(doc: Document.Parsed): { code: string; message: string; pos: [number, number] }[] {
  const out: { code: string; message: string; pos: [number, number] }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        // yaml compares scalar keys by value (1 and "1" differ) and other keys by identity.
        const id = isScalar(key) ? (typeof key.value === 'object' && key.value !== null ? key : `${typeof key.value}:${String(key.value)}`) : key;
        if (seen.has(id) && isScalar(key) && key.range) out.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range[0], key.range[0] + 1] });
        seen.add(id);
      }
    },
  });
  return out;
}

function nodeRange(node: unknown): [number, number, number] | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1], r[2]] : undefined;
}

function isEmpty(node: unknown): boolean {
  if (node == null) return true;
  return isScalar(node) && node.value === null && nodeRange(node)?.[0] === nodeRange(node)?.[1];
}
