// The organisation chart stated on the standards: `atasan` names the superior's standard, by nama
// or by file (relative to the standard's own file). Shared by validate (standar/atasan, on facts)
// and render (on documents), each through a view of its own type.
import { dirname, posix } from 'node:path';
import { singleSpaces } from '../text/normalize.js';

export interface ChartNode {
  /** Display path of the standard's file. */
  path: string;
  nama?: string;
  atasan?: string;
}

const key = (s: string) => singleSpaces(s.normalize('NFC')).trim().toLocaleLowerCase('id');
const slash = (s: string) => s.replace(/\\/g, '/');

/** Whether an `atasan` value names a file rather than a nama. */
export const isFileRef = (atasan: string) => /\.ya?ml$/i.test(atasan.trim());

/** The chart of a set of standards, indexed once so that each look-up is constant time (a national
 * repository holds 165,000 standards; a scan per standard would be quadratic). */
export class Chart<T> {
  // Built on first use: a project whose standards state no atasan (or only names) never builds the other.
  private paths?: Map<string, T[]>;
  private namas?: Map<string, T[]>;

  constructor(
    private readonly nodes: readonly T[],
    private readonly view: (t: T) => ChartNode,
  ) {}

  private get byPath(): Map<string, T[]> {
    if (!this.paths) {
      this.paths = new Map();
      for (const n of this.nodes) add(this.paths, posix.normalize(slash(this.view(n).path)), n);
    }
    return this.paths;
  }

  private get byNama(): Map<string, T[]> {
    if (!this.namas) {
      this.namas = new Map();
      for (const n of this.nodes) {
        const { nama } = this.view(n);
        if (typeof nama === 'string') add(this.namas, key(nama), n);
      }
    }
    return this.namas;
  }

  /** The standard that `node`'s atasan names, if any (a file path, else a nama); the first in order. */
  atasanOf(node: T): T | undefined {
    const { atasan, path } = this.view(node);
    if (typeof atasan !== 'string' || !atasan.trim()) return undefined;
    const found = isFileRef(atasan)
      ? this.byPath.get(posix.normalize(posix.join(slash(dirname(path)), slash(atasan.trim()))))
      : this.byNama.get(key(atasan));
    return found?.find((d) => d !== node);
  }

  /** The standards on the chain of superiors from `node` that lead back to it (empty: no cycle). */
  cycle(node: T): T[] {
    const chain: T[] = [];
    const seen = new Set<T>();
    for (let d = this.atasanOf(node); d; d = this.atasanOf(d)) {
      if (d === node) return chain;
      if (seen.has(d)) return [];
      seen.add(d);
      chain.push(d);
    }
    return [];
  }
}

function add<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
