// YAML for what the importer built: block style, long lines left whole, the canonical form of skj fmt,
// a header comment naming the source file and line range.
import { formatText, type FmtKind } from '../fmt/format.js';
import { Document, isMap, isScalar, type Node, type Pair, YAMLMap } from 'yaml';

export interface Comment {
  path: (string | number)[];
  text: string;
}

const OPTIONS = { lineWidth: 0, indent: 2 } as const;

function slugPart(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** File name from the jabatan name, unique among `taken` (case-insensitively). */
export function uniqueSlug(nama: string, taken: Set<string>, fallback = 'standar'): string {
  const base = slugPart(nama) || fallback;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * Keys that read as numbers or booleans ("2.16", "01", "yes") are quoted by the yaml library itself. A
 * standard or kamus comes out in the canonical form of `skj fmt`, so that fmt --check passes on it.
 */
export function emitYaml(value: unknown, header: string[], comments: Comment[] = [], kind?: FmtKind): string {
  const doc = new Document(value, { keepSourceTokens: false });
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  for (const c of comments) {
    const node = doc.getIn(c.path, true) as Node | undefined;
    if (node && (isScalar(node) || isMap(node))) node.comment = ` ${c.text}`;
    else {
      // A null value has no node to hold the comment: put it on the pair's key.
      const parent = doc.getIn(c.path.slice(0, -1), true);
      if (parent instanceof YAMLMap) {
        const pair = parent.items.find((p: Pair) => isScalar(p.key) && p.key.value === c.path.at(-1));
        if (pair && isScalar(pair.key)) pair.key.comment = ` ${c.text}`;
      }
    }
  }
  const text = doc.toString(OPTIONS);
  return kind ? formatText(text, kind) : text;
}
