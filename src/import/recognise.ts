// The section recognisers: walk the rows of a document once, keeping track of where we are
// (regulation heading, kamus entry, standard identity, competency table, persyaratan table), and
// collect what is printed with its lines. No mapping to codes happens here (see map.ts).
import type { TingkatanIndex } from '../reference/tingkatan-index.js';
import {
  isDebris,
  isIndikatorText,
  isLevel,
  isPlaceholder,
  joinText,
  numberedName,
  splitListItems,
  splitNumbered,
  stripListMarker,
  stripMarkers,
  tickCount,
} from './cells.js';
import {
  emptyStandar,
  type DocumentDraft,
  type GroupName,
  type ItemDraft,
  type KamusEntryDraft,
  type KompetensiDraft,
  type StandarDraft,
} from './draft.js';
import type { Cell, Row } from './rows.js';

export interface RecogniseContext {
  tingkatan: TingkatanIndex;
  /** Whether a name is a known competency (bundled kamus), for rows printed without numbering. */
  isKompetensiName: (name: string) => boolean;
}

type Mode = 'none' | 'identity' | 'kompetensi' | 'persyaratan' | 'kamus';
type PSection = 'pendidikan' | 'pelatihan' | 'pengalaman' | 'pangkat' | 'indikator' | 'lainnya';
type PSub = 'jenjang' | 'bidang' | 'manajerial' | 'teknis' | 'fungsional';

const IDENTITY = /^-?\s*(nama jabatan|kelompok jabatan|urusan pemerintah(?:an)?|kode jabatan|unit kerja|ikhtisar jabatan)\s*(?:\*\s*\d+\s*\))?\s*:?\s*(.*)$/is;
const GROUP = /^(?:[abc]\s*\.?\s+)?(manajerial|sos\w*\s*kultural|teknis)\s*:?$/i;
const P_SECTION = /^(?:[a-f]\s*\.?\s+)?(pendidikan|pelatihan|pengalaman(?: kerja)?|pangkat(?:\s*\/\s*golongan)?|indikator kinerja(?: jabatan)?|persyaratan lain(?:nya)?)\s*$/i;
const P_SUB = /^(?:(\d)\s*\.?\s*)?(jenjang|bidang ilmu|manajerial|manajemen|teknis|fungsional)\s*$/i;
/** The number each sub-label carries in the form (001:1700-1703); another number is a typing slip. */
const P_SUB_NUMBER: Record<string, string> = { jenjang: '1', 'bidang ilmu': '2', manajerial: '1', manajemen: '1', teknis: '2', fungsional: '3' };
const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const KATEGORI_WORDS: Record<string, ItemDraft['kategori']> = { mutlak: 'mutlak', penting: 'penting', perlu: 'perlu' };

function rowText(row: Row): string {
  return row.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' ').trim();
}

function isoDate(text: string): string | undefined {
  const m = /(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

export function recognise(file: string, rows: Row[], lineCount: number, ctx: RecogniseContext): DocumentDraft {
  const doc: DocumentDraft = { file, lines: lineCount, heading: {}, kamus: [], standar: [], fragments: [], lastUnderstood: 0 };
  let mode: Mode = 'none';
  let std: StandarDraft | undefined;
  let group: GroupName | undefined;
  let entry: KompetensiDraft | undefined;
  let kamus: KamusEntryDraft | undefined;
  let kamusLevel: number | undefined;
  let pSection: PSection | undefined;
  let pSub: PSub | undefined;
  let tickCols = new Map<number, ItemDraft['kategori']>();
  let uraianCol: number | undefined;
  let tickOffsetKnown = false;
  let pendingIdentity: 'nama' | 'ikhtisar' | undefined;
  let afterSignature = false;
  let headingTentang = false;
  let orphan: { start: number; end: number } | undefined;
  let formTitle: StandarDraft['formTitle'];

  const understood = (line: number) => {
    doc.lastUnderstood = Math.max(doc.lastUnderstood, line);
    if (std) std.endLine = Math.max(std.endLine, line);
  };

  const closeEntry = () => {
    if (!entry || !std || !group) return (entry = undefined);
    const e = entry;
    entry = undefined;
    // A teknis "entry" without level and text is a plain list of names (Purwakarta).
    if (group === 'teknis' && e.level === undefined && e.indikator.length === 0) {
      const names = splitListItems(joinText(e.nama, e.deskripsi ?? ''), true);
      for (const n of names) std.teknisNames.push({ value: n, line: e.line });
      return;
    }
    std.kompetensi[group].push(e);
  };

  const closeOrphan = () => {
    if (orphan) doc.fragments.push({ startLine: orphan.start, endLine: orphan.end, what: 'persyaratan' });
    orphan = undefined;
  };

  const newStandar = (line: number): StandarDraft => {
    closeEntry();
    closeOrphan();
    std = emptyStandar(line);
    if (formTitle) std.formTitle = formTitle;
    formTitle = undefined;
    doc.standar.push(std);
    group = undefined;
    pSection = undefined;
    pSub = undefined;
    tickCols = new Map();
    uraianCol = undefined;
    return std;
  };

  /** A standard that already has a table needs a new one when another identity or tier title starts. */
  const standarFor = (line: number, what: 'identity' | 'title'): StandarDraft => {
    if (!std || mode === 'kamus' || mode === 'none' && afterSignature) return newStandar(line);
    const started = std.kompetensi.manajerial.length + std.kompetensi.sosial_kultural.length + std.kompetensi.teknis.length > 0 || std.persyaratan.present;
    if (started || (what === 'identity' && std.tierTitle) || (what === 'title' && std.tierTitle)) return newStandar(line);
    return std;
  };

  const closeKamus = () => {
    if (kamus) doc.kamus.push(kamus);
    kamus = undefined;
    kamusLevel = undefined;
  };

  const tierOf = (text: string): { rest: string } | undefined => {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    if (!/^jabatan$/i.test(words[0] ?? '')) return undefined;
    for (let n = Math.min(words.length, 6); n >= 2; n--) {
      if (ctx.tingkatan.resolve(words.slice(0, n).join(' '))) return { rest: words.slice(n).join(' ') };
    }
    return undefined;
  };

  // ----- competency tables -----
  const isEntryStart = (cell: Cell, row: Row, next: Row | undefined): string | undefined => {
    const t = cell.text.replace(/\n/g, ' ');
    if (isIndikatorText(t) || isPlaceholder(t)) return undefined;
    const named = numberedName(t);
    if (named !== undefined) return named;
    if (ctx.isKompetensiName(t)) return t;
    // "6 | 3 | deskripsi": a number with no name, followed by a level.
    const after = row.cells[1];
    if (/^\d{1,2}\.?$/.test(t) && after && isLevel(after.text)) return '';
    if (after && isLevel(after.text)) return t;
    if (row.cells.length === 1 && next && isLevel(next.cells[0]!.text) && !isLevel(t) && !/[.;]$/.test(t)) return t;
    return undefined;
  };

  const addIndikator = (e: KompetensiDraft, text: string, line: number) => {
    const pieces = splitNumbered(text);
    pieces.forEach((p, i) => {
      if (i === 0 && !isIndikatorText(p) && e.indikator.length > 0) e.indikator[e.indikator.length - 1] = joinText(e.indikator.at(-1), p);
      else e.indikator.push(p.replace(/\s+/g, ' '));
    });
    e.endLine = line;
  };

  const kompetensiCell = (e: KompetensiDraft, cell: Cell, line: number, multi: boolean, base: number) => {
    const t = cell.text;
    const col = cell.col === undefined ? undefined : cell.col - base;
    if (multi && col !== undefined) {
      if (col === 1 && isLevel(t) && e.level === undefined) e.level = Number(t);
      else if (col === 2 && !isIndikatorText(t)) e.deskripsi = joinText(e.deskripsi, t);
      else if (col >= 2) addIndikator(e, t, line);
      else if (col === 1 && !isLevel(t)) e.deskripsi = joinText(e.deskripsi, t);
      e.endLine = line;
      return;
    }
    if (e.level === undefined && isLevel(t) && !e.deskripsi) e.level = Number(t);
    else if (isIndikatorText(t)) addIndikator(e, t, line);
    else if (col === 2 && e.indikator.length === 0) e.deskripsi = joinText(e.deskripsi, t);
    else if (col !== undefined && col >= 3) addIndikator(e, t, line);
    else if (!e.deskripsi && e.indikator.length === 0) e.deskripsi = joinText(undefined, t);
    else if (e.indikator.length > 0) addIndikator(e, t, line);
    else e.deskripsi = joinText(e.deskripsi, t);
    e.endLine = line;
  };

  const kompetensiRow = (row: Row, next: Row | undefined) => {
    const first = row.cells[0]!;
    const name = group && (first.col ?? 0) <= 1 ? isEntryStart(first, row, next) : undefined;
    if (name !== undefined) {
      closeEntry();
      entry = { nama: stripMarkers(name), line: row.line, indikator: [], endLine: row.line };
      const base = first.col ?? 0;
      const multi = row.cells.length > 1;
      for (const c of row.cells.slice(1)) kompetensiCell(entry, c, row.line, multi, base);
      return true;
    }
    if (!entry) return false;
    const multi = row.cells.length > 1;
    let cells = row.cells;
    // The rest of a name cell split over two lines ("8. Pengambilan" / "Keputusan", 001:1381-1383).
    if (multi && first.col === 0 && !isIndikatorText(first.text) && !ctx.isKompetensiName(entry.nama)) {
      entry.nama = joinText(entry.nama, first.text);
      cells = row.cells.slice(1);
    }
    for (const c of cells) kompetensiCell(entry, c, row.line, multi, 0);
    return true;
  };

  // ----- persyaratan tables -----
  const items = (): ItemDraft[] | undefined => {
    const p = std!.persyaratan;
    if (pSection === 'pengalaman') return p.pengalaman;
    if (pSection !== 'pelatihan') return undefined;
    return p.pelatihan[pSub === 'teknis' ? 'teknis' : pSub === 'fungsional' ? 'fungsional' : 'manajerial'];
  };

  const kategoriAt = (col: number | undefined): { kategori?: ItemDraft['kategori']; unclear: boolean } => {
    if (tickCols.size === 0 || col === undefined) return { unclear: true };
    if (tickCols.has(col)) return { kategori: tickCols.get(col), unclear: false };
    const nearest = [...tickCols.keys()].sort((a, b) => Math.abs(a - col) - Math.abs(b - col))[0]!;
    return { kategori: tickCols.get(nearest), unclear: true };
  };

  const persyaratanRow = (row: Row): boolean => {
    const p = std!.persyaratan;
    const kategoriHeader = row.cells.filter((c) => KATEGORI_WORDS[c.text.toLowerCase()]);
    if (kategoriHeader.length === 1 && row.cells.length === 1 && row.cells[0]!.col !== undefined) {
      // One cell per line: the header's three words arrive on three rows.
      const k = KATEGORI_WORDS[row.cells[0]!.text.toLowerCase()];
      if (k === 'mutlak') tickCols = new Map();
      tickCols.set(row.cells[0]!.col!, k);
      return true;
    }
    if (kategoriHeader.length >= 2) {
      tickCols = new Map(kategoriHeader.filter((c) => c.col !== undefined).map((c) => [c.col!, KATEGORI_WORDS[c.text.toLowerCase()]]));
      return true;
    }
    if (/^jenis persyaratan/i.test(row.cells[0]!.text)) {
      uraianCol = row.cells.find((c) => /^uraian$/i.test(c.text))?.col;
      tickOffsetKnown = false;
      return true;
    }
    const values: Cell[] = [];
    let ticks: { n: number; col?: number } | undefined;
    let sawLabel = false;
    for (const c of row.cells) {
      const t = stripMarkers(c.text.replace(/\n/g, ' '));
      const sec = P_SECTION.exec(t);
      if (sec && !sawLabel) {
        const w = sec[1]!.toLowerCase();
        const next: PSection = w.startsWith('pendidikan') ? 'pendidikan' : w.startsWith('pelatihan') ? 'pelatihan' : w.startsWith('pengalaman') ? 'pengalaman' : w.startsWith('pangkat') ? 'pangkat' : w.startsWith('persyaratan') ? 'lainnya' : 'indikator';
        pSection = next;
        pSub = undefined;
        sawLabel = true;
        continue;
      }
      const sub = pSection && P_SUB.exec(t);
      if (sub) {
        const w = sub[2]!.toLowerCase();
        // "3. Manajerial" beside "3. Manajemen Pemerintahan" continues the teknis list (000:949).
        if (sub[1] && sub[1] !== P_SUB_NUMBER[w]) continue;
        pSub = w === 'jenjang' ? 'jenjang' : w === 'bidang ilmu' ? 'bidang' : w === 'teknis' ? 'teknis' : w === 'fungsional' ? 'fungsional' : 'manajerial';
        continue;
      }
      const n = tickCount(t);
      if (n > 0) {
        ticks = { n, col: c.col };
        continue;
      }
      // a lone dash: the field printed empty
      if (isPlaceholder(t) || /^[-–—]$/.test(t)) continue;
      values.push(c);
    }
    if (!pSection) return false;
    p.present = true;
    // Header rows printed one column short: the kategori columns sit as far right of Uraian as
    // the first value of the table does.
    if (!tickOffsetKnown && values[0]?.col !== undefined && uraianCol !== undefined) {
      const offset = values[0].col - uraianCol;
      if (offset > 0) tickCols = new Map([...tickCols].map(([c, k]) => [c + offset, k]));
      tickOffsetKnown = true;
    }
    const added: ItemDraft[] = [];
    for (const v of values) {
      const text = v.text;
      switch (pSection) {
        case 'pendidikan':
          if (pSub === 'bidang') p.bidangIlmu = { value: joinText(p.bidangIlmu?.value, text), line: p.bidangIlmu?.line ?? row.line };
          else p.jenjang = { value: joinText(p.jenjang?.value, text), line: p.jenjang?.line ?? row.line };
          break;
        case 'pangkat':
          p.pangkat = { value: joinText(p.pangkat?.value, text), line: p.pangkat?.line ?? row.line };
          break;
        case 'indikator':
          p.indikatorKinerja.push({ value: text.replace(/\n/g, ' '), line: row.line });
          break;
        case 'lainnya':
          // "F. Persyaratan Lain" (as skj render prints it): a numbered list, no kategori.
          for (const item of splitListItems(text, true)) p.lainnya.push({ value: item, line: row.line });
          break;
        default: {
          const list = items()!;
          for (const item of splitListItems(text)) {
            const d: ItemDraft = { text: item, line: row.line };
            list.push(d);
            added.push(d);
          }
        }
      }
    }
    if (ticks) {
      if (pSection === 'pangkat' || pSection === 'indikator' || pSection === 'pendidikan' || pSection === 'lainnya') p.strayTicks.push(row.line);
      else {
        const { kategori, unclear } = kategoriAt(ticks.col);
        const targets = added.length > 0 ? added : (items() ?? []).filter((i) => !i.kategori).slice(-ticks.n);
        for (const t of targets) {
          t.kategori = kategori;
          if (tickCols.size === 0) t.tick = 'no-column';
          else if (unclear) t.tick = 'unclear';
          else if (targets.length !== ticks.n && !(ticks.n === 1 && targets.length === 1)) t.tick = 'shared';
        }
      }
    }
    return true;
  };

  const freePersyaratanRow = (row: Row): boolean => {
    const p = std!.persyaratan;
    const t = rowText(row);
    const numbered = /^\d{1,2}\s*[.)]\s+/.test(t);
    const last = p.lainnya.at(-1);
    if (!numbered) {
      // A line that continues the previous item (the item was split over two lines).
      if (last) last.value = joinText(last.value, t);
      else return false;
      return true;
    }
    p.present = true;
    p.freeText = true;
    p.lainnya.push({ value: stripListMarker(t), line: row.line });
    return true;
  };

  // ----- kamus (Lampiran I style) -----
  const kamusRow = (row: Row, t: string): boolean => {
    const m = /^(kode kompetensi|nama kompetensi|definisi)\s*:\s*(.*)$/is.exec(t);
    if (m) {
      const label = m[1]!.toLowerCase();
      if (label === 'kode kompetensi') {
        closeKamus();
        kamus = { kode: m[2]!.trim(), nama: '', levels: {}, startLine: row.line, endLine: row.line };
      } else if (kamus && label === 'nama kompetensi') kamus.nama = m[2]!.trim();
      else if (kamus) kamus.definisi = m[2]!.trim();
      return true;
    }
    if (!kamus) return false;
    if (/^level\b/i.test(row.cells[0]!.text) && row.cells.length >= 2) return true;
    const first = row.cells[0]!;
    let cells = row.cells;
    if (isLevel(first.text) && (first.col ?? 0) === 0) {
      kamusLevel = Number(first.text);
      kamus.levels[kamusLevel] = { indikator: [], line: row.line };
      cells = row.cells.slice(1);
    }
    if (cells === row.cells && (first.col ?? 0) === 0) {
      // Column 0 holds only level numbers inside the table: anything else ends the entry, except a
      // definisi printed over two lines.
      if (kamusLevel === undefined && kamus.definisi && row.cells.length === 1 && !IDENTITY.test(t)) {
        kamus.definisi = joinText(kamus.definisi, t);
        return true;
      }
      return false;
    }
    if (kamusLevel === undefined) return false;
    const lv = kamus.levels[kamusLevel]!;
    for (const c of cells) {
      const fakeEntry: KompetensiDraft = { nama: '', line: row.line, deskripsi: lv.deskripsi, indikator: lv.indikator, endLine: row.line, level: kamusLevel };
      if (c.col === 1 || (c.col === undefined && !lv.deskripsi && !isIndikatorText(c.text))) lv.deskripsi = joinText(lv.deskripsi, c.text);
      else addIndikator(fakeEntry, c.text, row.line);
    }
    kamus.endLine = row.line;
    return true;
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const texts = row.cells.map((c) => c.text);
    if (isDebris(texts)) continue;
    const t = rowText(row);

    // Regulation heading (first page and lampiran headers).
    const per = /^(?:lampiran\s+[ivx\d]+\s*:?\s*)?peraturan\s+(bupati|walikota|wali kota|gubernur)\s+([\p{L} ]+?)\s*$/iu.exec(t);
    if (per) {
      doc.heading.jenis ??= `Peraturan ${per[1]!.replace(/\s+/g, '').toLowerCase() === 'walikota' ? 'Wali Kota' : per[1]![0]!.toUpperCase() + per[1]!.slice(1).toLowerCase()}`;
      doc.heading.daerah ??= per[2]!.trim();
      understood(row.line);
    }
    const nomor = /^nomor\s*:?\s*(\d+)\s+tahun\s+(\d{4})/i.exec(t);
    if (nomor) {
      doc.heading.nomor ??= nomor[1];
      doc.heading.tahun ??= nomor[2];
      headingTentang = true;
      continue;
    }
    const tentang = /^tentang\s*:?\s*(.*)$/i.exec(t);
    if (tentang && headingTentang) {
      if (tentang[1]) doc.heading.tentang ??= tentang[1].trim();
      headingTentang = !tentang[1];
      continue;
    }
    if (headingTentang && !doc.heading.tentang && mode === 'none' && /^[^a-z]+$/.test(t) && !/^dengan rahmat/i.test(t)) {
      doc.heading.tentangParts = [...(doc.heading.tentangParts ?? []), t];
      continue;
    }
    if (/^dengan rahmat/i.test(t)) headingTentang = false;
    const ditetapkan = /^ditetapkan di\s+([\p{L} ]+?),?\s*$/iu.exec(t);
    if (ditetapkan) {
      doc.heading.tempat ??= ditetapkan[1];
      continue;
    }
    if (/^pada tanggal\s/i.test(t) && doc.heading.tempat && !doc.heading.tanggal) {
      doc.heading.tanggal = isoDate(t);
      continue;
    }
    if (/^lampiran\b/i.test(t)) {
      closeEntry();
      closeKamus();
      closeOrphan();
      mode = 'none';
      afterSignature = true;
      headingTentang = false;
      continue;
    }
    // Signature: ends a lampiran; the next capitalised line is the signer.
    if (/^(bupati|walikota|wali kota|gubernur)\s+[\p{L} ]+,\s*(\*.*)?$/iu.test(t)) {
      closeEntry();
      closeKamus();
      closeOrphan();
      mode = 'none';
      afterSignature = true;
      const signer = rows.slice(i + 1, i + 4).find((r) => /^[A-Z][A-Z .,'/-]+$/.test(rowText(r)) && !/^(lampiran|nip)/i.test(rowText(r)));
      if (signer) doc.heading.penandatangan ??= rowText(signer).replace(/\//g, ' ');
      continue;
    }

    // Kamus entries ("Kode Kompetensi : M.01").
    if (/^kode kompetensi\s*:/i.test(t) || (mode === 'kamus' && kamus)) {
      if (kamusRow(row, t)) {
        mode = 'kamus';
        understood(row.line);
        continue;
      }
      closeKamus();
      mode = 'none';
    }

    // Identity block.
    const id = IDENTITY.exec(t);
    if (id && row.cells[0]!.col !== undefined && row.cells[0]!.col <= 1) {
      const label = id[1]!.toLowerCase();
      const value = stripMarkers(row.cells.length > 1 && !id[2] ? row.cells.slice(1).map((c) => c.text).join(' ') : id[2]!).replace(/^:\s*/, '');
      const v = isPlaceholder(value) ? '' : value.replace(/\n/g, ' ');
      if (label === 'nama jabatan') {
        const s = standarFor(row.line, 'identity');
        closeKamus();
        mode = 'identity';
        if (v) s.nama = { value: v, line: row.line };
        pendingIdentity = 'nama';
      } else {
        const s = std ?? newStandar(row.line);
        if (label.startsWith('kelompok')) s.kelompok = v ? { value: v, line: row.line } : undefined;
        else if (label.startsWith('urusan')) s.urusan = { value: v, line: row.line };
        else if (label.startsWith('kode')) s.kode = { value: v, line: row.line };
        else if (label.startsWith('unit')) s.unitKerja = v ? { value: v, line: row.line } : undefined;
        else {
          if (v) s.ikhtisar = { value: v, line: row.line };
          pendingIdentity = v ? undefined : 'ikhtisar';
          understood(row.line);
          continue;
        }
        pendingIdentity = undefined;
      }
      understood(row.line);
      continue;
    }

    // Tier title ("JABATAN ADMINISTRATOR", "JABATAN PIMPINAN TINGGI PRATAMA SEKRETARIS DAERAH").
    const tier = row.cells.length <= 2 && !/[a-z]/.test(t) ? tierOf(t) : undefined;
    if (tier) {
      const s = standarFor(row.line, 'title');
      s.tierTitle = { value: t, line: row.line };
      mode = 'identity';
      pendingIdentity = undefined;
      understood(row.line);
      continue;
    }

    // A jabatan name printed on two lines; an ikhtisar printed under its label.
    if (pendingIdentity && std && mode === 'identity' && row.cells.length === 1 && !/^(i+\.|standar kompetensi|kompetensi\b)/i.test(t)) {
      if (pendingIdentity === 'nama' && std.nama && !/^(kelompok|urusan|kode)/i.test(t)) {
        std.nama.value = joinText(std.nama.value, t);
        understood(row.line);
        continue;
      }
      if (pendingIdentity === 'ikhtisar') {
        std.ikhtisar = { value: t, line: row.line };
        pendingIdentity = undefined;
        understood(row.line);
        continue;
      }
    }

    // The prose heading a blank form is printed under (pedoman, Lampiran IV): the first one after a
    // standard counts ("B. Standar Kompetensi Jabatan Pengawas" before a copy-pasted "Formulir …
    // administrator", 001:1105-1109).
    const form = /^(?:[a-e]\.\s*)?(?:formulir )?standar kompetensi jabatan\s+(.+?)(?:\s+adalah sebagai berikut\s*:?)?$/i.exec(t);
    if (form && !/^(asn|aparatur sipil negara)\b/i.test(form[1]!) && ctx.tingkatan.resolve(form[1]!) !== undefined || (form && ctx.tingkatan.resolve(`Jabatan ${form[1]}`))) {
      if (!formTitle && (!std || std.kompetensi.manajerial.length > 0)) formTitle = { value: form![1]!, line: row.line };
      continue;
    }
    // Headings of a standard's parts.
    if (/^(i+\.\s*)?ikhtisar jabatan$/i.test(t) || /^standar kompetensi( jabatan| aparatur sipil negara.*)?$/i.test(t) || /^(ii\.\s*)?standar kompetensi$/i.test(t)) {
      if (/standar kompetensi jabatan$/i.test(t) && std && (std.persyaratan.present || std.kompetensi.manajerial.length)) newStandar(row.line);
      if (/^ii\.|^standar kompetensi$/i.test(t) && std) mode = 'kompetensi';
      continue;
    }
    if (/^kompetensi$/i.test(texts[0]!) && texts.some((x) => /^level$/i.test(x))) {
      closeEntry();
      mode = 'kompetensi';
      std ??= newStandar(row.line);
      understood(row.line);
      continue;
    }
    const g = GROUP.exec(t.replace(/\s+/g, ' '));
    if (g && std && (mode === 'kompetensi' || mode === 'identity')) {
      closeEntry();
      mode = 'kompetensi';
      const w = g[1]!.toLowerCase();
      group = w === 'manajerial' ? 'manajerial' : w === 'teknis' ? 'teknis' : 'sosial_kultural';
      understood(row.line);
      continue;
    }
    if (/^(?:(?:iii|[a-e])\.?\s*)?persyaratan jabatan$/i.test(t) || /^jenis persyaratan/i.test(t)) {
      closeEntry();
      if (!std) {
        orphan = { start: row.line, end: row.line };
        continue;
      }
      mode = 'persyaratan';
      if (/^jenis persyaratan/i.test(t)) persyaratanRow(row);
      understood(row.line);
      continue;
    }

    if (mode === 'kompetensi' && std && kompetensiRow(row, next)) {
      understood(row.line);
      continue;
    }
    if (mode === 'kompetensi' && std && P_SECTION.test(stripMarkers(texts[0]!))) mode = 'persyaratan';

    if (mode === 'persyaratan' && std) {
      const section = P_SECTION.test(stripMarkers(texts[0]!.replace(/\n/g, ' ')));
      const p = std.persyaratan;
      // A second D/E after a complete persyaratan: a tail whose standard is missing.
      if (section && (p.pangkat || p.indikatorKinerja.length) && /^(?:[a-e]\s*\.?\s+)?(pendidikan|pelatihan|pengalaman)/i.test(texts[0]!)) {
        orphan = { start: row.line, end: row.line };
        mode = 'none';
        pSection = undefined;
        continue;
      }
      const handled = p.freeText || (!section && !pSection && !p.pangkat && /^\d{1,2}\s*[.)]\s/.test(t)) ? freePersyaratanRow(row) : persyaratanRow(row);
      if (handled) {
        understood(row.line);
        continue;
      }
    }
    if (orphan) {
      orphan.end = row.line;
      continue;
    }
  }
  closeEntry();
  closeKamus();
  closeOrphan();
  if (!doc.heading.tentang && doc.heading.tentangParts) doc.heading.tentang = doc.heading.tentangParts.join(' ');
  doc.standar = doc.standar.filter((s) => s.nama || s.tierTitle || s.kompetensi.manajerial.length || s.persyaratan.present);
  return doc;
}

