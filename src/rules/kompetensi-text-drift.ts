// kompetensi/text-drift: a standard quotes the kamus text of the stated level, word for word
// (001:1705-1728 fill-in notes; PermenPANRB 38/2017 is the authority on wording).
import type { LevelTeks } from '../model/kamus.js';
import type { KompetensiRow, StandarDoc } from '../core/standar-doc.js';
import { collapseTo, removeEntries } from '../fix/edit.js';
import { indikatorNumber, textKey } from '../text/normalize.js';
import { wordDiff } from '../text/diff.js';
import { MAX_DIFF_EDITS, MAX_DIFF_WORDS } from '../core/limits.js';
import type { Rule, RuleContext } from './rule.js';

/** Kamus text quoted in a message is cut here: a huge text must not make a huge message. */
const QUOTE_CHARS = 1000;

/** The variant and parameters of a text that differs: with its word diff, or with the limits that stopped it. */
function drift(what: 'deskripsi' | 'indikator', params: Record<string, string | number>, expected: string, actual: string) {
  const quoted = expected.length > QUOTE_CHARS ? `${expected.slice(0, QUOTE_CHARS)}…` : expected;
  const diff = wordDiff(expected, actual);
  return diff === undefined
    ? { variant: `${what}-long`, params: { ...params, expected: quoted, words: MAX_DIFF_WORDS, edits: MAX_DIFF_EDITS } }
    : { variant: what, params: { ...params, expected: quoted, diff } };
}

function stripNumber(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/^\s*\d+\s*\.\s*\d+\s*\.?\s*/, '').replace(/\s+/g, ' ').trim();
}

function deskripsiAccepted(teks: LevelTeks): string[] {
  return [teks.deskripsi, ...(teks.varian ?? []).map((v) => v.deskripsi)].filter((x): x is string => !!x);
}

function indikatorAccepted(teks: LevelTeks, i: number): string[] {
  return [teks.indikator?.[i], ...(teks.varian ?? []).map((v) => v.indikator?.[String(i + 1)])].filter((x): x is string => !!x);
}

/** The other level of the same competency whose text this is, when it was copied from the wrong level. */
function otherLevel(levels: Partial<Record<number, LevelTeks>>, own: number, text: string, accepted: (t: LevelTeks) => string[]): number | undefined {
  const key = textKey(text);
  for (const [lv, teks] of Object.entries(levels)) {
    if (Number(lv) !== own && teks && accepted(teks).some((t) => textKey(t) === key)) return Number(lv);
  }
  return undefined;
}

/**
 * Fix-only: deskripsi and indikator that are the kamus text itself (numbered as the kamus numbers them)
 * are dropped, since skj render prints the kamus text; then `{ level: 3 }` is written `3`.
 */
function copies(doc: StandarDoc, row: KompetensiRow, teks: LevelTeks, ctx: RuleContext): void {
  const value = doc.source.get(row.path);
  if (row.levelPath === row.path || value === null || typeof value !== 'object') return;
  const keys = Object.keys(value);
  const level = row.level!;
  if (keys.length === 1 && keys[0] === 'level') {
    const fix = collapseTo(doc.source, row.path, 'level', 'fix.level-only', { key: row.key, level });
    if (fix) ctx.report({ source: doc.source, path: row.path, target: 'key', variant: 'level-only', params: { key: row.key, level }, fix, fixOnly: true });
    return;
  }
  const same: string[] = [];
  if (row.deskripsi !== undefined && teks.deskripsi && textKey(row.deskripsi) === textKey(teks.deskripsi) && !indikatorNumber(row.deskripsi)) same.push('deskripsi');
  const ind = teks.indikator;
  if (
    row.indikator !== undefined &&
    ind &&
    row.indikator.length === ind.length &&
    row.indikator.every((item, i) => textKey(item) === textKey(ind[i]!) && [undefined, `${level},${i + 1}`].includes(indikatorNumber(item)?.join(',')))
  )
    same.push('indikator');
  if (same.length === 0) return;
  const what = same.length === 2 ? { id: 'deskripsi dan indikator', en: 'deskripsi and indikator' } : { id: same[0]!, en: same[0]! };
  const params = { what, kode: row.entry!.kode, level };
  const fix = removeEntries(doc.source, row.path, same, 'fix.kamus-copy', params);
  if (fix) ctx.report({ source: doc.source, path: [...row.path, same[0]!], target: 'key', variant: 'copy', params, fix, fixOnly: true });
}

export const kompetensiTextDrift: Rule = {
  id: 'kompetensi/text-drift',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: deskripsi dan indikator diambil dari kamus untuk level yang ditetapkan (001:1705-1728)',
  fixable: true,
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      if (!row.entry || row.level === undefined) continue;
      const teks = row.entry.levels[row.level];
      if (!teks) continue;
      if (ctx.fixing) copies(doc, row, teks, ctx);
      const base = row.levelPath.slice(0, -1);
      const params = { kode: row.entry.kode, level: row.level };
      if (row.deskripsi !== undefined && teks.deskripsi) {
        const ok = deskripsiAccepted(teks).some((t) => textKey(t) === textKey(row.deskripsi!));
        const other = ok ? undefined : otherLevel(row.entry.levels, row.level, row.deskripsi, deskripsiAccepted);
        if (other !== undefined) {
          ctx.report({ source: doc.source, path: [...base, 'deskripsi'], variant: 'deskripsi-level', params: { ...params, other } });
        } else if (!ok) {
          ctx.report({
            source: doc.source,
            path: [...base, 'deskripsi'],
            ...drift('deskripsi', params, teks.deskripsi, stripNumber(row.deskripsi)),
          });
        }
      }
      if (row.indikator === undefined || !teks.indikator) continue;
      row.indikator.forEach((item, i) => {
        const accepted = indikatorAccepted(teks, i);
        if (accepted.length === 0) {
          ctx.report({ source: doc.source, path: [...base, 'indikator', i], variant: 'extra', params: { ...params, count: teks.indikator!.length } });
        } else if (!accepted.some((t) => textKey(t) === textKey(item))) {
          const other = otherLevel(row.entry!.levels, row.level!, item, (t) => t.indikator ?? []);
          if (other !== undefined) {
            ctx.report({ source: doc.source, path: [...base, 'indikator', i], variant: 'indikator-level', params: { ...params, nomor: `${row.level}.${i + 1}`, other } });
            return;
          }
          ctx.report({
            source: doc.source,
            path: [...base, 'indikator', i],
            ...drift('indikator', { ...params, nomor: `${row.level}.${i + 1}` }, accepted[0]!, stripNumber(item)),
          });
        }
      });
      for (let i = row.indikator.length; i < teks.indikator.length; i++) {
        ctx.report({
          source: doc.source,
          path: [...base, 'indikator'],
          target: 'key',
          variant: 'missing',
          params: { ...params, nomor: `${row.level}.${i + 1}`, expected: teks.indikator[i]! },
        });
      }
    }
  },
};
