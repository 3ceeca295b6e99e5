// The organisation chart stated on the standards: `atasan` names the superior's standard, by nama
// or by file (relative to the standard's own file). Shared by validate (standar/atasan, on facts)
// and render (on documents), each through a view of its own type.
import { dirname, posix } from 'node:path';

export interface ChartNode {
  /** Display path of the standard's file. */
  path: string;
  nama?: string;
  atasan?: string;
}

const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
const slash = (s: string) => s.replace(/\\/g, '/');

/** Whether an `atasan` value names a file rather than a nama. */
export const isFileRef = (atasan: string) => /\.ya?ml$/i.test(atasan.trim());

/** The standard that `node`'s atasan names among `nodes`, if any (a file path, else a nama). */
export function findAtasan<T>(node: T, nodes: readonly T[], view: (t: T) => ChartNode): T | undefined {
  const { atasan, path } = view(node);
  if (typeof atasan !== 'string' || !atasan.trim()) return undefined;
  if (isFileRef(atasan)) {
    const want = posix.normalize(posix.join(slash(dirname(path)), slash(atasan.trim())));
    return nodes.find((d) => d !== node && posix.normalize(slash(view(d).path)) === want);
  }
  const want = key(atasan);
  return nodes.find((d) => {
    const nama = view(d).nama;
    return d !== node && typeof nama === 'string' && key(nama) === want;
  });
}

/** The standards on the chain of superiors from `node` that lead back to it (empty: no cycle). */
export function atasanCycle<T>(node: T, nodes: readonly T[], view: (t: T) => ChartNode): T[] {
  const chain: T[] = [];
  for (let d = findAtasan(node, nodes, view); d; d = findAtasan(d, nodes, view)) {
    if (d === node) return chain;
    if (chain.includes(d)) return [];
    chain.push(d);
  }
  return [];
}
