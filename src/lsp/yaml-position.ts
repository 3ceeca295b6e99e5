// Which YAML path is under the cursor: the key or value an editor position points at.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { PathSegment } from '../core/source.js';

export interface PathAt {
  /** Path of the mapping entry or sequence item under the cursor. */
  path: PathSegment[];
  /** On the key of that entry, or within its value. */
  on: 'key' | 'value';
  /** Offsets [start, end) of the scalar under the cursor, when there is one. */
  span?: [number, number];
  /** The scalar's text when the cursor is on a scalar. */
  text?: string;
}

const within = (node: Node | null | undefined, offset: number): boolean =>
  !!node?.range && offset >= node.range[0] && offset <= node.range[1];

/** The innermost key or value at `offset`, or undefined outside every node. */
export function pathAt(doc: Document.Parsed, offset: number): PathAt | undefined {
  let node: unknown = doc.contents;
  const path: PathSegment[] = [];
  let found: PathAt | undefined;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const key = p.key as Node | null;
        const value = p.value as Node | null;
        return within(key, offset) || within(value, offset);
      });
      if (!pair || !isPair(pair) || !isScalar(pair.key)) return found;
      const key = pair.key;
      path.push(String(key.value));
      if (within(key, offset)) return { path: [...path], on: 'key', span: [key.range![0], key.range![1]], text: String(key.value) };
      found = { path: [...path], on: 'value' };
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => within(item as Node, offset));
      if (i < 0) return found;
      path.push(i);
      found = { path: [...path], on: 'value' };
      node = node.items[i];
    } else if (isScalar(node)) {
      return found && node.range ? { ...found, span: [node.range[0], node.range[1]], text: node.value == null ? '' : String(node.value) } : found;
    } else return found;
  }
}
