// Issue 7, item 1: a typo in a skj.yaml glob must never retire a project's codes, and a wrongly
// retired code can be restored.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, read, skj, snapshot } from './helpers.js';

const registryOf = (dir: string) => parse(read(dir, 'kode.lock.yaml')) as { kode: Record<string, { berkas: string; nama: string; status: string; pensiun?: string }> };
const kodeOf = (dir: string, path: string) => (parse(read(dir, path)) as { kode?: string }).kode;

describe('a skj.yaml glob that matches no file', () => {
  it('is a located usage error naming the pattern, for every command', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    writeFileSync(join(dir, 'skj.yaml'), `${read(dir, 'skj.yaml')}standar: standard/**/*.yaml\n`);
    const before = snapshot(dir);
    for (const argv of [['validate'], ['code'], ['code', '--check'], ['code', '--dry-run'], ['render', '--format', 'md']]) {
      const r = await skj(dir, argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('skj.yaml:6:10');
      expect(r.stderr).toContain('standard/**/*.yaml');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(snapshot(dir)).toEqual(before);
    const en = await skj(dir, ['validate', '--lang', 'en']);
    expect(en.stderr).toMatch(/matches no file/);
  });

  it('applies to each pattern of a list and to kamus', async () => {
    const dir = copyFixture('code-basic');
    writeFileSync(join(dir, 'skj.yaml'), `${read(dir, 'skj.yaml')}standar: [standar/**/*.yaml, standar/lama/*.yaml]\n`);
    const r = await skj(dir, ['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/lama/*.yaml');
    writeFileSync(join(dir, 'skj.yaml'), `${read(dir, 'skj.yaml').replace(/standar: .*\n/, '')}kamus: kamuss/*.yaml\n`);
    const k = await skj(dir, ['validate']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('kamuss/*.yaml');
  });
});

describe('skj code refuses to retire many codes at once', () => {
  it('refuses more than 3 retirements without --allow-retire, writing nothing', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    for (const f of ['kepala-dinas', 'sekretaris', 'pranata-komputer', 'kepala-seksi-resmi']) rmSync(join(dir, `standar/${f}.yaml`));
    const before = snapshot(dir);
    const r = await skj(dir, ['code']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--allow-retire');
    expect(r.stderr).toContain('4');
    expect(snapshot(dir)).toEqual(before);
    // --dry-run shows the plan and says the write would need the flag
    const dry = await skj(dir, ['code', '--dry-run', '--lang', 'en']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('--allow-retire');
    const ok = await skj(dir, ['code', '--allow-retire']);
    expect(ok.code).toBe(0);
    expect(registryOf(dir).kode['204160000001']!.status).toBe('pensiun');
  });

  it('refuses to retire every code of a folder', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    rmSync(join(dir, 'standar/bidang'), { recursive: true });
    const before = snapshot(dir);
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/bidang');
    expect(snapshot(dir)).toEqual(before);
  });

  it('still retires one deleted standard without asking', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    rmSync(join(dir, 'standar/sekretaris.yaml'));
    expect((await skj(dir, ['code'])).code).toBe(0);
  });
});

describe('restoring a wrongly retired code', () => {
  it('a file that comes back with the same path and nama gets its code reactivated', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const config = read(dir, 'skj.yaml');
    // a too narrow glob, confirmed with the flag: the codes outside it are retired
    writeFileSync(join(dir, 'skj.yaml'), `${config}standar: standar/bidang/*.yaml\n`);
    expect((await skj(dir, ['code', '--allow-retire'])).code).toBe(0);
    expect(registryOf(dir).kode['204160000001']!.status).toBe('pensiun');
    writeFileSync(join(dir, 'skj.yaml'), config);
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('restor');
    const reg = registryOf(dir);
    expect(reg.kode['204160000001']).toMatchObject({ berkas: 'standar/sekretaris.yaml', status: 'aktif' });
    expect(reg.kode['204160000001']!.pensiun).toBeUndefined();
    const v = await skj(dir, ['validate', '--format', 'json']);
    expect(JSON.parse(v.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'kode/retired')).toEqual([]);
  });

  it('skj code --restore KODE reactivates a retired code held by a renamed standard', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const path = 'standar/bidang/kepala-seksi-b.yaml';
    const text = read(dir, path);
    rmSync(join(dir, path));
    await skj(dir, ['code']);
    expect(registryOf(dir).kode['205160000002']!.status).toBe('pensiun');
    // it comes back under another name: not restored by itself
    writeFileSync(join(dir, 'standar/bidang/kepala-seksi-b2.yaml'), text.replace('nama: Kepala Seksi B', 'nama: Kepala Seksi B (baru)'));
    expect((await skj(dir, ['code'])).code).toBe(1);
    const r = await skj(dir, ['code', '--restore', '2.05.160000.002']);
    expect(r.code).toBe(0);
    expect(registryOf(dir).kode['205160000002']).toMatchObject({ berkas: 'standar/bidang/kepala-seksi-b2.yaml', nama: 'Kepala Seksi B (baru)', status: 'aktif' });
    expect(kodeOf(dir, 'standar/bidang/kepala-seksi-b2.yaml')).toBe('205160000002');
    expect((await skj(dir, ['code', '--check'])).code).toBe(0);
  });

  it('--restore of a code that is not retired, or held by no file, is a usage error', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const active = await skj(dir, ['code', '--restore', '204160000001']);
    expect(active.code).toBe(2);
    expect(active.stderr).toContain('2.04.160000.001');
    const bad = await skj(dir, ['code', '--restore', '12']);
    expect(bad.code).toBe(2);
  });
});
