// skj new: a standard at the tier's floors that validates with only "to be filled" warnings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledData } from '../../src/reference/bundled.js';
import { snapshot } from '../code/helpers.js';
import { ROOT, skj, validateJson } from '../support/cli.js';
import { scripted, tempDir } from './helpers.js';

const TIERS = bundledData().tingkatan.tingkatan;

async function project(): Promise<string> {
  const dir = tempDir('new');
  expect((await skj(['init', '--yes'], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('skj new', () => {
  it('writes, for each of the 14 tiers, a standard that validates with placeholder warnings only', async () => {
    const dir = await project();
    for (const t of TIERS) {
      const r = await skj(['new', '--tingkatan', t.id, '--nama', `Jabatan ${t.nama}`, '--urusan', '1.02', '--unit', 'Dinas Kesehatan'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    const { code, report } = await validateJson([], { cwd: dir });
    expect(code).toBe(0);
    expect(report.files).toBe(15);
    expect(report.errors).toBe(0);
    expect(new Set(report.diagnostics.map((d) => d.rule))).toEqual(new Set(['standar/placeholder']));

    for (const t of TIERS) {
      const file = join(dir, 'standar', `jabatan-${t.nama.toLowerCase().replace(/ /g, '-')}.yaml`);
      const data = parse(readFileSync(file, 'utf8'));
      // every manajerial and sosial kultural competency at the floor
      expect({ ...data.kompetensi.manajerial, ...data.kompetensi.sosial_kultural }).toEqual(t.standar_minimal.level);
      expect(data.tingkatan).toBe(t.id);
      expect(data.urusan).toBe('1.02');
      expect(data.kode).toBeUndefined();
      // the usual pangkat, and the leadership training of a structural post, mutlak
      expect(data.persyaratan.pangkat).toMatch(new RegExp(`^${t.pangkat!.min.replace('/', '\\/')}, `));
      const training = bundledData().pelatihan.pelatihan.find((p) => p.kode === t.pelatihan_kepemimpinan);
      if (t.struktural) expect(data.persyaratan.pelatihan.manajerial).toEqual([{ nama: training!.nama, kategori: 'mutlak' }]);
      else expect(data.persyaratan.pelatihan.manajerial).toEqual([]);
    }
  });

  it('renders the lampiran of a fresh project', async () => {
    const dir = await project();
    await skj(['new', '--tingkatan', 'pengawas', '--nama', 'Kepala Seksi Pelayanan Kesehatan', '--urusan', 'kesehatan'], { cwd: dir });
    const r = await skj(['render', '--format', 'md', '--out', 'lampiran.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'lampiran.md'), 'utf8')).toContain('Kepala Seksi Pelayanan Kesehatan');
  });

  it('names the file after the nama, never overwriting one', async () => {
    const dir = await project();
    const args = ['new', '--tingkatan', 'Eselon IV', '--nama', 'Kepala Seksi Pelayanan Kesehatan (Rujukan)'];
    expect((await skj(args, { cwd: dir })).stdout).toContain('standar/kepala-seksi-pelayanan-kesehatan-rujukan.yaml');
    expect((await skj(args, { cwd: dir })).stdout).toContain('standar/kepala-seksi-pelayanan-kesehatan-rujukan-2.yaml');
    const { report } = await validateJson([], { cwd: dir });
    // the same nama twice is reported, as for any two standards
    expect(report.diagnostics.some((d) => d.rule === 'standar/duplicate-nama')).toBe(true);
  });

  it('an urusan left out is a placeholder too', async () => {
    const dir = await project();
    await skj(['new', '-t', 'administrator', '-n', 'Sekretaris'], { cwd: dir });
    const { report } = await validateJson([], { cwd: dir });
    expect(report.errors).toBe(0);
    expect(report.diagnostics.some((d) => d.file === 'standar/sekretaris.yaml' && d.line === 6 && d.rule === 'standar/placeholder')).toBe(true);
  });

  it('--from copies another standard with its comments, without its code', async () => {
    const dir = await project();
    const from = join(ROOT, 'examples/kominfo-tasikmalaya/standar/sekretaris.yaml');
    const r = await skj(['new', '--from', from, '--nama', 'Sekretaris Dinas Kesehatan', '--urusan', '1.02'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'standar/sekretaris-dinas-kesehatan.yaml'), 'utf8');
    const data = parse(text);
    const original = parse(readFileSync(from, 'utf8'));
    expect(data).toEqual({ ...original, kode: undefined, sumber: undefined, nama: 'Sekretaris Dinas Kesehatan', urusan: '1.02' } as unknown);
    expect(text).toContain('# Standar Kompetensi Jabatan: Sekretaris');
    expect(text).toMatch(/urusan: "1.02"/);
  });

  it('asks on a terminal, and explains what is missing elsewhere', async () => {
    const dir = await project();
    const prompt = scripted(['ahli-muda', 'Epidemiolog Kesehatan Ahli Muda', 'Kesehatan', '']);
    const r = await skj(['new'], { cwd: dir, prompt });
    expect(r.code, r.stderr).toBe(0);
    expect(prompt.asked).toHaveLength(4);
    const data = parse(readFileSync(join(dir, 'standar/epidemiolog-kesehatan-ahli-muda.yaml'), 'utf8'));
    expect(data).toMatchObject({ tingkatan: 'ahli-muda', urusan: '1.02' });
    expect(data.unit_kerja).toBeUndefined();

    const before = snapshot(dir);
    const missing = await skj(['new', '--nama', 'X'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--tingkatan');
    const typo = await skj(['new', '--tingkatan', 'pengawass', '--nama', 'X'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('pengawas');
    const urusan = await skj(['new', '--tingkatan', 'pengawas', '--nama', 'X', '--urusan', 'kesehatann'], { cwd: dir, env: { SKJ_LANG: 'en' } });
    expect(urusan.code).toBe(2);
    expect(urusan.stderr).toContain('1.02 Kesehatan');
    expect(snapshot(dir)).toEqual(before);
    const outside = await skj(['new', '-t', 'pengawas', '-n', 'X'], { cwd: tempDir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('skj init');
  });

  it('keeps placeholders from hiding real mistakes', async () => {
    const dir = await project();
    await skj(['new', '-t', 'pengawas', '-n', 'Kepala Seksi A', '--urusan', '1.02'], { cwd: dir });
    const file = join(dir, 'standar/kepala-seksi-a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('M.04: 2', 'M.04: 1'));
    const { code, report } = await validateJson([], { cwd: dir });
    expect(code).toBe(1);
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['kompetensi/below-floor']);
  });
});
