// `skj code` end to end, in-process, on temp copies of test/fixtures/code-basic.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, read, skj, snapshot, TODAY } from './helpers.js';

const kodeOf = (dir: string, path: string) => (parse(read(dir, path)) as { kode?: string }).kode;
const registryOf = (dir: string) => parse(read(dir, 'kode.lock.yaml')) as { version: number; kode: Record<string, { berkas: string; nama: string; status: string; tanggal: string; pensiun?: string; pengganti?: string }> };

describe('skj code', () => {
  it('assigns the next free number per group in (group, path) order and records every code', async () => {
    const dir = copyFixture('code-basic');
    const r = await skj(dir, ['code']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(kodeOf(dir, 'standar/kepala-dinas.yaml')).toBe('103160000001');
    expect(kodeOf(dir, 'standar/sekretaris.yaml')).toBe('204160000001');
    // sub-urusan digits from skj.yaml
    expect(kodeOf(dir, 'standar/bidang/kepala-bidang-aplikasi.yaml')).toBe('204160100001');
    // path order inside a group; 007 is taken by the official code
    expect(kodeOf(dir, 'standar/bidang/kepala-seksi-a.yaml')).toBe('205160000001');
    expect(kodeOf(dir, 'standar/bidang/kepala-seksi-b.yaml')).toBe('205160000002');
    // existing codes untouched, display form kept as written
    expect(kodeOf(dir, 'standar/pranata-komputer.yaml')).toBe('3.10.160000.005');
    expect(read(dir, 'standar/kepala-seksi-resmi.yaml')).toBe(read(FIXTURES, 'code-basic/standar/kepala-seksi-resmi.yaml'));
    const reg = registryOf(dir);
    expect(reg.version).toBe(1);
    expect(Object.keys(reg.kode)).toEqual(['103160000001', '204160000001', '204160100001', '205160000001', '205160000002', '205160000007', '310160000005']);
    expect(reg.kode['310160000005']).toEqual({ berkas: 'standar/pranata-komputer.yaml', nama: 'Pranata Komputer Ahli Pertama', status: 'aktif', tanggal: TODAY });
    expect(r.stdout).toContain('standar/bidang/kepala-seksi-a.yaml: Kepala Seksi A → 2.05.160000.001');
  });

  it('a second run changes nothing and --check passes', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const before = snapshot(dir);
    const again = await skj(dir, ['code']);
    expect(again.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(again.stdout).toContain('Tidak ada yang berubah');
    const check = await skj(dir, ['code', '--check']);
    expect(check.code).toBe(0);
  });

  it('--dry-run prints the plan and writes nothing; --check fails on missing codes', async () => {
    const dir = copyFixture('code-basic');
    const before = snapshot(dir);
    const dry = await skj(dir, ['code', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('standar/sekretaris.yaml: Sekretaris → 2.04.160000.001');
    expect(snapshot(dir)).toEqual(before);
    const check = await skj(dir, ['code', '--check', '--format', 'json', '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    const out = JSON.parse(check.stdout);
    expect(out).toMatchObject({ version: 1, mode: 'check', ok: false });
    expect(out.assignments).toHaveLength(5);
    expect(out.assignments[0]).toEqual({ file: 'standar/bidang/kepala-bidang-aplikasi.yaml', nama: 'Kepala Bidang Aplikasi Informatika', kode: '204160100001', display: '2.04.160100.001', reason: 'baru' });
  });

  it('--check without a registry only checks the files (codes typed by hand or given by KemenPANRB)', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    rmSync(join(dir, 'kode.lock.yaml'));
    expect((await skj(dir, ['code', '--check'])).code).toBe(0);
  });

  it('retires the code of a deleted standard and never issues it again', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    rmSync(join(dir, 'standar/bidang/kepala-seksi-b.yaml'));
    const check = await skj(dir, ['code', '--check']);
    expect(check.code).toBe(1);
    const r = await skj(dir, ['code'], { SOURCE_DATE_EPOCH: String(1764115200 + 86400) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('mempensiunkan 2.05.160000.002');
    expect(registryOf(dir).kode['205160000002']).toEqual({ berkas: 'standar/bidang/kepala-seksi-b.yaml', nama: 'Kepala Seksi B', status: 'pensiun', tanggal: TODAY, pensiun: '2025-11-27' });
    // a new standard at the same path gets a new number, not the retired one
    writeFileSync(join(dir, 'standar/bidang/kepala-seksi-b.yaml'), 'nama: Kepala Seksi B\ntingkatan: pengawas\nurusan: "2.16"\n');
    await skj(dir, ['code']);
    expect(kodeOf(dir, 'standar/bidang/kepala-seksi-b.yaml')).toBe('205160000003');
  });

  it('reports a code that disagrees with its tingkatan and leaves it until --reassign', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const path = 'standar/sekretaris.yaml';
    writeFileSync(join(dir, path), read(dir, path).replace('tingkatan: administrator', 'tingkatan: pengawas'));
    const before = snapshot(dir);
    const r = await skj(dir, ['code']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: kode «204160000001» tidak sesuai`);
    expect(snapshot(dir)).toEqual(before);

    const re = await skj(dir, ['code', '--reassign', path]);
    expect(re.code).toBe(0);
    expect(kodeOf(dir, path)).toBe('205160000003');
    const reg = registryOf(dir);
    expect(reg.kode['204160000001']).toMatchObject({ status: 'pensiun', pensiun: TODAY, pengganti: '205160000003' });
    expect(reg.kode['205160000003']).toMatchObject({ berkas: path, status: 'aktif' });
    expect((await skj(dir, ['code', '--check'])).code).toBe(0);
  });

  it('never touches an official code, even with --reassign', async () => {
    const dir = copyFixture('code-basic');
    const path = 'standar/kepala-seksi-resmi.yaml';
    const text = read(dir, path);
    const r = await skj(dir, ['code', '--reassign', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('berstatus resmi');
    expect(read(dir, path)).toBe(text);
  });

  it('follows a renamed file and a renamed jabatan without changing the code', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const text = read(dir, 'standar/sekretaris.yaml').replace('nama: Sekretaris', 'nama: Sekretaris Dinas');
    rmSync(join(dir, 'standar/sekretaris.yaml'));
    writeFileSync(join(dir, 'standar/sekretaris-dinas.yaml'), text);
    expect((await skj(dir, ['code', '--check'])).code).toBe(1);
    const r = await skj(dir, ['code']);
    expect(r.stdout).toContain('memperbarui 2.04.160000.001');
    expect(kodeOf(dir, 'standar/sekretaris-dinas.yaml')).toBe('204160000001');
    expect(registryOf(dir).kode['204160000001']).toMatchObject({ berkas: 'standar/sekretaris-dinas.yaml', nama: 'Sekretaris Dinas', status: 'aktif' });
  });

  it('restores the registered code when someone deletes the kode line', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const path = 'standar/kepala-dinas.yaml';
    const coded = read(dir, path);
    writeFileSync(join(dir, path), coded.replace('kode: "103160000001"\n', ''));
    const r = await skj(dir, ['code']);
    expect(r.stdout).toContain('dipulihkan');
    expect(read(dir, path)).toBe(coded);
  });

  it('a copied standard keeps its duplicate code reported until the copy is reassigned', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    writeFileSync(join(dir, 'standar/sekretaris-copy.yaml'), read(dir, 'standar/sekretaris.yaml'));
    const r = await skj(dir, ['code']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('standar/sekretaris-copy.yaml: kode «204160000001» terdaftar untuk standar/sekretaris.yaml, jadi berkas ini salinannya');
    expect(r.stdout).not.toContain('standar/sekretaris.yaml: kode');
    await skj(dir, ['code', '--reassign', 'standar/sekretaris-copy.yaml']);
    expect(kodeOf(dir, 'standar/sekretaris-copy.yaml')).toBe('204160000002');
    expect(kodeOf(dir, 'standar/sekretaris.yaml')).toBe('204160000001');
    expect(registryOf(dir).kode['204160000001']).toMatchObject({ berkas: 'standar/sekretaris.yaml', status: 'aktif' });
    expect((await skj(dir, ['code', '--check'])).code).toBe(0);
  });

  it('on PATHs writes only the named files', async () => {
    const dir = copyFixture('code-basic');
    const r = await skj(dir, ['code', 'standar/sekretaris.yaml']);
    expect(r.code).toBe(0);
    expect(kodeOf(dir, 'standar/sekretaris.yaml')).toBe('204160000001');
    expect(kodeOf(dir, 'standar/kepala-dinas.yaml')).toBeUndefined();
  });

  it('a full group is a clear error naming the group', async () => {
    const dir = copyFixture('code-basic');
    const kode: Record<string, unknown> = {};
    for (let n = 1; n <= 999; n++) kode[`103160000${String(n).padStart(3, '0')}`] = { berkas: `standar/lama-${n}.yaml`, nama: 'Lama', status: 'pensiun', tanggal: '2020-01-01', pensiun: '2021-01-01' };
    writeFileSync(join(dir, 'kode.lock.yaml'), JSON.stringify({ version: 1, kode }));
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('standar/kepala-dinas.yaml: group 1.03.160000 is full: all 999 sequence numbers have been used');
    expect(kodeOf(dir, 'standar/kepala-dinas.yaml')).toBeUndefined();
    expect(kodeOf(dir, 'standar/sekretaris.yaml')).toBe('204160000001');
  });

  it('usage errors exit 2 with one line and no stack', async () => {
    const dir = copyFixture('code-basic');
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['code', '--reassign'], {}, /--reassign memerlukan/],
      [['code', '--check', '--reassign', 'standar/sekretaris.yaml'], {}, /--check/],
      [['code', '--format', 'xml'], {}, /xml/],
      [['code'], { SOURCE_DATE_EPOCH: 'kemarin' }, /SOURCE_DATE_EPOCH/],
    ];
    for (const [argv, env, re] of cases) {
      const r = await skj(dir, argv, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    writeFileSync(join(dir, 'kode.lock.yaml'), 'version: 1\nkode:\n  "12345": {}\n');
    const bad = await skj(dir, ['code']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^skj: kode\.lock\.yaml:3:3: registri kode tidak sah/);
    const loose = copyFixture('code-basic');
    rmSync(join(loose, 'skj.yaml'));
    const r = await skj(loose, ['code', 'standar/sekretaris.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('skj code memerlukan proyek');
    // A folder outside any project is refused by name, in one line, however many files it holds.
    const all = await skj(loose, ['code', 'standar']);
    expect(all.code).toBe(2);
    expect(all.stderr).toBe('skj: skj code memerlukan proyek (skj.yaml) untuk menyimpan registri kode, tetapi standar tidak berada di dalam proyek.\n');
  });
});

describe('skj validate with a kode registry', () => {
  const kodeDiagnostics = async (dir: string) => {
    const r = await skj(dir, ['validate', '--format', 'json']);
    return (JSON.parse(r.stdout).diagnostics as { file: string; rule: string; message: string }[]).filter((d) => d.rule === 'kode/unregistered' || d.rule === 'kode/retired');
  };

  it('needs no registry: codes typed by hand are valid', async () => {
    const dir = copyFixture('code-basic');
    expect(await kodeDiagnostics(dir)).toEqual([]);
  });

  it('reports unregistered and retired codes where a registry exists', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    expect(await kodeDiagnostics(dir)).toEqual([]);
    // a retired code comes back with a restored file; a code typed by hand is unknown to the registry
    const seksiB = read(dir, 'standar/bidang/kepala-seksi-b.yaml');
    rmSync(join(dir, 'standar/bidang/kepala-seksi-b.yaml'));
    await skj(dir, ['code']);
    writeFileSync(join(dir, 'standar/bidang/kepala-seksi-b.yaml'), seksiB);
    writeFileSync(join(dir, 'standar/sekretaris.yaml'), read(dir, 'standar/sekretaris.yaml').replace('kode: "204160000001"', 'kode: "2.04.160000.009"'));
    const found = await kodeDiagnostics(dir);
    expect(found.map((d) => [d.file, d.rule])).toEqual([
      ['standar/bidang/kepala-seksi-b.yaml', 'kode/retired'],
      ['standar/sekretaris.yaml', 'kode/unregistered'],
    ]);
    expect(found[0]!.message).toContain(`dipensiunkan pada ${TODAY}`);
    expect(found[1]!.message).toContain('kode.lock.yaml');
  });
});
