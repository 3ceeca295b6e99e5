// Completion in a standard: competency codes of the group being written, levels 1–5 with their
// deskripsi, tingkatan, urusan, pangkat, jenjang, kategori and leadership training names.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { message, type Lang } from '../i18n/messages.js';
import { KATEGORI, KOMPETENSI_GROUPS, type KompetensiGroup } from '../model/standar.js';
import type { Reference } from '../reference/reference.js';
import { kompetensiHover, levelText, tingkatanHover } from './hover.js';
import { escapeControl, escapeInline } from '../text/control.js';
import type { LineContext } from './line-context.js';

export interface CompletionInput {
  lang: Lang;
  ref: Reference;
  ctx: LineContext;
  /** 0-based line and the cursor column, for the replaced range. */
  line: number;
  character: number;
  /** The document's text, to read its tingkatan and the competencies already listed. */
  text: string;
}

const isGroup = (s: string | undefined): s is KompetensiGroup => (KOMPETENSI_GROUPS as readonly string[]).includes(s ?? '');

export function completions(input: CompletionInput): CompletionItem[] {
  const { ctx } = input;
  const [p0, p1, p2] = ctx.parents;
  const edit = (newText: string) => ({ range: { start: { line: input.line, character: ctx.start }, end: { line: input.line, character: input.character } }, newText });
  if (ctx.on === 'key') {
    if (p0 === 'kompetensi' && isGroup(p1) && ctx.parents.length === 2) return kompetensiKeys(input, p1, edit);
    return [];
  }
  const key = ctx.key;
  if (p0 === 'kompetensi' && isGroup(p1)) {
    if (ctx.parents.length === 2 && key) return levels(input, key, edit);
    if (ctx.parents.length === 3 && key === 'level' && p2) return levels(input, p2, edit);
    return [];
  }
  if (ctx.parents.length === 0 && key === 'tingkatan') return tingkatan(input, edit);
  if (ctx.parents.length === 0 && key === 'urusan') return urusan(input, edit);
  if (p0 !== 'persyaratan') return [];
  if (key === 'pangkat' && ctx.parents.length === 1) return pangkat(input, edit);
  if (key === 'jenjang' && p1 === 'pendidikan') return jenjang(input, edit);
  if (key === 'kategori' && (p1 === 'pelatihan' || p1 === 'pengalaman_kerja')) return kategori(input, edit);
  if (key === 'nama' && p1 === 'pelatihan' && p2 === 'manajerial') return pelatihan(input, edit);
  return [];
}

type Edit = (newText: string) => CompletionItem['textEdit'];

// Kamus texts as escapes where they hold control characters, as in hover and diagnostics.
const markdown = (value: string) => ({ kind: MarkupKind.Markdown, value: escapeControl(value) });
const order = (i: number) => String(i).padStart(4, '0');

function kompetensiKeys(input: CompletionInput, group: KompetensiGroup, edit: Edit): CompletionItem[] {
  const listed = listedKeys(input.text, group, input.ref);
  return input.ref.kamus
    .ofJenis(group)
    .filter((e) => !listed.has(e.kode) || e.kode === input.ctx.prefix.trim())
    .map((e, i) => ({
      label: e.kode,
      labelDetails: { description: escapeInline(e.nama) },
      kind: CompletionItemKind.Field,
      detail: escapeInline(e.nama),
      documentation: markdown(kompetensiHover(e, undefined, input.lang)),
      filterText: `${e.kode} ${e.nama}`,
      sortText: order(i),
      textEdit: edit(`${e.kode}: `),
    }));
}

function levels(input: CompletionInput, key: string, edit: Edit): CompletionItem[] {
  const entry = input.ref.kamus.resolve(key);
  const tingkatan = readTingkatan(input);
  const minimum = entry && tingkatan ? input.ref.tingkatan.floor(tingkatan.id)?.level[entry.kode] : undefined;
  return [1, 2, 3, 4, 5].map((level) => {
    const teks = entry?.levels[level];
    const below = minimum !== undefined && level < minimum;
    return {
      label: String(level),
      labelDetails: { description: teks?.deskripsi !== undefined ? escapeInline(teks.deskripsi) : message(input.lang, 'lsp.complete.level', { level }) },
      kind: CompletionItemKind.Value,
      detail: below ? message(input.lang, 'lsp.complete.below-floor', { tingkatan: tingkatan!.nama, minimum }) : teks?.deskripsi !== undefined ? escapeInline(teks.deskripsi) : undefined,
      documentation: teks ? markdown(levelText(level, teks.deskripsi, teks.indikator, input.lang).join('\n')) : undefined,
      // Levels at or above the floor first, the floor itself preselected.
      sortText: `${below ? 1 : 0}${level}`,
      preselect: level === minimum,
      textEdit: edit(String(level)),
    };
  });
}

function tingkatan(input: CompletionInput, edit: Edit): CompletionItem[] {
  return input.ref.tingkatan.entries.map((t, i) => ({
    label: t.id,
    labelDetails: { description: t.nama },
    kind: CompletionItemKind.EnumMember,
    detail: [t.nama, ...input.ref.tingkatan.names(t)].join(' · '),
    documentation: markdown(tingkatanHover(t, input.ref, input.lang)),
    filterText: [t.id, t.nama, ...input.ref.tingkatan.names(t)].join(' '),
    sortText: order(i),
    textEdit: edit(t.id),
  }));
}

function urusan(input: CompletionInput, edit: Edit): CompletionItem[] {
  // Quoted: an unquoted 2.10 is the number 2.1 in YAML.
  return input.ref.urusan.entries.map((u, i) => ({
    label: u.kode,
    labelDetails: { description: u.nama },
    kind: CompletionItemKind.EnumMember,
    detail: u.nama,
    filterText: [`"${u.kode}"`, u.kode, u.nama, ...u.alias].join(' '),
    sortText: order(i),
    textEdit: edit(`"${u.kode}"`),
  }));
}

function pangkat(input: CompletionInput, edit: Edit): CompletionItem[] {
  return input.ref.pangkat.dict.pangkat.map((p) => ({
    label: `${p.golongan}, ${p.nama}`,
    kind: CompletionItemKind.EnumMember,
    filterText: [p.golongan, p.nama, ...p.alias].join(' '),
    sortText: order(p.urutan),
    textEdit: edit(`${p.golongan}, ${p.nama}`),
  }));
}

function jenjang(input: CompletionInput, edit: Edit): CompletionItem[] {
  return input.ref.pendidikan.dict.jenjang.map((j) => ({
    label: j.jenjang,
    kind: CompletionItemKind.EnumMember,
    detail: j.alias.join(' · '),
    filterText: [j.jenjang, ...j.alias].join(' '),
    sortText: order(j.urutan),
    textEdit: edit(j.jenjang),
  }));
}

function kategori(input: CompletionInput, edit: Edit): CompletionItem[] {
  return KATEGORI.map((k, i) => ({
    label: k,
    kind: CompletionItemKind.EnumMember,
    detail: message(input.lang, `lsp.complete.kategori.${k}`),
    sortText: order(i),
    textEdit: edit(k),
  }));
}

function pelatihan(input: CompletionInput, edit: Edit): CompletionItem[] {
  return input.ref.pelatihan.dict.pelatihan.map((p, i) => ({
    label: p.nama,
    labelDetails: { description: p.kode },
    kind: CompletionItemKind.EnumMember,
    detail: p.tingkatan.map((id) => input.ref.tingkatan.byId(id)?.nama ?? id).join(' · '),
    filterText: [p.nama, p.kode, ...p.alias, ...p.lama].join(' '),
    sortText: order(i),
    textEdit: edit(p.nama),
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}

/** The standard's tingkatan, read from its text even while the YAML is broken elsewhere. */
function readTingkatan(input: CompletionInput) {
  const m = /^tingkatan:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(?:#.*)?$/m.exec(input.text);
  return m ? input.ref.tingkatan.resolve(m[1]!) : undefined;
}

/** Competency codes already listed in a group (by their kamus kode), so they are not offered twice. */
function listedKeys(text: string, group: KompetensiGroup, ref: Reference): Set<string> {
  const out = new Set<string>();
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^\\s+${group}:\\s*(#.*)?$`).test(l));
  if (start < 0) return out;
  const indent = /^\s*/.exec(lines[start]!)![0].length;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim() || /^\s*#/.test(l)) continue;
    const lead = /^\s*/.exec(l)![0].length;
    if (lead <= indent) break;
    const m = /^\s*["']?([^"':#]+?)["']?\s*:/.exec(l);
    if (m) out.add(ref.kamus.resolve(m[1]!.trim())?.kode ?? m[1]!.trim());
  }
  return out;
}
