// `skj kamus`: looks up competencies, tier floors, urusan and pangkat. Inside a project (skj.yaml found
// walking up, as `skj validate` does) the project's kamus and skj.yaml overrides count; outside, only
// the bundled data. The lookups live in src/kamus/; this file only chooses and prints.
import { loadReference } from '../engine/project.js';
import { anyOf, message, type Lang } from '../i18n/messages.js';
import {
  kompetensiDetail,
  listKompetensi,
  pangkatList,
  searchKompetensi,
  tierFloors,
  urusanList,
  type KompetensiDetail,
  type SearchHit,
  type TierFloors,
} from '../kamus/query.js';
import { findProjectRoot } from '../project/config.js';
import { UsageError } from '../project/errors.js';
import { resolveProjects } from '../project/files.js';
import { bundledData } from '../reference/bundled.js';
import { buildReference, type Reference } from '../reference/reference.js';
import { kamusChoices, tingkatanChoices } from './choices.js';
import type { CommandContext } from './io.js';

export interface KamusOptions {
  level?: string;
  tingkatan?: string | boolean;
  urusan?: boolean;
  pangkat?: boolean;
  format: string;
}

const FORMATS = ['text', 'json'];
// A query shaped like a code (M.03, SK.01, T.12) must name a competency; anything else is searched.
const CODE_LIKE = /^[a-z]{1,3}\.\d+$/i;

function reference(cwd: string): Reference {
  const bundled = bundledData();
  if (!findProjectRoot(cwd)) return buildReference(bundled, undefined, []);
  const [project] = resolveProjects([], cwd, bundled);
  return loadReference({ kamus: project!.kamus, config: project!.config }, bundled).ref;
}

export async function runKamus(query: string, opts: KamusOptions, { io, lang }: CommandContext): Promise<number> {
  if (!FORMATS.includes(opts.format)) throw new UsageError('cli.bad-choice', { value: opts.format, option: '--format', options: FORMATS.join(', ') });
  const listings = [query !== '', opts.tingkatan !== undefined, !!opts.urusan, !!opts.pangkat].filter(Boolean).length;
  if (listings > 1) throw new UsageError('cli.kamus.one-listing');
  const level = opts.level === undefined ? undefined : Number(opts.level);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 5)) throw new UsageError('cli.kamus.bad-level', { value: opts.level! });
  if (level !== undefined && query === '') throw new UsageError('cli.kamus.level-needs-kode');
  const ref = reference(io.cwd);
  const t = (key: string, params = {}) => message(lang, key, params);
  const json = opts.format === 'json';
  const out = (data: unknown, text: () => string) => io.stdout(json ? `${JSON.stringify(data, null, 2)}\n` : text());

  if (opts.urusan) {
    const rows = urusanList(ref);
    out(rows, () => `${t('cli.kamus.urusan')}\n${rows.map((u) => `  ${u.kode}  ${u.nama}\n`).join('')}`);
    return 0;
  }
  if (opts.pangkat) {
    const rows = pangkatList(ref);
    out(rows, () => `${t('cli.kamus.pangkat')}\n${rows.map((p) => `  ${p.golongan.padEnd(6)}  ${p.nama}\n`).join('')}`);
    return 0;
  }
  if (opts.tingkatan !== undefined) {
    let ids = ref.tingkatan.entries.map((e) => e.id);
    if (typeof opts.tingkatan === 'string') {
      const entry = ref.tingkatan.resolve(opts.tingkatan);
      if (!entry) throw new UsageError('cli.kamus.bad-tingkatan', { value: opts.tingkatan, saran: tingkatanChoices(ref, opts.tingkatan), options: ids.join(', ') });
      ids = [entry.id];
    }
    const tiers = ids.map((id) => tierFloors(ref, id)!);
    out(typeof opts.tingkatan === 'string' ? tiers[0] : tiers, () => tiers.map((tier) => tierText(tier, lang)).join('\n'));
    return 0;
  }
  if (query === '') {
    const groups = listKompetensi(ref);
    out(groups, () =>
      groups.map((g) => `${t(`cli.kamus.jenis.${g.jenis}`)} (${g.kompetensi.length})\n${g.kompetensi.map((k) => `  ${k.kode.padEnd(6)}  ${k.nama}${k.file ? `  (${k.file})` : ''}\n`).join('')}`).join('\n'),
    );
    return 0;
  }

  const entry = ref.kamus.resolve(query);
  if (!entry && (level !== undefined || CODE_LIKE.test(query.trim()))) {
    throw new UsageError('cli.kamus.bad-kode', { value: query, saran: kamusChoices(ref, query) });
  }
  if (entry) {
    const detail = kompetensiDetail(entry, level);
    if (level !== undefined && detail.levels.length === 0) throw new UsageError('cli.kamus.no-level', { kode: entry.kode, nama: entry.nama, level });
    out(detail, () => detailText(detail, lang));
    return 0;
  }
  const hits = searchKompetensi(ref, query);
  if (hits.length === 0) {
    const near = ref.kamus.suggestions(query);
    if (json) io.stdout('[]\n');
    else io.stderr(`${near.length ? t('cli.kamus.no-hit-suggest', { query, suggestion: anyOf(near.map((m) => `${m.value.kode} ${m.value.nama}`)) }) : t('cli.kamus.no-hit', { query })}\n`);
    return 1;
  }
  out(hits, () => `${hits.map((h) => hitText(h, lang)).join('')}${t('cli.kamus.hits', { n: hits.length, query })}\n`);
  return 0;
}

function detailText(d: KompetensiDetail, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, key, params);
  const lines = [`${d.kode}  ${d.nama}  (${t(`cli.kamus.jenis.${d.jenis}`)}${d.file ? `, ${d.file}` : ''})`, `${t('cli.kamus.definisi')}: ${d.definisi}`];
  if (d.sumber) lines.push(`${t('cli.kamus.sumber')}: ${d.sumber}`);
  for (const l of d.levels) {
    lines.push('', t('cli.kamus.level', { level: l.level }));
    if (l.deskripsi) lines.push(`  ${t('cli.kamus.deskripsi')}: ${l.deskripsi}`);
    if (l.indikator.length > 0) lines.push(`  ${t('cli.kamus.indikator')}:`, ...l.indikator.map((i) => `    - ${i}`));
  }
  return `${lines.join('\n')}\n`;
}

function hitText(h: SearchHit, lang: Lang): string {
  const where = h.where.map((w) => (typeof w === 'number' ? message(lang, 'cli.kamus.where.level', { level: w }) : w)).join(', ');
  return `  ${h.kode.padEnd(6)}  ${h.nama}  (${where})\n`;
}

function tierText(tier: TierFloors, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, key, params);
  const lines = [
    t('cli.kamus.tier', { nama: tier.nama, id: tier.id }),
    `${t('cli.kamus.sumber')}: ${tier.sumber[lang]}${tier.override ? ` (${t('cli.kamus.override')})` : ''}`,
    `${t('cli.kamus.kepastian')}: ${t(`cli.kamus.kepastian.${tier.kepastian}`)}`,
    ...tier.floors.map((f) => `  ${f.kode.padEnd(6)}  ${(f.nama ?? '').padEnd(34)}  ${f.level}${f.uncertain ? `  (${t('cli.kamus.uncertain')})` : ''}`),
  ];
  return `${lines.join('\n')}\n`;
}

