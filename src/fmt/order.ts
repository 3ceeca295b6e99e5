// Key order of the file formats, read from their one definition (the zod schemas of src/model/, via
// their JSON Schema form): a formatter never restates the format by hand.
import * as z from 'zod';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { kamusSchema } from '../model/kamus.js';
import { standarSchema } from '../model/standar.js';

export type FmtKind = 'standar' | 'kamus';

/** The part of a JSON Schema the walk needs. */
interface Shape {
  type?: string | string[];
  properties?: Record<string, Shape>;
  additionalProperties?: Shape | boolean;
  items?: Shape;
  anyOf?: Shape[];
}

const shapes = new Map<FmtKind, Shape>();

export function shapeOf(kind: FmtKind): Shape {
  let s = shapes.get(kind);
  if (!s) {
    s = z.toJSONSchema(kind === 'standar' ? standarSchema : kamusSchema, { unrepresentable: 'any' }) as Shape;
    shapes.set(kind, s);
  }
  return s;
}

/** Fields that hold a code: written as quoted strings, whatever YAML would read them as. */
export const CODE_FIELDS = new Set(['kode', 'urusan']);

const typesOf = (s: Shape) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/** The branch of `s` that describes `node` (a union picks by the node's kind), or undefined. */
function branch(s: Shape | undefined, node: unknown): Shape | undefined {
  if (!s) return undefined;
  if (s.anyOf) {
    for (const option of s.anyOf) {
      const b = branch(option, node);
      if (b) return b;
    }
    return undefined;
  }
  const types = typesOf(s);
  if (isMap(node)) return types.includes('object') ? s : undefined;
  if (isSeq(node)) return types.includes('array') ? s : undefined;
  return s;
}

const keyName = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);

export interface OrderVisitor {
  /** A scalar in a code field (kode, urusan). */
  code(node: Node, pair: Pair): void;
  /** The pairs of a map were reordered: `first` was the first pair before. */
  reordered(map: YAMLMap, first: Pair): void;
}

/**
 * Puts the keys of every mapping the format defines in the format's order (unknown keys after the
 * known ones, in their own order); records (competency codes) and sequences keep theirs.
 */
export function orderNode(node: unknown, s: Shape | undefined, visit: OrderVisitor): void {
  const b = branch(s, node);
  if (!b) return;
  if (isSeq(node)) {
    for (const item of node.items) orderNode(item, b.items, visit);
    return;
  }
  if (!isMap(node)) return;
  const known = b.properties ? Object.keys(b.properties) : [];
  if (known.length) {
    const rank = (p: Pair) => {
      const i = known.indexOf(keyName(p) ?? '');
      return i < 0 ? known.length : i;
    };
    const first = node.items[0];
    const sorted = node.items.map((p, i) => ({ p, i, r: rank(p as Pair) })).sort((a, c) => a.r - c.r || a.i - c.i);
    if (sorted.some((x, i) => x.i !== i)) {
      node.items = sorted.map((x) => x.p);
      if (first) visit.reordered(node, first as Pair);
    }
  }
  for (const pair of node.items as Pair[]) {
    const name = keyName(pair);
    const field = name !== undefined && b.properties?.[name];
    const sub = field || (typeof b.additionalProperties === 'object' ? b.additionalProperties : undefined);
    if (field && name && CODE_FIELDS.has(name) && isScalar(pair.value)) visit.code(pair.value, pair);
    orderNode(pair.value, sub || undefined, visit);
  }
}
