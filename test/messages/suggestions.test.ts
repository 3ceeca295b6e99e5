// Issue 11 item 4: suggestions that lead the user right, through the CLI in both languages.
import { describe, expect, it } from 'vitest';
import { BASE, KAMUS_TEKNIS, both, edit, project } from './project.js';
import { skj } from '../support/cli.js';

const withTingkatan = (value: string) => edit(BASE, /^tingkatan: .*\n/m, `tingkatan: ${JSON.stringify(value)}\n`);

/** The digits `skj code` proposes (K TT UUUUUU NNN, dotted), or undefined when it proposes none. */
async function proposedCode(text: string): Promise<string | undefined> {
  const r = await skj(['code', '--dry-run'], { cwd: project({ 'standar/a.yaml': text }) });
  return /→ (\d\.\d\d\.\d{6}\.\d{3})/.exec(r.stdout)?.[1];
}

describe('tingkatan written as a former eselon (UU 5/2014 Pasal 131)', () => {
  const cases: [string, string, string][] = [
    ['Eselon 2', 'jpt-pratama', '1.03'],
    ['eselon II.b', 'jpt-pratama', '1.03'],
    ['Eselon 3', 'administrator', '2.04'],
    ['Es. III', 'administrator', '2.04'],
    ['eselon iii/b', 'administrator', '2.04'],
    ['Eselon 4', 'pengawas', '2.05'],
    ['Eselon IV', 'pengawas', '2.05'],
    ['Eselon IV.a', 'pengawas', '2.05'],
    ['Eselon IVa', 'pengawas', '2.05'],
    ['Eselon 4 b', 'pengawas', '2.05'],
    ['Eselon I.b', 'jpt-madya', '1.02'],
    ['Eselon 5', 'pelaksana', '2.06'],
  ];
  it.each(cases)('«%s» is read as %s and gets its digits in the job code', async (value, _id, digits) => {
    const text = withTingkatan(value);
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    for (const r of [id, en]) expect(r.stdout).not.toContain('tingkatan/unknown');
    expect(await proposedCode(text)).toMatch(new RegExp(`^${digits.replace('.', '\\.')}\\.`));
  });

  it.each(['Eselon 1', 'Eselon I', 'Eselon I.a', 'eselon ia'])('«%s» names both JPT Utama and JPT Madya, never one', async (value) => {
    const text = withTingkatan(value);
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.code).toBe(1);
    expect(id.stdout).toMatch(/tidak dikenal: eselon I(\.a)? setara dengan «jpt-utama» \(Jabatan Pimpinan Tinggi Utama\) atau «jpt-madya» \(Jabatan Pimpinan Tinggi Madya\) \(UU 5\/2014 Pasal 131/);
    expect(id.stdout).toMatch(/kepala lembaga pemerintah nonkementerian setara dengan JPT Utama/);
    expect(en.stdout).toMatch(/eselon I(\.a)? is equivalent to «jpt-utama» \(Jabatan Pimpinan Tinggi Utama\) or «jpt-madya» \(Jabatan Pimpinan Tinggi Madya\) \(UU 5\/2014 Article 131/);
    expect(en.stdout).toMatch(/heads of non-ministerial government agencies are JPT Utama/);
    expect(id.stdout).not.toMatch(/mungkin maksudnya/);
    expect(await proposedCode(text)).toBeUndefined();
  });

  it('a bare «IV.a» (no word "eselon") is suggested as pengawas, not accepted', async () => {
    const { id, en } = await both(project({ 'standar/a.yaml': withTingkatan('IV.a') }), ['validate']);
    expect(id.stdout).toContain('Tingkatan «IV.a» tidak dikenal; mungkin maksudnya «pengawas» (Jabatan Pengawas)?');
    expect(en.stdout).toContain('Unknown tingkatan «IV.a»; did you mean «pengawas» (Jabatan Pengawas)?');
  });

  it('a misspelt tier still gets its suggestion', async () => {
    const { id, en } = await both(project({ 'standar/a.yaml': withTingkatan('Adminstrator') }), ['validate']);
    expect(id.stdout).toContain('mungkin maksudnya «administrator» (Jabatan Administrator)?');
    expect(en.stdout).toContain('did you mean «administrator» (Jabatan Administrator)?');
  });

  it('skj new and skj kamus --tingkatan take the eselon too, and name both tiers of eselon I', async () => {
    const dir = project({});
    for (const lang of [[], ['--lang', 'en']]) {
      const ok = await skj([...lang, 'kamus', '--tingkatan', 'Eselon 4'], { cwd: dir });
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('Jabatan Pengawas');
    }
    const { id, en } = await both(dir, ['new', '--tingkatan', 'Eselon I', '--nama', 'Sekretaris Daerah']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('(mungkin «jpt-utama» atau «jpt-madya»?)');
    expect(en.stderr).toContain('(perhaps «jpt-utama» or «jpt-madya»?)');
    // Nothing near: no empty "(mungkin -?)".
    const none = await both(dir, ['kamus', 'T.09']);
    expect(none.id.stderr).toContain('Kompetensi «T.09» tidak ada dalam kamus. Daftar kompetensi');
    expect(none.en.stderr).toContain('Competency «T.09» is not in the kamus. List of competencies');
  });
});

describe('competency suggestions', () => {
  const teknis = (key: string) => edit(BASE, '    T.04: 3', `    T.04: 3\n    ${key}: 3`);

  it('a teknis code the kamus lacks is not read as the manajerial code one letter away', async () => {
    // The project kamus without T.03: the row T.03 under teknis.
    const kamus = edit(KAMUS_TEKNIS, /  - kode: "T\.03"[\s\S]*?(?=  - kode: "T\.04")/, '');
    const text = edit(BASE, /    T\.03: 3.*\n/, '').replace('    T.04: 3', '    T.04: 3\n    T.03: 3');
    const { id, en } = await both(project({ 'kamus/teknis.yaml': kamus, 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toContain('Kompetensi «T.03» tidak ada di kamus mana pun.');
    expect(en.stdout).toContain('Competency «T.03» is in no kamus.');
    for (const r of [id, en]) expect(r.stdout).not.toContain('M.03');
  });

  it('a code written differently is suggested as itself', async () => {
    const { id, en } = await both(project({ 'standar/a.yaml': teknis('t5') }), ['validate']);
    expect(id.stdout).toContain('Kompetensi «t5» tidak ada di kamus; mungkin maksudnya T.05 Diseminasi Informasi dan Statistik?');
    expect(en.stdout).toContain('Competency «t5» is in no kamus; did you mean T.05 Diseminasi Informasi dan Statistik?');
  });

  it('stays within the group: a manajerial name under teknis is not suggested', async () => {
    const { id, en } = await both(project({ 'standar/a.yaml': teknis('Integritass') }), ['validate']);
    expect(id.stdout).toContain('Kompetensi «Integritass» tidak ada di kamus mana pun.');
    for (const r of [id, en]) expect(r.stdout).not.toMatch(/M\.01 Integritas\?/);
  });

  it('matches the first words of a name: Surveilans → Surveilans Epidemiologi', async () => {
    const kamus = edit(KAMUS_TEKNIS, /nama: Telematika dan persandian/, 'nama: Surveilans Epidemiologi');
    const { id, en } = await both(project({ 'kamus/teknis.yaml': kamus, 'standar/a.yaml': teknis('Surveilans') }), ['validate']);
    expect(id.stdout).toContain('Kompetensi «Surveilans» tidak ada di kamus; mungkin maksudnya T.06 Surveilans Epidemiologi?');
    expect(en.stdout).toContain('Competency «Surveilans» is in no kamus; did you mean T.06 Surveilans Epidemiologi?');
  });

  it('offers at most three, the closest first', async () => {
    let kamus = KAMUS_TEKNIS;
    const names: [string, string][] = [
      ['Telematika dan persandian', 'Surveilans Kesehatan Kerja'],
      ['Diseminasi Informasi dan Statistik', 'Surveilans Gizi'],
      ['Pengelolaan Keuangan Daerah', 'Surveilans Epidemiologi'],
      ['Penyusunan Perencanaan Daerah', 'Surveilans Penyakit'],
    ];
    for (const [from, to] of names) kamus = edit(kamus, `nama: ${from}`, `nama: ${to}`);
    const text = edit(BASE, /    T\.0[24]: 3.*\n/g, '').replace('    T.03: 3', '    T.03: 3\n    Surveilans: 3');
    const { id, en } = await both(project({ 'kamus/teknis.yaml': kamus, 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toContain('mungkin maksudnya T.02 Surveilans Penyakit, T.04 Surveilans Epidemiologi, atau T.05 Surveilans Gizi?');
    expect(en.stdout).toContain('did you mean T.02 Surveilans Penyakit, T.04 Surveilans Epidemiologi, or T.05 Surveilans Gizi?');
  });

  it.each([['2.Kerjasama'], ['Kerja sama'], ['M.02 - Kerjasama']])('ignores numbering, spacing and case noise: «%s» → M.02 Kerjasama', async (key) => {
    const text = edit(BASE, '    M.02: 3', `    ${key}: 3`);
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toContain(`Kompetensi «${key}» tidak ada di kamus; mungkin maksudnya M.02 Kerjasama?`);
    expect(en.stdout).toContain(`Competency «${key}» is in no kamus; did you mean M.02 Kerjasama?`);
    // Reported once: not also as a missing M.02.
    for (const r of [id, en]) expect(r.stdout).not.toContain('kompetensi/missing');
  });
});

describe('urusan and other suggestions use the same matcher', () => {
  it('an urusan name by its first word offers every urusan it starts', async () => {
    const text = edit(BASE, /^urusan: .*\n/m, 'urusan: Pemberdayaan\n');
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    // The shorter name first: fewer words the user did not write.
    expect(id.stdout).toContain('Urusan «Pemberdayaan» tidak dikenal; mungkin maksudnya "2.13" (Pemberdayaan Masyarakat dan Desa) atau "2.08" (Pemberdayaan Perempuan dan Pelindungan Anak)?');
    expect(en.stdout).toContain('Unknown urusan «Pemberdayaan»; did you mean "2.13" (Pemberdayaan Masyarakat dan Desa) or "2.08" (Pemberdayaan Perempuan dan Pelindungan Anak)?');
  });

  it('a misspelt urusan keeps its single suggestion', async () => {
    const text = edit(BASE, /^urusan: .*\n/m, 'urusan: Komunikasi dan Informatka\n');
    const { id } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toContain('Urusan «Komunikasi dan Informatka» tidak dikenal; mungkin maksudnya "2.16" (Komunikasi dan Informatika)?');
  });

  it('skj.yaml: an unknown rule id gets its suggestion, and no empty one when nothing is near', async () => {
    const near = await both(project({ 'skj.yaml': 'aturan:\n  below-floor: warning\n' }), ['validate']);
    expect(near.id.stderr).toContain('aturan «below-floor» tidak dikenal (mungkin «kompetensi/below-floor»?)');
    expect(near.en.stderr).toContain('unknown rule «below-floor» (perhaps «kompetensi/below-floor»?)');
    const none = await both(project({ 'skj.yaml': 'aturan:\n  zzz: off\n' }), ['validate']);
    expect(none.id.stderr).toContain('aturan «zzz» tidak dikenal. Daftar aturan ada di README.');
    expect(none.en.stderr).toContain('unknown rule «zzz». The README lists the rules.');
  });

  it('skj explain finds a rule by the words of its name', async () => {
    const { id, en } = await both(project({}), ['explain', 'below-floor']);
    expect(id.stderr).toContain('mungkin maksudnya «kompetensi/below-floor»?');
    expect(en.stderr).toContain('did you mean «kompetensi/below-floor»?');
  });
});
