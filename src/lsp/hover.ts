// Hover texts (Markdown): a competency with the text of its stated level, a tingkatan with its floors,
// a kode jabatan with its parts and registry status, an urusan, and the rules of the diagnostics there.
import { displayKode, parseKode } from '../core/kode.js';
import type { Diagnostic, MessageParams } from '../core/diagnostic.js';
import type { StandarDoc } from '../core/standar-doc.js';
import { ruleLink, ruleText } from '../explain/rule-docs.js';
import { message, type Lang } from '../i18n/messages.js';
import type { TingkatanEntry } from '../model/dictionaries.js';
import type { Registry } from '../model/registry.js';
import type { KamusEntry } from '../reference/kamus-index.js';
import type { Reference } from '../reference/reference.js';
import { RULES } from '../rules/index.js';
import { escapeControl } from '../text/control.js';
import type { PathAt } from './yaml-position.js';

export interface HoverInput {
  lang: Lang;
  ref: Reference;
  doc?: StandarDoc;
  at?: PathAt;
  /** The project's registry, when it keeps one. */
  registry?: { registry: Registry; file: string };
  /** Diagnostics whose range covers the cursor. */
  diagnostics: Diagnostic[];
}

/** Markdown for the cursor, or undefined when there is nothing to say. Control characters of the files'
 *  texts (kamus, registry) are shown as escapes, as in diagnostics. */
export function hoverText(input: HoverInput): string | undefined {
  const parts = [subjectHover(input), ...input.diagnostics.map((d) => ruleHover(d, input.lang))].filter((s): s is string => !!s);
  return parts.length ? escapeControl(parts.join('\n\n---\n\n')) : undefined;
}

function subjectHover({ lang, ref, doc, at, registry }: HoverInput): string | undefined {
  if (!doc || !at) return undefined;
  const t = (key: string, params?: MessageParams) => message(lang, key, params);
  const [first, group, key] = at.path;
  if (first === 'kompetensi' && typeof group === 'string' && typeof key === 'string') {
    const row = doc.rows.find((r) => r.group === group && r.key === key);
    if (!row?.entry) return undefined;
    const floor = doc.tingkatan ? ref.tingkatan.floor(doc.tingkatan.id)?.level[row.entry.kode] : undefined;
    return kompetensiHover(row.entry, row.level, lang, floor !== undefined && doc.tingkatan ? t('lsp.hover.floor', { tingkatan: doc.tingkatan.nama, minimum: floor }) : undefined);
  }
  if (at.path.length !== 1 || at.on !== 'value') return undefined;
  if (first === 'tingkatan' && doc.tingkatan) return tingkatanHover(doc.tingkatan, ref, lang);
  if (first === 'urusan' && doc.urusan) return t('lsp.hover.urusan', { kode: doc.urusan.kode, nama: doc.urusan.nama, digits: doc.urusan.digits });
  if (first === 'kode' && typeof doc.data.kode === 'string') return kodeHover(doc.data.kode, doc.data.kode_status, ref, registry, lang);
  return undefined;
}

export function kompetensiHover(entry: KamusEntry, level: number | undefined, lang: Lang, floorNote?: string): string {
  const t = (key: string, params?: MessageParams) => message(lang, key, params);
  const origin = entry.origin.bundled ? t('lsp.hover.kamus.bundled') : t('lsp.hover.kamus.agency', { file: entry.origin.file });
  const out = [`**${entry.kode} ${entry.nama}** · ${t(`lsp.hover.jenis.${entry.jenis}`)} · ${origin}`, '', entry.definisi];
  if (level !== undefined) {
    out.push('');
    const teks = entry.levels[level];
    if (!teks) out.push(t('lsp.hover.level-missing', { level }));
    else out.push(...levelText(level, teks.deskripsi, teks.indikator, lang));
  }
  if (floorNote) out.push('', `_${floorNote}_`);
  return out.join('\n');
}

export function levelText(level: number, deskripsi: string | undefined, indikator: string[] | undefined, lang: Lang): string[] {
  const out = [`**${message(lang, 'lsp.hover.level', { level })}**${deskripsi ? ` — ${deskripsi}` : ''}`];
  if (indikator?.length) out.push('', ...indikator.map((s, i) => `- ${level}.${i + 1} ${s}`));
  return out;
}

export function tingkatanHover(t: TingkatanEntry, ref: Reference, lang: Lang): string {
  const m = (key: string, params?: MessageParams) => message(lang, key, params);
  const out = [`**${m('lsp.hover.tingkatan', { nama: t.nama, id: t.id, kode: t.kode, kelompok: t.kelompok, kelompokNama: ref.tingkatan.kelompokNama(t.kelompok) ?? '' })}**`];
  const names = ref.tingkatan.names(t);
  if (names.length) out.push('', m('lsp.hover.tingkatan.alias', { alias: names.join(', ') }));
  const floor = ref.tingkatan.floor(t.id);
  if (floor) {
    const codes = Object.keys(floor.level);
    out.push('', `${m('lsp.hover.tingkatan.floors')}:`, '', `| ${codes.join(' | ')} |`, `|${codes.map(() => ':-:').join('|')}|`, `| ${codes.map((c) => floor.level[c]).join(' | ')} |`, '');
    out.push(m(floor.override ? 'lsp.hover.tingkatan.override' : 'lsp.hover.tingkatan.sumber', { sumber: floor.sumber }));
    if (floor.kepastian !== 'pasti') out.push('', `_${m(`lsp.hover.kepastian.${floor.kepastian}`)}_`);
  }
  return out.join('\n');
}

export function kodeHover(value: string, status: string | undefined, ref: Reference, registry: HoverInput['registry'], lang: Lang): string {
  const m = (key: string, params?: MessageParams) => message(lang, key, params);
  const parts = parseKode(value);
  if (!parts) return `**${m('lsp.hover.kode', { display: value })}**\n\n${m('lsp.hover.kode.incomplete')}`;
  const unknown = m('lsp.hover.kode.unknown');
  const tingkatan = ref.tingkatan.byKode(parts.tingkatan);
  const urusan = ref.urusan.byDigits(parts.urusan);
  const out = [
    `**${m('lsp.hover.kode', { display: displayKode(parts.digits) })}**`,
    '',
    `- ${m('lsp.hover.kode.kelompok', { digit: parts.kelompok, nama: ref.tingkatan.kelompokNama(Number(parts.kelompok)) ?? unknown })}`,
    `- ${m('lsp.hover.kode.tingkatan', { digits: parts.tingkatan, nama: tingkatan?.nama ?? unknown })}`,
    `- ${m('lsp.hover.kode.urusan', { digits: parts.urusan, nama: urusan ? `${urusan.kode} ${urusan.nama}` : unknown })}`,
    `- ${m('lsp.hover.kode.nomor', { digits: parts.nomor })}`,
    '',
  ];
  if (status === 'usulan' || status === 'resmi') out.push(m(`lsp.hover.status.${status}`), '');
  if (!registry) out.push(m('lsp.hover.registry.none'));
  else {
    const e = registry.registry.kode[parts.digits];
    if (!e) out.push(m('lsp.hover.registry.missing', { registry: registry.file }));
    else out.push(m(`lsp.hover.registry.${e.status}`, { registry: registry.file, file: e.berkas, nama: e.nama, tanggal: e.tanggal, pensiun: e.pensiun ?? '' }));
  }
  return out.join('\n');
}

/** The rule behind a diagnostic, as `skj explain` tells it: what it checks, its legal source, examples. */
function ruleHover(d: Diagnostic, lang: Lang): string {
  const m = (key: string, params?: MessageParams) => message(lang, key, params);
  const out = [`**${m('lsp.hover.rule', { rule: d.rule, severity: m(`format.severity.${d.severity}`) })}**`];
  const rule = RULES.find((r) => r.id === d.rule);
  if (!rule) return out[0]!;
  const t = ruleText(lang, rule);
  out.push('', `${m('explain.what')}: ${t.what}`, '', `${m('explain.sumber')}: ${t.sumber}`);
  if (t.bad) out.push('', `${m('explain.bad')}: ${t.bad}`);
  if (t.good) out.push('', `${m('explain.good')}: ${t.good}`);
  out.push('', `[${m('explain.more')}](${ruleLink(rule.id)})`);
  return out.join('\n');
}
