// From what a document prints (drafts) to the model: names to kamus codes, spellings to the
// dictionaries' forms, ticks to kategori. Every choice that is not a plain reading becomes a note.
import type { MessageParams } from '../core/diagnostic.js';
import type { Config } from '../model/config.js';
import type { KamusFile, KamusKompetensi } from '../model/kamus.js';
import type { Kategori, KompetensiNilai, StandarFile } from '../model/standar.js';
import type { BundledData } from '../reference/bundled.js';
import { toKamusEntry, type KamusEntry } from '../reference/kamus-index.js';
import { buildReference, type Reference } from '../reference/reference.js';
import { nameKey, textKey } from '../text/normalize.js';
import { numberedName, stripListMarker } from './cells.js';
import type { DocumentDraft, GroupName, ItemDraft, KompetensiDraft, StandarDraft } from './draft.js';
import type { ImportNote, NoteKind } from './report.js';

export interface MapOptions {
  /** Code infix for kamus entries the importer builds (T.<prefix>.01, SK.<prefix>.01). */
  kamusPrefix?: string;
}

export interface MappedStandar {
  model: StandarFile;
  /** Comments to print beside fields: path in the model → text. */
  comments: { path: (string | number)[]; text: string }[];
  notes: ImportNote[];
  source: string;
  startLine: number;
  endLine: number;
}

export interface MappedKamus {
  model: KamusFile;
  notes: ImportNote[];
  source: string;
  startLine: number;
  endLine: number;
  /** Built from the standards' printed texts (no kamus in the document). */
  built: boolean;
}

export interface MappedImport {
  standar: MappedStandar[];
  kamus: MappedKamus[];
  config: Config;
  documentNotes: { source: string; notes: ImportNote[] }[];
}

function titleCase(s: string): string {
  const small = new Set(['dan', 'di', 'ke', 'dari', 'pada', 'serta', 'atau', 'untuk', 'yang']);
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function note(kind: NoteKind, id: string, line: number, params: MessageParams = {}): ImportNote {
  return { kind, id: `import.note.${id}`, params, line };
}

function regulationName(doc: DocumentDraft): string | undefined {
  const h = doc.heading;
  if (!h.jenis) return undefined;
  const daerah = h.daerah ? ` ${titleCase(h.daerah)}` : '';
  return h.nomor && h.tahun ? `${h.jenis}${daerah} Nomor ${h.nomor} Tahun ${h.tahun}` : `${h.jenis}${daerah}`;
}

function sameTexts(level: { deskripsi?: string; indikator?: string[]; varian?: { deskripsi?: string; indikator?: Record<string, string> }[] } | undefined, e: KompetensiDraft): boolean {
  if (!level) return false;
  const deskripsiOk =
    e.deskripsi === undefined ||
    [level.deskripsi, ...(level.varian ?? []).map((v) => v.deskripsi)].some((d) => d !== undefined && textKey(d) === textKey(e.deskripsi!));
  const expected = level.indikator ?? [];
  const indikatorOk =
    e.indikator.length === 0 ||
    (e.indikator.length === expected.length &&
      e.indikator.every((t, i) => [expected[i], ...(level.varian ?? []).map((v) => v.indikator?.[String(i + 1)])].some((x) => x !== undefined && textKey(x) === textKey(t))));
  return deskripsiOk && indikatorOk;
}

/** The level whose kamus text the printed deskripsi (or first indikator) is, for a blank level cell. */
function levelFromText(entry: KamusEntry, e: KompetensiDraft): number | undefined {
  for (const [lv, teks] of Object.entries(entry.levels)) {
    if (!teks) continue;
    if (e.deskripsi && teks.deskripsi && textKey(teks.deskripsi) === textKey(e.deskripsi)) return Number(lv);
    if (e.indikator[0] && teks.indikator?.[0] && textKey(teks.indikator[0]) === textKey(e.indikator[0])) return Number(lv);
  }
  const nums = e.indikator.map((t) => /^(\d)\s*\./.exec(t)?.[1]).filter(Boolean);
  if (nums.length && nums.every((n) => n === nums[0])) return Number(nums[0]);
  return undefined;
}

function embedded(level: number, e: KompetensiDraft): KompetensiNilai {
  const v: { level: number; deskripsi?: string; indikator?: string[] } = { level };
  if (e.deskripsi) v.deskripsi = e.deskripsi;
  if (e.indikator.length) v.indikator = e.indikator;
  return v;
}

/** The agency kamus the importer builds from what standards print (no kamus in the document). */
class BuiltKamus {
  readonly entries = new Map<string, { k: KamusKompetensi; firstLine: number; notes: ImportNote[] }>();
  constructor(
    readonly jenis: 'teknis' | 'sosial_kultural',
    readonly prefix: string,
  ) {}

  add(e: KompetensiDraft, level: number | undefined, urusan: string | undefined): { kode: string; same: boolean } {
    const key = nameKey(e.nama);
    let slot = this.entries.get(key);
    if (!slot) {
      const kode = `${this.jenis === 'teknis' ? 'T' : 'SK'}.${this.prefix}.${String(this.entries.size + 1).padStart(2, '0')}`;
      slot = { k: { kode, nama: e.nama, definisi: '', level: {}, ...(urusan && this.jenis === 'teknis' ? { urusan } : {}) }, firstLine: e.line, notes: [] };
      this.entries.set(key, slot);
    }
    if (level === undefined) return { kode: slot.k.kode, same: true };
    const lv = String(level) as '1';
    const have = slot.k.level[lv];
    if (!have) {
      slot.k.level[lv] = { ...(e.deskripsi ? { deskripsi: e.deskripsi } : {}), ...(e.indikator.length ? { indikator: e.indikator } : {}) };
      return { kode: slot.k.kode, same: true };
    }
    const same = sameTexts(have, e);
    if (!same) slot.notes.push(note('drift', 'kamus-built-drift', e.line, { kode: slot.k.kode, nama: slot.k.nama, level }));
    return { kode: slot.k.kode, same };
  }
}

export function mapDocuments(docs: DocumentDraft[], bundled: BundledData, opts: MapOptions = {}): MappedImport {
  const out: MappedImport = { standar: [], kamus: [], config: {}, documentNotes: [] };
  const baseRef = buildReference(bundled, undefined, []);
  const first = docs.find((d) => d.heading.jenis) ?? docs[0]!;

  // 1. Kamus printed in the documents (Lampiran I): national entries are compared, agency ones kept.
  const agency: KamusEntry[] = [];
  for (const doc of docs) {
    const notes: ImportNote[] = [];
    const byJenis = new Map<'teknis' | 'sosial_kultural', KamusKompetensi[]>();
    for (const k of doc.kamus) {
      if (!k.kode && !k.nama) {
        notes.push(note('dropped', 'blank-form', k.startLine, { start: k.startLine, end: k.endLine }));
        continue;
      }
      const national = baseRef.kamus.resolve(k.kode) ?? baseRef.kamus.resolve(k.nama);
      if (national && national.origin.bundled) {
        for (const [lv, d] of Object.entries(k.levels)) {
          const same = sameTexts(national.levels[Number(lv)], { nama: k.nama, line: d.line, indikator: d.indikator, deskripsi: d.deskripsi, endLine: d.line });
          if (!same) notes.push(note('drift', 'kamus-national-drift', d.line, { kode: national.kode, level: lv }));
        }
        continue;
      }
      const jenis = /^sk/i.test(k.kode) ? 'sosial_kultural' : 'teknis';
      const level: KamusKompetensi['level'] = {};
      for (const [lv, d] of Object.entries(k.levels)) {
        level[lv as '1'] = { ...(d.deskripsi ? { deskripsi: d.deskripsi } : {}), ...(d.indikator.length ? { indikator: d.indikator } : {}) };
      }
      const missing = [1, 2, 3, 4, 5].filter((n) => !k.levels[n]);
      if (missing.length) notes.push(note('missing', 'kamus-levels-missing', k.startLine, { kode: k.kode, levels: missing.join(', ') }));
      const entry: KamusKompetensi = { kode: k.kode, nama: k.nama, definisi: k.definisi ?? '', level };
      if (!k.definisi) notes.push(note('missing', 'kamus-definisi-missing', k.startLine, { kode: k.kode }));
      byJenis.set(jenis, [...(byJenis.get(jenis) ?? []), entry]);
    }
    const reg = regulationName(doc) ?? doc.file;
    for (const [jenis, kompetensi] of byJenis) {
      const lines = doc.kamus.filter((k) => kompetensi.some((x) => x.kode === k.kode));
      const model: KamusFile = {
        jenis,
        nama: `Kamus Kompetensi ${jenis === 'teknis' ? 'Teknis' : 'Sosial Kultural'}${doc.heading.daerah ? ` ${titleCase(doc.heading.daerah)}` : ''}`,
        sumber: reg,
        kompetensi,
      };
      out.kamus.push({ model, notes: [], source: doc.file, startLine: lines[0]!.startLine, endLine: lines.at(-1)!.endLine, built: false });
      for (const k of kompetensi) agency.push(toKamusEntry(k, jenis, { bundled: false, file: `kamus/${jenis}.yaml` }));
    }
    out.documentNotes.push({ source: doc.file, notes });
  }
  const ref: Reference = buildReference(bundled, undefined, agency);
  const hasTeknisKamus = agency.some((a) => a.jenis === 'teknis');

  // The urusan most standards print: the default for a blank cell, and for the kamus prefix.
  const urusanVotes = new Map<string, number>();
  for (const doc of docs) for (const s of doc.standar) {
    const u = s.urusan?.value && resolveUrusan(ref, s.urusan.value);
    if (u) urusanVotes.set(u, (urusanVotes.get(u) ?? 0) + 1);
  }
  const mainUrusan = urusanVotes.size === 1 ? [...urusanVotes.keys()][0] : undefined;
  const prefix = opts.kamusPrefix ?? (mainUrusan ? mainUrusan.replace('.', '') : 'X');
  const builtTeknis = new BuiltKamus('teknis', prefix);
  const builtSk = new BuiltKamus('sosial_kultural', prefix);

  for (const doc of docs) {
    const reg = regulationName(doc) ?? doc.file;
    for (const s of doc.standar) {
      // A blank form (a pedoman's template: no name, no level printed) is no standard.
      const levels = [...s.kompetensi.manajerial, ...s.kompetensi.sosial_kultural, ...s.kompetensi.teknis].some((e) => e.level !== undefined);
      if (!levels && !s.nama?.value && !s.persyaratan.jenjang) {
        out.documentNotes.find((d) => d.source === doc.file)!.notes.push(note('dropped', 'blank-form', s.startLine, { start: s.startLine, end: s.endLine }));
        continue;
      }
      out.standar.push(mapStandar(s, doc, reg));
    }
    for (const f of doc.fragments) {
      out.documentNotes.find((d) => d.source === doc.file)!.notes.push(note('dropped', 'fragment', f.startLine, { start: f.startLine, end: f.endLine }));
    }
  }
  for (const built of [builtTeknis, builtSk]) {
    if (built.entries.size === 0) continue;
    const kompetensi = [...built.entries.values()].map((v) => v.k);
    const notes = [...built.entries.values()].flatMap((v) => [
      ...v.notes,
      note('missing', 'kamus-built-levels', v.firstLine, { kode: v.k.kode, nama: v.k.nama, levels: [1, 2, 3, 4, 5].filter((n) => !v.k.level[String(n) as '1']).join(', ') }),
      note('missing', 'kamus-definisi-missing', v.firstLine, { kode: v.k.kode }),
    ]);
    const lines = [...built.entries.values()].map((v) => v.firstLine);
    out.kamus.push({
      model: {
        jenis: built.jenis,
        nama: `Kamus Kompetensi ${built.jenis === 'teknis' ? 'Teknis' : 'Sosial Kultural'}${first.heading.daerah ? ` ${titleCase(first.heading.daerah)}` : ''}`,
        sumber: regulationName(first) ?? first.file,
        kompetensi,
      },
      notes,
      source: first.file,
      startLine: Math.min(...lines),
      endLine: Math.max(...lines),
      built: true,
    });
  }
  out.config = projectConfig(first, out);
  return out;

  function mapStandar(s: StandarDraft, doc: DocumentDraft, reg: string): MappedStandar {
    const notes: ImportNote[] = [];
    const comments: MappedStandar['comments'] = [];
    const tierRest = s.tierTitle ? tierSplit(ref, s.tierTitle.value) : undefined;
    let nama = s.nama?.value;
    if (!nama) {
      nama = tierRest?.rest ? titleCase(tierRest.rest) : s.tierTitle ? titleCase(s.tierTitle.value) : '';
      notes.push(note(nama ? 'ambiguous' : 'missing', nama ? 'nama-from-title' : 'nama-missing', s.tierTitle?.line ?? s.startLine, { nama }));
    }
    const line0 = s.nama?.line ?? s.tierTitle?.line ?? s.startLine;

    // Tingkatan: the tier title is the most specific ("Jabatan Pimpinan Tinggi" names no tier).
    const fromKelompok = s.kelompok ? ref.tingkatan.resolve(s.kelompok.value) : undefined;
    const fromForm = s.formTitle ? (ref.tingkatan.resolve(s.formTitle.value) ?? ref.tingkatan.resolve(`Jabatan ${s.formTitle.value}`)) : undefined;
    let fromTitle = tierRest?.entry;
    // A form whose table title was copied from another form (001:1652) is the tier of its heading.
    if (fromForm && fromTitle && fromForm.id !== fromTitle.id) {
      notes.push(note('ambiguous', 'tingkatan-conflict', s.tierTitle!.line, { kelompok: s.formTitle!.value, judul: s.tierTitle!.value, tingkatan: fromForm.id }));
      fromTitle = fromForm;
      if (!s.nama) nama = titleCase(`Jabatan ${s.formTitle!.value}`);
    }
    let tingkatan = fromTitle ?? fromForm ?? fromKelompok;
    if (fromTitle && fromKelompok && fromTitle.id !== fromKelompok.id) notes.push(note('ambiguous', 'tingkatan-conflict', s.kelompok!.line, { kelompok: s.kelompok!.value, judul: s.tierTitle!.value, tingkatan: fromTitle.id }));
    if (!tingkatan && s.kelompok) {
      tingkatan = ref.tingkatan.readAs(s.kelompok.value);
      notes.push(note(tingkatan ? 'ambiguous' : 'missing', tingkatan ? 'tingkatan-suggested' : 'tingkatan-unknown', s.kelompok.line, { value: s.kelompok.value, tingkatan: tingkatan?.id ?? '' }));
    } else if (tingkatan) {
      const printed = s.kelompok?.value ?? s.tierTitle!.value;
      if (printed !== tingkatan.id) notes.push(note('normalised', 'tingkatan', s.kelompok?.line ?? s.tierTitle!.line, { value: printed, tingkatan: tingkatan.id }));
    } else notes.push(note('missing', 'tingkatan-missing', line0));

    // Urusan.
    let urusan = '';
    if (s.urusan?.value) {
      const u = resolveUrusan(ref, s.urusan.value);
      if (u) {
        urusan = u;
        notes.push(note('normalised', 'urusan', s.urusan.line, { value: s.urusan.value, urusan: u }));
      } else {
        urusan = s.urusan.value;
        const sug = ref.urusan.suggest(s.urusan.value.replace(/^(bidang|urusan)\s+/i, ''));
        notes.push(note('ambiguous', 'urusan-unknown', s.urusan.line, { value: s.urusan.value, suggestion: sug ? `${sug.kode} ${sug.nama}` : '-' }));
      }
    } else if (mainUrusan) {
      urusan = mainUrusan;
      notes.push(note('ambiguous', 'urusan-from-document', s.urusan?.line ?? line0, { urusan: mainUrusan }));
    } else notes.push(note('missing', 'urusan-missing', s.urusan?.line ?? line0));

    const model: StandarFile = {
      nama,
      tingkatan: tingkatan?.id ?? s.kelompok?.value ?? '',
      urusan,
      ...(s.unitKerja ? { unit_kerja: s.unitKerja.value } : {}),
      sumber: `${reg} (${doc.file}, baris ${s.startLine}-${s.endLine})`,
      ikhtisar: s.ikhtisar?.value ?? '',
      kompetensi: { manajerial: {}, sosial_kultural: {} },
      persyaratan: { pendidikan: { jenjang: '' }, pelatihan: {}, pangkat: '', indikator_kinerja: [] },
    };
    if (s.kode) {
      const digits = s.kode.value.replace(/[\s.]/g, '');
      // The lampiran prints the display form (2.04.160000.001); the standard keeps the 12 digits.
      if (/^\d{12}$/.test(digits)) model.kode = digits;
      else if (s.kode.value) notes.push(note('dropped', 'kode-placeholder', s.kode.line, { value: s.kode.value }));
    }
    if (!s.ikhtisar) notes.push(note('missing', 'ikhtisar-missing', line0));

    // Competencies.
    for (const g of ['manajerial', 'sosial_kultural', 'teknis'] as GroupName[]) {
      const target: Record<string, KompetensiNilai> = {};
      for (const e of s.kompetensi[g]) {
        const key = kompetensiKey(e, g, urusan, notes);
        if (key === undefined) continue;
        const { kode, entry, same } = key;
        let level = e.level;
        if (level === undefined) {
          level = entry ? levelFromText(entry, e) : undefined;
          notes.push(note(level ? 'ambiguous' : 'missing', level ? 'level-from-text' : 'level-missing', e.line, { nama: e.nama, level: level ?? '' }));
          if (level) comments.push({ path: ['kompetensi', g, kode], text: `level ${level}: ${e.line}` });
        }
        if (target[kode] !== undefined) {
          notes.push(note('dropped', 'kompetensi-duplicate', e.line, { nama: e.nama, kode }));
          continue;
        }
        if (level === undefined) {
          target[kode] = null as unknown as number;
          continue;
        }
        const identical = entry ? sameTexts(entry.levels[level], e) && same : same;
        if (!identical && (e.deskripsi || e.indikator.length)) {
          target[kode] = embedded(level, e);
          notes.push(note('drift', 'text-kept', e.line, { nama: e.nama, kode, level }));
        } else target[kode] = level;
      }
      if (g === 'teknis') {
        if (Object.keys(target).length) model.kompetensi.teknis = target;
      } else model.kompetensi[g] = target;
    }
    // Teknis printed as a plain list of names without levels: kept as that list, never given levels.
    const teknisNames = s.teknisNames.map((t) => t.value);
    if (teknisNames.length && !model.kompetensi.teknis) model.kompetensi.teknis = teknisNames;
    if (teknisNames.length) notes.push(note('missing', 'teknis-no-levels', s.teknisNames[0]!.line, { count: teknisNames.length }));

    mapPersyaratan(s, model, notes);
    return { model, comments, notes, source: doc.file, startLine: s.startLine, endLine: s.endLine };
  }

  function kompetensiKey(e: KompetensiDraft, g: GroupName, urusan: string, notes: ImportNote[]): { kode: string; entry?: KamusEntry; same: boolean } | undefined {
    const printed = e.nama.replace(/[:;,.]+$/, '').trim();
    const clean = numberedName(printed) ?? printed;
    let entry = clean ? ref.kamus.resolve(clean) : undefined;
    if (!entry && clean) {
      const best = ref.kamus.suggestions(clean)[0];
      const sug = best?.close ? best.value : undefined;
      // Misspellings (not mere shared words) are folded only for the national kamus; a teknis name close to another is a different competency.
      if (sug && g !== 'teknis' && sug.origin.bundled) {
        entry = sug;
        notes.push(note('normalised', 'kompetensi-spelling', e.line, { value: clean, kode: sug.kode, nama: sug.nama }));
      }
    }
    if (!entry && !clean) {
      // A row printed without its name: the kamus entry whose text of that level it prints.
      entry = ref.kamus.entries.find((k) => e.level !== undefined && k.levels[e.level]?.deskripsi && textKey(k.levels[e.level]!.deskripsi!) === textKey(e.deskripsi ?? ''));
      notes.push(note(entry ? 'ambiguous' : 'dropped', entry ? 'kompetensi-from-text' : 'kompetensi-nameless', e.line, { kode: entry?.kode ?? '' }));
      if (!entry) return undefined;
    }
    if (entry) {
      if (clean && nameKey(clean) !== nameKey(entry.nama) && nameKey(clean) !== nameKey(entry.kode) && !notes.some((n) => n.line === e.line && n.id.endsWith('spelling')))
        notes.push(note('normalised', 'kompetensi-name', e.line, { value: clean, kode: entry.kode, nama: entry.nama }));
      return { kode: entry.kode, entry, same: true };
    }
    if (g === 'manajerial') {
      notes.push(note('ambiguous', 'kompetensi-unknown', e.line, { value: clean }));
      return { kode: clean, same: false };
    }
    if (g === 'teknis' && hasTeknisKamus) {
      const sug = ref.kamus.suggest(clean, 'teknis', { partial: true });
      notes.push(note('ambiguous', 'teknis-not-in-kamus', e.line, { value: clean, suggestion: sug ? `${sug.kode} ${sug.nama}` : '-' }));
      return { kode: clean, same: false };
    }
    const built = g === 'teknis' ? builtTeknis : builtSk;
    const isNew = !built.entries.has(nameKey(clean));
    const { kode, same } = built.add({ ...e, nama: clean }, e.level, urusan || undefined);
    if (isNew) notes.push(note('normalised', g === 'teknis' ? 'teknis-built' : 'sk-built', e.line, { value: clean, kode }));
    return { kode, same };
  }

  function mapPersyaratan(s: StandarDraft, model: StandarFile, notes: ImportNote[]): void {
    const p = s.persyaratan;
    const m = model.persyaratan;
    const line0 = s.startLine;
    if (!p.present) notes.push(note('missing', 'persyaratan-missing', line0));
    // Free-text lists (no table): sort the items into the fields they belong to.
    const lainnya: string[] = [];
    const joined: { value: string; line: number }[] = [];
    for (const item of p.lainnya) {
      const last = joined.at(-1);
      if (last && /\batau\s*;?$/i.test(last.value)) last.value = `${last.value.replace(/\s*;$/, '')} ${item.value.charAt(0).toLowerCase()}${item.value.slice(1)}`;
      else joined.push({ ...item });
    }
    for (const item of joined) {
      const v = item.value.replace(/[;.]+\s*(dan)?\s*$/i, '').replace(/;l$/, '').trim();
      // Items of a printed "Persyaratan Lain" row stay there; only a free-text list is sorted.
      if (!p.freeText) lainnya.push(v);
      else if (/^pendidikan\b/i.test(v) && !p.jenjang) p.jenjang = { value: v, line: item.line };
      else if (/^(pangkat|golongan)\b/i.test(v) && !p.pangkat) p.pangkat = { value: v, line: item.line };
      else if (/menduduki jabatan|pengalaman/i.test(v)) p.pengalaman.push({ text: v, line: item.line, tick: 'no-column' });
      else lainnya.push(v);
    }
    if (lainnya.length) m.lainnya = lainnya;

    if (p.jenjang) {
      const j = ref.pendidikan.find(p.jenjang.value);
      m.pendidikan.jenjang = j?.jenjang ?? p.jenjang.value;
      if (j) notes.push(note('normalised', 'jenjang', p.jenjang.line, { value: p.jenjang.value, jenjang: j.jenjang }));
      else notes.push(note('ambiguous', 'jenjang-unknown', p.jenjang.line, { value: p.jenjang.value }));
    } else if (p.present) notes.push(note('missing', 'jenjang-missing', line0));
    if (p.bidangIlmu) {
      const list = p.bidangIlmu.value.split(/\s*[/,;]\s*/).map((x) => stripListMarker(x).trim()).filter((x) => x && x !== '-');
      if (list.length) m.pendidikan.bidang_ilmu = list;
    }
    for (const kind of ['manajerial', 'teknis', 'fungsional'] as const) {
      const items = p.pelatihan[kind];
      if (p.present && !p.freeText) m.pelatihan[kind] = items.map((it, i) => ({ nama: it.text, kategori: kategoriOf(it, items, i, notes) }));
      for (const it of items) {
        const r = ref.pelatihan.read(it.text);
        if (r?.legacy) notes.push(note('ambiguous', 'pelatihan-legacy', it.line, { value: it.text, current: r.entry.nama }));
      }
    }
    if (p.freeText) notes.push(note('missing', 'pelatihan-missing', line0));
    if (p.pengalaman.length) m.pengalaman_kerja = p.pengalaman.map((it, i) => ({ uraian: it.text, kategori: kategoriOf(it, p.pengalaman, i, notes) }));
    if (p.pangkat) {
      const r = ref.pangkat.read(p.pangkat.value);
      const g = r.golongan ?? r.named;
      m.pangkat = g ? `${g.golongan}, ${g.nama}` : p.pangkat.value;
      notes.push(note(g ? 'normalised' : 'ambiguous', g ? 'pangkat' : 'pangkat-unknown', p.pangkat.line, { value: p.pangkat.value, pangkat: m.pangkat }));
    } else if (p.present) notes.push(note('missing', 'pangkat-missing', line0));
    m.indikator_kinerja = p.indikatorKinerja.map((x) => x.value);
    if (p.present && !p.indikatorKinerja.length) notes.push(note('missing', 'indikator-kinerja-missing', line0));
    for (const l of p.strayTicks) notes.push(note('dropped', 'stray-tick', l));
  }

  function kategoriOf(it: ItemDraft, list: ItemDraft[], i: number, notes: ImportNote[]): Kategori {
    if (it.kategori && !it.tick) return it.kategori;
    if (it.kategori) {
      notes.push(note('ambiguous', `tick-${it.tick}`, it.line, { item: it.text, kategori: it.kategori }));
      return it.kategori;
    }
    const sibling = [...list.slice(0, i).reverse(), ...list.slice(i + 1)].find((x) => x.kategori);
    const leadership = ref.pelatihan.read(it.text);
    const k: Kategori = sibling?.kategori ?? (leadership || it.tick === 'no-column' ? 'mutlak' : 'penting');
    notes.push(note('ambiguous', it.tick === 'no-column' ? 'tick-no-column' : sibling ? 'tick-sibling' : 'tick-default', it.line, { item: it.text, kategori: k }));
    return k;
  }
}

function resolveUrusan(ref: Reference, value: string): string | undefined {
  const v = value.trim();
  const u = ref.urusan.resolve(v) ?? ref.urusan.resolve(v.replace(/^(urusan\s+(pemerintahan\s+)?)?(bidang\s+)?/i, ''));
  return u?.kode;
}

function tierSplit(ref: Reference, title: string): { entry: ReturnType<Reference['tingkatan']['resolve']>; rest: string } | undefined {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const entry = ref.tingkatan.resolve(words.slice(0, n).join(' '));
    if (entry) return { entry, rest: words.slice(n).join(' ') };
  }
  return undefined;
}

/** skj.yaml: a file pattern only for files the import writes (a written pattern that matches nothing is an error). */
function projectConfig(doc: DocumentDraft, written: Pick<MappedImport, 'standar' | 'kamus'>): Config {
  const h = doc.heading;
  const daerah = h.daerah ? titleCase(h.daerah) : undefined;
  const wilayah = /bupati/i.test(h.jenis ?? '') ? 'Kabupaten' : /wali/i.test(h.jenis ?? '') ? 'Kota' : /gubernur/i.test(h.jenis ?? '') ? 'Provinsi' : undefined;
  const lingkungan = h.tentang ? /di lingkungan\s+(.+)$/i.exec(h.tentang)?.[1] : undefined;
  const instansi = lingkungan
    ? `${titleCase(lingkungan.replace(/\s+(kabupaten|kota|provinsi)\s+.*$/i, ''))}${daerah && wilayah ? ` ${wilayah} ${daerah}` : ''}`
    : daerah && wilayah
      ? `Pemerintah ${wilayah} ${daerah}`
      : undefined;
  const pejabat = h.jenis && daerah ? `${h.jenis.replace(/^Peraturan\s+/, '')} ${daerah}` : undefined;
  const peraturan: NonNullable<Config['peraturan']> = {
    ...(h.jenis ? { jenis: h.jenis } : {}),
    ...(pejabat ? { pejabat } : {}),
    ...(daerah ? { daerah } : {}),
    ...(h.nomor ? { nomor: Number(h.nomor) } : {}),
    ...(h.tahun ? { tahun: Number(h.tahun) } : {}),
    ...(h.tentang ? { tentang: h.tentang } : {}),
    ...(h.tempat ? { tempat_ditetapkan: titleCase(h.tempat) } : {}),
    ...(h.tanggal ? { tanggal_ditetapkan: h.tanggal } : {}),
    ...(h.penandatangan ? { penandatangan: h.penandatangan } : {}),
  };
  return {
    ...(instansi ? { instansi } : {}),
    ...(written.standar.length ? { standar: 'standar/**/*.yaml' } : {}),
    ...(written.kamus.length ? { kamus: 'kamus/**/*.yaml' } : {}),
    ...(Object.keys(peraturan).length ? { peraturan } : {}),
  };
}
