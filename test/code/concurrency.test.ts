// Issue 7, item 2: two `skj code` runs at the same time, as two real processes, on different folders of
// one project: no number is issued twice and the registry holds both runs' codes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, skjProcess } from '../support/bin.js';
import { EPOCH } from './helpers.js';

const N = 150;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt(), 120_000);

/** A project with N uncoded pengawas standards in each of standar/a and standar/b (one group). */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-concurrent-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'skj.yaml'), 'instansi: Uji\n');
  for (const f of ['a', 'b']) {
    mkdirSync(join(dir, 'standar', f), { recursive: true });
    for (let i = 0; i < N; i++) writeFileSync(join(dir, 'standar', f, `s${String(i).padStart(3, '0')}.yaml`), `nama: Kepala Seksi ${f}${i}\ntingkatan: pengawas\nurusan: "2.16"\n`);
  }
  return dir;
}
// The standards only: a killed run may leave one temporary file beside them.
const codesIn = (dir: string, folder: string) => readdirSync(join(dir, 'standar', folder)).filter((f) => f.endsWith('.yaml')).map((f) => (parse(readFileSync(join(dir, 'standar', folder, f), 'utf8')) as { kode?: string }).kode);

describe('concurrent skj code runs', () => {
  it('never issue a number twice and keep both runs in the registry', async () => {
    const dir = project();
    const env = { SOURCE_DATE_EPOCH: EPOCH };
    const [a, b] = await Promise.all([skjProcess(dir, ['code', 'standar/a'], env), skjProcess(dir, ['code', 'standar/b'], env)]);
    expect(a.stderr + b.stderr).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    const codes = [...codesIn(dir, 'a'), ...codesIn(dir, 'b')];
    expect(codes.every((k) => typeof k === 'string' && /^205160000\d{3}$/.test(k))).toBe(true);
    expect(new Set(codes).size).toBe(2 * N);
    const registry = parse(readFileSync(join(dir, 'kode.lock.yaml'), 'utf8')) as { kode: Record<string, { status: string }> };
    expect(Object.keys(registry.kode).sort()).toEqual([...codes].sort());
    expect(Object.values(registry.kode).every((e) => e.status === 'aktif')).toBe(true);
    // no lock left behind
    expect(readdirSync(dir).filter((f) => f.includes('lock') && f !== 'kode.lock.yaml')).toEqual([]);
  }, 120_000);
});

describe('the registry lock', () => {
  it('left behind by a killed run is taken over once stale', async () => {
    const dir = project();
    const lock = join(dir, '.kode.lock.yaml.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await skjProcess(dir, ['code', 'standar/a'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  }, 60_000);
});

describe('kill -9 during skj code', () => {
  it('leaves every standard fully old or fully new and the registry whole; the next run finishes the job', async () => {
    const dir = project();
    const original = new Map(['a', 'b'].flatMap((f) => readdirSync(join(dir, 'standar', f)).map((n) => [`${f}/${n}`, readFileSync(join(dir, 'standar', f, n), 'utf8')] as const)));
    const first = join(dir, 'standar/a/s000.yaml');
    let pid = 0;
    const run = skjProcess(dir, ['code'], { SOURCE_DATE_EPOCH: EPOCH }, (p) => (pid = p));
    // kill as soon as the writing has started
    for (let i = 0; i < 2000 && !readFileSync(first, 'utf8').includes('kode:'); i++) await new Promise((r) => setTimeout(r, 5));
    process.kill(pid, 'SIGKILL');
    const r = await run;
    expect(r.signal).toBe('SIGKILL');
    let written = 0;
    for (const [name, before] of original) {
      const now = readFileSync(join(dir, 'standar', name), 'utf8');
      if (now === before) continue;
      written++;
      expect(now).toMatch(new RegExp(`^${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}kode: "205160000\\d{3}"\n$`));
    }
    expect(written).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'standar/a')).filter((f) => f.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
    // The killed run's lock stays until it is stale; pretend the 30 s have passed.
    const lock = join(dir, '.kode.lock.yaml.lock');
    if (existsSync(lock)) utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const again = await skjProcess(dir, ['code'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const codes = [...codesIn(dir, 'a'), ...codesIn(dir, 'b')];
    expect(new Set(codes).size).toBe(2 * N);
    expect((await skjProcess(dir, ['code', '--check'], { SOURCE_DATE_EPOCH: EPOCH })).code).toBe(0);
  }, 120_000);
});
