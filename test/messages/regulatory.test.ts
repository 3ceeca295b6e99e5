// Regulatory corrections of issue 11, through the CLI in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, both, edit, project } from './project.js';
import { skj } from '../support/cli.js';

describe('official codes (kode_status: resmi)', () => {
  it('checks only the digits the regulation fixes, not skj\'s urusan scheme', async () => {
    // KemenPANRB numbered this post with its own urusan digits (Perwal Serang 103/2021 Lampiran V style).
    const text = edit(BASE, /^urusan: .*\n/m, 'urusan: "2.16"\nkode: "204010000001"\nkode_status: resmi\n');
    const dir = project({ 'standar/sekretaris.yaml': text });
    const { id, en } = await both(dir, ['validate']);
    expect(id.stdout).not.toContain('kode/mismatch');
    expect(en.stdout).not.toContain('kode/mismatch');
    expect((await skj(['code', '--check'], { cwd: dir })).stdout).not.toMatch(/tidak sesuai dengan tingkatan/);
  });

  it('still reports a wrong kelompok digit on an official code', async () => {
    const text = edit(BASE, /^urusan: .*\n/m, 'urusan: "2.16"\nkode: "104010000001"\nkode_status: resmi\n');
    const { id, en } = await both(project({ 'standar/sekretaris.yaml': text }), ['validate']);
    expect(id.stdout).toMatch(/Digit kelompok kode «104010000001» adalah 1.*kode\/mismatch/);
    expect(en.stdout).toMatch(/The kelompok digit of code «104010000001» is 1.*kode\/mismatch/);
  });

  it('skj.yaml replaces the two urusan digits of skj\'s default scheme', async () => {
    const dir = project({
      // Swapping two urusan's digits: each keeps its own.
      'skj.yaml': 'instansi: Uji\nurusan:\n  - kode: "2.16"\n    digit: "01"\n  - kode: "1.01"\n    digit: "16"\n',
      'standar/sekretaris.yaml': BASE,
    });
    const r = await skj(['code'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1764115200' } });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'standar/sekretaris.yaml'), 'utf8')).toContain('kode: "204010000001"');
    const { id, en } = await both(dir, ['validate']);
    expect(id.code).toBe(0);
    expect(en.code).toBe(0);
  });

  it('a digit scheme that gives two urusan the same digits is refused, located', async () => {
    const dir = project({ 'skj.yaml': 'urusan:\n  - kode: "2.16"\n    digit: "01"\n', 'standar/a.yaml': BASE });
    const { id, en } = await both(dir, ['validate']);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/skj\.yaml:3:\d+: urusan 2\.16 dan 1\.01 sama-sama berdigit "01"/);
    expect(en.stderr).toMatch(/skj\.yaml:3:\d+: urusan 2\.16 and 1\.01 both have digits "01"/);
  });
});

describe('unverified floors', () => {
  it('a JPT Madya level below the unverified floor is a warning that says so', async () => {
    const text = edit(edit(BASE, 'tingkatan: administrator', 'tingkatan: jpt-madya'), /pangkat: .*\n/, 'pangkat: IV/c\n');
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toMatch(/peringatan\s+M\.01 Integritas pada level 3, di bawah level minimal 5 untuk Jabatan Pimpinan Tinggi Madya, tetapi angka minimal ini belum diverifikasi/);
    expect(en.stdout).toMatch(/warning\s+M\.01 Integritas is at level 3, below the minimum level 5 for Jabatan Pimpinan Tinggi Madya, but this minimum is not verified/);
    expect(id.stdout).not.toMatch(/galat\s+M\.0\d/);
  });

  it('JF Terampil: only M.08 is uncertain; the others stay errors', async () => {
    const text = edit(edit(edit(BASE, 'tingkatan: administrator', 'tingkatan: terampil'), '    M.08: 3', '    M.08: 0'), '    M.01: 3', '    M.01: 1');
    const r = await skj(['validate', '--format', 'json'], { cwd: project({ 'standar/a.yaml': text }) });
    const d = JSON.parse(r.stdout).diagnostics.filter((x: { rule: string }) => x.rule === 'kompetensi/below-floor');
    expect(d.map((x: { severity: string }) => x.severity)).toEqual(['error']);
  });
});

describe('kamus wording', () => {
  it('M.01 level 1 indikator 2 is the national wording in rendered text', async () => {
    const text = edit(BASE, 'tingkatan: administrator', 'tingkatan: pelaksana');
    const dir = project({ 'standar/a.yaml': text });
    const r = await skj(['render', '--format', 'md', '--kamus', 'all', '--force', '--out', 'out.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('kode etik organisasi dalam lingkungan kerja sehari-hari, pada tataran individu/pribadi;');
  });
});

describe('citations', () => {
  it('pangkat-tier cites the customary eselon table, in the user\'s language', async () => {
    const text = edit(BASE, /pangkat: .*\n/, 'pangkat: II/a\n');
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toMatch(/Pangkat II\/a di luar rentang lazim untuk Jabatan Administrator \(III\/c–III\/d; dasar lazim: tabel eselon PP 100\/2000 jo\. PP 13\/2002/);
    expect(en.stdout).toMatch(/Pangkat II\/a is outside the usual range for Jabatan Administrator \(III\/c–III\/d; customary basis: the eselon table of PP 100\/2000 jo\. PP 13\/2002/);
    expect(id.stdout + en.stdout).not.toMatch(/PP 11\/2017 jo\. PP 17\/2020/);
  });

  it('JPT Madya IV/d is one rank above the usual range', async () => {
    const text = edit(edit(BASE, 'tingkatan: administrator', 'tingkatan: jpt-madya'), /pangkat: .*\n/, 'pangkat: IV/d\n');
    const { id } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toMatch(/Pangkat IV\/d di luar rentang lazim untuk Jabatan Pimpinan Tinggi Madya \(IV\/b–IV\/c;/);
  });

  it('leadership training is mutlak "apabila dipersyaratkan", and skj.yaml can say it is not', async () => {
    const text = edit(BASE, /kategori: mutlak/, 'kategori: penting');
    const { id, en } = await both(project({ 'standar/a.yaml': text }), ['validate']);
    expect(id.stdout).toMatch(/berkategori mutlak apabila dipersyaratkan peraturan perundang-undangan bagi Jabatan Administrator \(Perwal Serang 103\/2021, Lampiran I\)/);
    expect(en.stdout).toMatch(/is kategori mutlak when a regulation requires it of Jabatan Administrator/);
    const off = project({ 'skj.yaml': 'pelatihan_kepemimpinan: tidak-dipersyaratkan\n', 'standar/a.yaml': text });
    expect((await skj(['validate'], { cwd: off })).stdout).not.toContain('persyaratan/pelatihan-kepemimpinan');
  });
});
