// Issue 8: every example survives `skj render --format docx` → `skj import` of that .docx into a fresh
// folder. What the lampiran prints comes back: nama, tingkatan, urusan, kode, every competency with its
// level, the persyaratan with their kategori ticks, the kamus teknis with its level texts, and the order
// of the standards. What it does not print cannot come back (README, "skj import"): unit_kerja, atasan,
// urutan, kode_status, sumber, comments and skj-disable suppressions, and a local kamus entry's code
// and definisi when no kamus lampiran is printed (Purwakarta: given back with --kamus-prefix PWK).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KamusFile } from '../../src/model/kamus.js';
import type { StandarFile } from '../../src/model/standar.js';
import { textKey } from '../../src/text/normalize.js';
import { ROOT, skj } from '../support/cli.js';
import { differences, readStandards } from './compare.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((d) => existsSync(join(ROOT, 'examples', d, 'skj.yaml')));
/** Import options a user of that example would give: the code of a local kamus entry is not printed in the lampiran. */
const OPTIONS: Record<string, string[]> = { purwakarta: ['--kamus-prefix', 'PWK'] };

// Each example is rendered to Word and imported back: seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const byNama = (dir: string) => new Map([...readStandards(join(dir, 'standar'))].map(([file, s]) => [s.nama, { file, s }]));
const kamusOf = (dir: string): KamusFile['kompetensi'] =>
  existsSync(join(dir, 'kamus')) ? readdirSync(join(dir, 'kamus')).flatMap((f) => (parse(readFileSync(join(dir, 'kamus', f), 'utf8')) as KamusFile).kompetensi) : [];

describe.each(EXAMPLES)('examples/%s: render --format docx → import', (example) => {
  const original = join(ROOT, 'examples', example);
  let out = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), `skj-roundtrip-${example}-`));
    tmp.push(dir);
    const rendered = await skj(['render', original, '--format', 'docx', '--out', join(dir, 'lampiran.docx')]);
    expect(rendered.code, rendered.stderr).toBe(0);
    out = join(dir, 'proyek');
    const imported = await skj(['import', 'lampiran.docx', '--out', 'proyek', ...(OPTIONS[example] ?? [])], { cwd: dir });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
  });

  it('gives back every standard with the meaning of each printed field', () => {
    const before = byNama(original);
    const after = byNama(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const diffs = [...before].flatMap(([nama, { file, s }]) => differences(file, after.get(nama)!.s, s));
    expect(diffs).toEqual([]);
    // the codes come back as the 12 digits skj code wrote, not the printed display form
    for (const [nama, { s }] of before) expect(after.get(nama)!.s.kode).toBe(s.kode);
  });

  it('gives back the order of the lampiran through render.urutan_standar', async () => {
    const order = (dir: string, files: string[]) => files.map((f) => (parse(readFileSync(join(dir, f), 'utf8')) as StandarFile).nama);
    const config = parse(readFileSync(join(out, 'skj.yaml'), 'utf8')) as { render: { urutan_standar: string[] } };
    const printed = await skj(['render', original, '--format', 'md', '--out', join(out, '..', 'asli.md')]);
    expect(printed.code).toBe(0);
    const md = readFileSync(join(out, '..', 'asli.md'), 'utf8');
    const names = order(out, config.render.urutan_standar);
    const positions = names.map((n) => md.indexOf(`: ${n}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives back the agency kamus: each printed level with its deskripsi and indikator', () => {
    const after = new Map(kamusOf(out).map((k) => [k.nama, k]));
    for (const k of kamusOf(original)) {
      const got = after.get(k.nama);
      expect(got, k.nama).toBeDefined();
      expect(got!.kode).toBe(k.kode);
      const levels = got!.level as Record<string, { deskripsi?: string; indikator?: string[] } | undefined>;
      for (const [lv, teks] of Object.entries(k.level)) {
        const back = levels[lv];
        expect(back, `${k.kode} level ${lv}`).toBeDefined();
        expect(textKey(back!.deskripsi ?? '')).toBe(textKey(teks!.deskripsi ?? ''));
        expect((back!.indikator ?? []).map(textKey)).toEqual((teks!.indikator ?? []).map(textKey));
      }
    }
  });

  it('renders again with each indikator numbered once (the imported texts keep their printed numbers)', async () => {
    const again = await skj(['render', out, '--format', 'md', '--force', '--out', join(out, '..', 'lagi.md')]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(out, '..', 'lagi.md'), 'utf8')).not.toMatch(/\b\d\.\d\.\s+\d\.\d\b/);
  });
});
