// kode/duplicate: one kode jabatan, one jabatan (nomor urut per kelompok, tingkatan and urusan, 001:1765).
import { posix } from 'node:path';
import { othersOf } from '../core/others.js';
import { registryOf } from '../model/registry.js';
import type { Rule } from './rule.js';
import type { StandarFacts } from '../core/standar-facts.js';

export const kodeDuplicate: Rule = {
  id: 'kode/duplicate',
  severity: 'error',
  sumber: 'Kode jabatan unik: nomor urut jabatan dalam kelompok, tingkatan dan urusan (001:1745-1765)',
  checkProject(project, ctx) {
    const byDigits = new Map<string, StandarFacts[]>();
    for (const doc of project.standar) {
      if (!doc.digits) continue;
      const group = byDigits.get(doc.digits);
      if (group) group.push(doc);
      else byDigits.set(doc.digits, [doc]);
    }
    const ref = registryOf(project.extra);
    // Registry paths are relative to the project root, where the registry lies.
    const rootOf = ref ? posix.dirname(ref.file) : '';
    for (const [digits, docs] of byDigits) {
      if (docs.length < 2) continue;
      // The file the registry names (or, moved, the one with its nama) holds the code; the others are copies.
      const entry = ref?.registry.kode[digits];
      const holder = entry && (docs.find((d) => posix.relative(rootOf, d.file) === entry.berkas) ?? single(docs.filter((d) => d.nama === entry.nama)));
      for (const doc of docs) {
        if (doc === holder) continue;
        if (holder) {
          ctx.report({ file: doc.file, path: ['kode'], variant: 'copy', params: { value: digits, owner: holder.file, registry: ref!.file, file: doc.file } });
          continue;
        }
        const { others, more } = othersOf(docs, doc, (d) => d.file);
        ctx.report({ file: doc.file, path: ['kode'], variant: more ? 'many' : undefined, params: { value: digits, others, more, file: doc.file } });
      }
    }
  },
};

const single = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
