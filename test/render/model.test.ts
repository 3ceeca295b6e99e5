// The render model: what the lampiran say, independent of Markdown or PDF.
import { describe, expect, it } from 'vitest';
import type { Block, Lampiran, Table } from '../../src/render/blocks.js';
import { TICK } from '../../src/render/model.js';
import { KOMINFO, LONG, PURWAKARTA, loadFolder, modelOf } from './support.js';

const blocks = <K extends Block['kind']>(l: Lampiran, kind: K) => l.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const cellText = (t: Table, row: number, col: number) => t.rows[row]!.cells[col]!.paras.map((p) => (p.label ? `${p.label} ${p.text}` : p.text)).join('\n');

describe('render model of examples/kominfo-tasikmalaya', () => {
  const { doc, project, ref, config } = modelOf(KOMINFO);
  const [kamus, standar] = doc.lampiran;

  it('has Lampiran I (kamus) and II (standards) with the header block from skj.yaml', () => {
    expect(doc.lampiran.map((l) => [l.isi, l.nomor])).toEqual([['kamus', 'I'], ['standar', 'II']]);
    expect(blocks(kamus!, 'header')[0]!.fields).toEqual([
      { label: 'LAMPIRAN I', value: 'PERATURAN BUPATI TASIKMALAYA' },
      { label: 'NOMOR', value: '51 TAHUN 2019' },
      { label: 'TENTANG', value: 'STANDAR KOMPETENSI JABATAN ESELON II, ESELON III DAN ESELON IV DI LINGKUNGAN DINAS KOMUNIKASI DAN INFORMATIKA' },
    ]);
    for (const l of doc.lampiran) expect(l.blocks.at(-1)).toEqual({ kind: 'signature', jabatan: 'BUPATI TASIKMALAYA,', nama: 'ADE SUGIANTO' });
    expect(doc.title).toBe('Lampiran Peraturan Bupati Tasikmalaya Nomor 51 Tahun 2019');
    expect(doc.date).toBe(Date.UTC(2019, 2, 20) / 1000);
  });

  it('prints every standard once, in the order of the organisation chart stated by atasan/urutan, each on a new page', () => {
    expect([...standar!.jabatan].sort()).toEqual(project.standar.map((s) => s.data.nama).sort());
    // Perbup Tasikmalaya 51/2019 Lampiran II (000:484-1165), with each Kasi after its own Kabid.
    expect(standar!.jabatan).toEqual([
      'Kepala Dinas Komunikasi dan Informatika',
      'Sekretaris',
      'Kepala Sub Bagian Umum dan Kepegawaian',
      'Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan',
      'Kepala Bidang Diseminasi Informasi dan Statistik',
      'Kepala Seksi Pusat Layanan Informasi dan Publikasi',
      'Kepala Seksi Statistik dan Pengelolaan Data Sektoral',
      'Kepala Seksi Kemitraan Media dan Dokumentasi',
      'Kepala Bidang Telematika dan Persandian',
      'Kepala Seksi Aplikasi dan Database',
      'Kepala Seksi Infrastruktur Telematika',
    ]);
    expect(blocks(standar!, 'page-break')).toHaveLength(project.standar.length - 1);
    expect(blocks(standar!, 'title').map((t) => t.lines)).toEqual(project.standar.map(() => ['STANDAR KOMPETENSI JABATAN']));
    expect(blocks(standar!, 'title').map((t) => t.jabatan)).toEqual(standar!.jabatan);
  });

  it('without atasan, orders by tingkatan, never alphabetically across ranks', () => {
    const { project, ref, config } = loadFolder(KOMINFO);
    const strip = project.standar.map((d) => ({ ...d, data: { ...d.data, atasan: undefined, urutan: undefined } }));
    const flat = modelOf(KOMINFO, { project: { ...project, standar: strip }, ref, config }).doc.lampiran[1]!.jabatan;
    const tiers = flat.map((n) => project.standar.find((s) => s.data.nama === n)!.tingkatan!.kode);
    expect(tiers).toEqual([...tiers].sort());
  })

  it('takes every deskripsi and indikator from the kamus for the stated level, numbered 1–9 then teknis', () => {
    const tables = blocks(standar!, 'table').map((b) => b.table).filter((t) => t.header[0]?.[0]?.paras[0]?.text === 'Kompetensi');
    expect(tables).toHaveLength(project.standar.length);
    standar!.jabatan.forEach((nama, i) => {
      const s = project.standar.find((d) => d.data.nama === nama)!;
      const rows = tables[i]!.rows.filter((r) => !r.group);
      expect(rows).toHaveLength(s.rows.length);
      rows.forEach((r, n) => {
        const name = r.cells[0]!.paras[0]!;
        expect(name.label).toBe(`${n + 1}.`);
        const entry = ref.kamus.resolve(name.text)!;
        const level = Number(r.cells[1]!.paras[0]!.text);
        expect(s.rows.find((x) => x.entry === entry)?.level).toBe(level);
        expect(r.cells[2]!.paras.map((p) => p.text)).toEqual([entry.levels[level]!.deskripsi!.trim()]);
        expect(r.cells[3]!.paras).toEqual(entry.levels[level]!.indikator!.map((text, k) => ({ label: `${level}.${k + 1}.`, text: text.trim() })));
      });
      expect(rows.slice(0, 8).map((r) => ref.kamus.resolve(r.cells[0]!.paras[0]!.text)!.kode)).toEqual(['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08']);
      expect(tables[i]!.rows.filter((r) => r.group).map((r) => r.cells[0]!.paras[0]!.text)).toEqual(['A. Manajerial', 'B. Sosial Kultural', 'C. Teknis']);
    });
  });

  it('ticks each pelatihan and pengalaman item in the column of its kategori, and nothing else', () => {
    const tables = blocks(standar!, 'table').map((b) => b.table).filter((t) => t.header[0]?.[0]?.paras[0]?.text === 'Jenis Persyaratan');
    standar!.jabatan.forEach((nama, i) => {
      const p = project.standar.find((d) => d.data.nama === nama)!.data.persyaratan!;
      const items = [...(p.pelatihan?.manajerial ?? []), ...(p.pelatihan?.teknis ?? []), ...(p.pelatihan?.fungsional ?? []), ...(p.pengalaman_kerja ?? [])];
      const ticked = tables[i]!.rows.flatMap((r) => {
        const kolom = r.cells.slice(-3).map((c) => c.paras.map((x) => x.text).join(''));
        return kolom.some((k) => k === TICK) ? [['mutlak', 'penting', 'perlu'][kolom.indexOf(TICK)]] : [];
      });
      expect(ticked).toEqual(items.map((x) => x!.kategori));
    });
    const sekretaris = tables[standar!.jabatan.indexOf('Sekretaris')]!;
    expect(cellText(sekretaris, 0, 0)).toBe('A. Pendidikan');
    expect(cellText(sekretaris, 0, 2)).toBe('Minimal S1/D IV');
    expect(sekretaris.rows.find((r) => r.cells[0]!.paras[0]?.text === 'D. Pangkat')!.cells[1]!.paras[0]!.text).toBe('Minimal III/d, Penata Tk. I');
  });

  it('identifies each jabatan with kelompok, urusan and kode jabatan', () => {
    const kadis = blocks(standar!, 'fields')[0]!.fields;
    expect(kadis.map((f) => f.label)).toEqual(['Nama Jabatan', 'Kelompok Jabatan', 'Urusan Pemerintahan', 'Kode Jabatan']);
    expect(kadis.slice(0, 3).map((f) => f.value)).toEqual(['Kepala Dinas Komunikasi dan Informatika', 'Jabatan Pimpinan Tinggi', 'Komunikasi dan Informatika']);
    expect(blocks(standar!, 'heading').map((h) => h.text)).toContain('JABATAN PIMPINAN TINGGI PRATAMA');
  });

  it('kamus lampiran: the competencies the standards use, grouped A/B/C, each with its five levels', () => {
    const used = new Set(project.standar.flatMap((s) => s.rows.map((r) => r.entry!.kode)));
    const kodes = blocks(kamus!, 'fields').map((f) => f.fields[0]!.value);
    expect(new Set(kodes)).toEqual(used);
    expect(kodes.slice(0, 9)).toEqual(['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01']);
    const headings = blocks(kamus!, 'heading').map((h) => h.text);
    expect(headings.filter((h) => /^[A-C]\. /.test(h))).toEqual(['A. KOMPETENSI MANAJERIAL', 'B. KOMPETENSI SOSIAL KULTURAL', 'C. KOMPETENSI TEKNIS']);
    expect(headings).toContain('1. INTEGRITAS');
    const integritas = blocks(kamus!, 'table')[0]!.table;
    expect(integritas.header[0]!.map((c) => c.paras[0]!.text)).toEqual(['Level', 'Deskripsi', 'Indikator Perilaku']);
    expect(integritas.rows.map((r) => r.cells[0]!.paras[0]!.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(cellText(integritas, 0, 2).split('\n')[0]).toBe('1.1. Bertingkah laku sesuai dengan perkataan; berkata sesuai dengan fakta;');
    expect(config?.peraturan?.tanggal_ditetapkan).toBe('2019-03-20');
  });

  it('--kamus all prints every competency of the kamus', () => {
    const all = modelOf(KOMINFO, { kamus: 'semua' }).doc.lampiran[0]!;
    expect(blocks(all, 'fields').map((f) => f.fields[0]!.value)).toEqual(ref.kamus.entries.map((e) => e.kode));
  });
});

describe('render model of examples/purwakarta (Perbup Purwakarta 213/2020)', () => {
  const { doc, project } = modelOf(PURWAKARTA);

  it('has four standards lampiran I–IV, no kamus lampiran, each with a dated header, its own title and the signature', () => {
    expect(doc.lampiran.map((l) => [l.isi, l.nomor, l.jabatan])).toEqual([
      ['standar', 'I', ['Sekretaris Daerah']],
      ['standar', 'II', ['Jabatan Pimpinan Tinggi Pratama']],
      ['standar', 'III', ['Jabatan Administrator']],
      ['standar', 'IV', ['Jabatan Pengawas']],
    ]);
    for (const l of doc.lampiran) {
      const header = blocks(l, 'header')[0]!.fields;
      expect(header.map((f) => f.label)).toEqual([`LAMPIRAN ${l.nomor}`, 'NOMOR', 'TANGGAL', 'TENTANG']);
      expect(header[2]!.value).toBe('3 SEPTEMBER 2020');
      expect(l.blocks.at(-1)).toEqual({ kind: 'signature', jabatan: 'BUPATI PURWAKARTA,', nama: 'ANNE RATNA MUSTIKA' });
    }
    expect(doc.lampiran[0]!.blocks[1]).toEqual({ kind: 'title', lines: ['STANDAR KOMPETENSI', 'JABATAN PIMPINAN TINGGI PRATAMA SEKRETARIS DAERAH'] });
    expect(doc.unplaced).toEqual([]);
  });

  it('prints C. Teknis as the numbered list of names the regulation printed (17 for the Sekda, 19 for the others)', () => {
    const lists = doc.lampiran.map((l) => {
      const t = blocks(l, 'table').map((b) => b.table).find((x) => x.header[0]?.[0]?.paras[0]?.text === 'Kompetensi')!;
      const at = t.rows.findIndex((r) => r.group && r.cells[0]!.paras[0]!.text === 'C. Teknis');
      const list = t.rows[at + 1]!;
      expect(list.cells).toHaveLength(1);
      expect(list.cells[0]!.span).toBe(4);
      return list.cells[0]!.paras;
    });
    expect(lists.map((l) => l.length)).toEqual([17, 19, 19, 19]);
    expect(lists[0]![0]).toEqual({ label: '1.', text: 'memahami produk perundang-undangan di bidang pemerintahan, pembangunan, dan administrasi pemerintahan;' });
    expect(lists[1]![18]).toEqual({ label: '19.', text: 'Mampu berinovasi/membuat terobosan.' });
    expect(project.standar.every((s) => Array.isArray(s.data.kompetensi?.teknis))).toBe(true);
  });

  it('a kamus entry that defines only level 4 (Nilai Keistimewaan) prints that level only', () => {
    const { doc: withKamus } = modelOf(PURWAKARTA, { config: { ...loadFolder(PURWAKARTA).config, render: { lampiran: [{ isi: 'kamus', jenis: ['sosial_kultural'] }] } } });
    const tables = blocks(withKamus.lampiran[0]!, 'table').map((b) => b.table);
    expect(blocks(withKamus.lampiran[0]!, 'fields').map((f) => f.fields[0]!.value)).toEqual(['SK.01', 'SK.PWK.01']);
    expect(tables[1]!.rows.map((r) => r.cells[0]!.paras[0]!.text)).toEqual(['4']);
    expect(tables[0]!.rows).toHaveLength(5);
  });
});

describe('render configuration', () => {
  const { config } = loadFolder(KOMINFO);
  it('orders and numbers lampiran as configured, with an optional TANGGAL line', () => {
    const { doc } = modelOf(KOMINFO, { config: { ...config, render: { lampiran: [{ isi: 'standar', nomor: 3 }, { isi: 'kamus', nomor: 'IV', judul: 'Kamus' }], tanggal: true } } });
    expect(doc.lampiran.map((l) => [l.isi, l.nomor])).toEqual([['standar', 'III'], ['kamus', 'IV']]);
    const header = doc.lampiran[0]!.blocks[0] as Extract<Block, { kind: 'header' }>;
    expect(header.fields[0]!.label).toBe('LAMPIRAN III');
    expect(header.fields[2]).toEqual({ label: 'TANGGAL', value: '20 MARET 2019' });
    expect(header.fields.map((f) => f.label)).toEqual(['LAMPIRAN III', 'NOMOR', 'TANGGAL', 'TENTANG']);
    expect(doc.lampiran[1]!.blocks[1]).toEqual({ kind: 'title', lines: ['KAMUS'] });
  });

  it('selects each lampiran\'s standards by file, folder, glob or tingkatan, and names the ones no lampiran takes', () => {
    const render = (lampiran: object[]) => modelOf(KOMINFO, { config: { ...config, render: { lampiran } as never } }).doc;
    const d = render([
      { standar: 'standar/kepala-dinas-komunikasi-dan-informatika.yaml', judul: 'KEPALA DINAS', tanda_tangan: false },
      { tingkatan: ['administrator'], tanggal: true, tanda_tangan: { jabatan: 'Sekretaris Daerah', nama: 'Fulan' } },
      { standar: 'standar/kepala-seksi-*.yaml' },
    ]);
    expect(d.lampiran[0]!.jabatan).toEqual(['Kepala Dinas Komunikasi dan Informatika']);
    expect(d.lampiran[0]!.blocks.some((b) => b.kind === 'signature')).toBe(false);
    expect(d.lampiran[1]!.jabatan).toEqual(['Sekretaris', 'Kepala Bidang Diseminasi Informasi dan Statistik', 'Kepala Bidang Telematika dan Persandian']);
    expect(d.lampiran[1]!.blocks.at(-1)).toEqual({ kind: 'signature', jabatan: 'SEKRETARIS DAERAH,', nama: 'FULAN' });
    expect(d.lampiran[2]!.jabatan).toHaveLength(5);
    expect(d.unplaced).toEqual([expect.stringContaining('kepala-sub-bagian-umum'), expect.stringContaining('kepala-sub-bagian-perencanaan')]);
    expect(render([{ standar: 'standar/' }]).lampiran[0]!.jabatan).toHaveLength(11);
    expect(() => render([{ standar: 'standar/tidak-ada.yaml' }])).toThrow(/cli.render.lampiran-no-match/);
    expect(() => render([{ tingkatan: 'eselon-9' }])).toThrow(/cli.render.lampiran-tingkatan/);
  });

  it('puts the standards of urutan_standar first, the rest in the default order', () => {
    const first = ['standar/sekretaris.yaml', 'standar/kepala-seksi-aplikasi-dan-database.yaml'];
    const { doc } = modelOf(KOMINFO, { config: { ...config, render: { urutan_standar: first } } });
    expect(doc.lampiran[1]!.jabatan.slice(0, 2)).toEqual(['Sekretaris', 'Kepala Seksi Aplikasi dan Database']);
    expect(doc.lampiran[1]!.jabatan).toHaveLength(11);
    expect(() => modelOf(KOMINFO, { config: { ...config, render: { urutan_standar: ['standar/tidak-ada.yaml'] } } })).toThrow(/cli.render.unknown-standar/);
  });

  it('shows a kode usulan in display form, or hides it', () => {
    const { project, ref, files } = loadFolder(KOMINFO);
    const kadis = project.standar.find((s) => s.data.nama === 'Kepala Dinas Komunikasi dan Informatika')!;
    const withKode = { ...kadis, data: { ...kadis.data, kode: '103160000001' } };
    const model = (render: object) =>
      modelOf(KOMINFO, { project: { ...project, standar: [withKode] }, ref, only: new Set([files.standar[0]!.path, kadis.source.path]), config: { ...config, render } }).doc;
    const kode = (d: ReturnType<typeof model>) => (d.lampiran[1]!.blocks.find((b) => b.kind === 'fields') as Extract<Block, { kind: 'fields' }>).fields[3]!.value;
    expect(kode(model({}))).toBe('1.03.160000.001');
    expect(kode(model({ kode_usulan: 'sembunyi' }))).toBe('-');
  });

  it('dates the output from SOURCE_DATE_EPOCH when given', () => {
    expect(modelOf(PURWAKARTA, { sourceDateEpoch: 1700000000 }).doc.date).toBe(1700000000);
    expect(modelOf(PURWAKARTA).doc.date).toBe(Date.UTC(2020, 8, 3) / 1000);
  });

  it('keeps all 30 teknis competencies of the long fixture, numbered 10–39', () => {
    const { doc } = modelOf(LONG);
    const t = blocks(doc.lampiran[1]!, 'table').map((b) => b.table).find((x) => x.header[0]?.[0]?.paras[0]?.text === 'Kompetensi')!;
    const teknis = t.rows.filter((r) => !r.group).slice(9);
    expect(teknis).toHaveLength(30);
    expect(teknis.map((r) => r.cells[0]!.paras[0]!.label)).toEqual(Array.from({ length: 30 }, (_, i) => `${i + 10}.`));
  });
});
