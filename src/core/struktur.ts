// The organisation chart stated on the standards: `atasan` names the superior's standard, by nama
// or by file (relative to the standard's own file). Shared by validate (standar/atasan) and render.
import { dirname, posix } from 'node:path';
import type { StandarDoc } from './standar-doc.js';

const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
const slash = (s: string) => s.replace(/\\/g, '/');

/** The standard that `doc.data.atasan` names in `docs`, if any (a file path, else a nama). */
export function findAtasan(doc: StandarDoc, docs: readonly StandarDoc[]): StandarDoc | undefined {
  const atasan = doc.data.atasan;
  if (typeof atasan !== 'string' || !atasan.trim()) return undefined;
  if (/\.ya?ml$/i.test(atasan.trim())) {
    const want = posix.normalize(posix.join(slash(dirname(doc.source.path)), slash(atasan.trim())));
    return docs.find((d) => d !== doc && posix.normalize(slash(d.source.path)) === want);
  }
  const want = key(atasan);
  return docs.find((d) => d !== doc && typeof d.data.nama === 'string' && key(d.data.nama) === want);
}

/** The standards on the chain of superiors from `doc` that lead back to it (empty: no cycle). */
export function atasanCycle(doc: StandarDoc, docs: readonly StandarDoc[]): StandarDoc[] {
  const chain: StandarDoc[] = [];
  for (let d = findAtasan(doc, docs); d; d = findAtasan(d, docs)) {
    if (d === doc) return chain;
    if (chain.includes(d)) return [];
    chain.push(d);
  }
  return [];
}
