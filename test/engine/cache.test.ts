// skj validate --cache: unchanged files keep their outcome from .skjcache, changed files and the
// project-level rules are checked again, and a cache skj cannot use is ignored.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, skj } from '../code/helpers.js';

const KADIS = 'standar/kepala-dinas-komunikasi-dan-informatika.yaml';
// .skjcache keeps one list per file: [path, stamp, hash, facts, diagnostics, suppressions, partial, places].
type Stored = [string, string | null, string, unknown, unknown[] | 0, unknown, 0 | 1, Record<string, unknown> | 0];
const readCache = (dir: string) => JSON.parse(readFileSync(join(dir, '.skjcache'), 'utf8')) as { files: Stored[]; registry?: { hash: string; json: string }; project?: unknown };
const stored = (cache: { files: Stored[] }, file: string) => cache.files.find((e) => e[0] === file)!;
const addDiagnostic = (entry: Stored, d: unknown) => (entry[4] = [...(entry[4] || []), d]);
/** A diagnostic only the cache holds, stored as KADIS's outcome: a report that shows it replayed the cache. */
function plantMarker(dir: string) {
  const cache = readCache(dir);
  const diag = { file: KADIS, rule: 'schema', severity: 'error', messageId: 'schema.empty', params: { field: 'marker-from-cache' }, line: 1, column: 1, endLine: 1, endColumn: 2 };
  addDiagnostic(stored(cache, KADIS), diag);
  writeFileSync(join(dir, '.skjcache'), JSON.stringify(cache));
  return cache;
}
const replayed = (report: { diagnostics: { message: string }[] }) => report.diagnostics.some((d) => d.message.includes('marker-from-cache'));
const run = async (dir: string, extra: string[] = []) => {
  const r = await skj(dir, ['validate', '--format', 'json', ...extra]);
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as { files: number; diagnostics: { file: string; rule: string; message: string; line: number }[] } };
};

describe('skj validate --cache', { timeout: 60_000 }, () => {
  it('gives the same report as a run without it, first and second time, and writes .skjcache at the root', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    const plain = await run(dir);
    const first = await run(dir, ['--cache']);
    expect(existsSync(join(dir, '.skjcache'))).toBe(true);
    const second = await run(dir, ['--cache']);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
  });

  it('uses the stored outcome of an unchanged file', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    await run(dir, ['--cache']);
    plantMarker(dir);
    const { report } = await run(dir, ['--cache']);
    expect(replayed(report)).toBe(true);
  });

  it('checks a changed file again, and the project rules see its new facts', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    await run(dir, ['--cache']);
    const other = 'standar/sekretaris.yaml';
    const nama = /^nama: (.*)$/m.exec(readFileSync(join(dir, KADIS), 'utf8'))![1]!;
    const text = readFileSync(join(dir, other), 'utf8').replace(/^nama: .*$/m, `nama: ${nama}`).replace(/^unit_kerja: .*$/m, 'unit_kerja: Dinas Komunikasi dan Informatika').replace(/^tingkatan: .*$/m, 'tingkatan: administratorr');
    writeFileSync(join(dir, other), text);
    const cached = await run(dir, ['--cache']);
    const plain = await run(dir);
    expect(cached).toEqual(plain);
    expect(cached.report.diagnostics.filter((d) => d.rule === 'standar/duplicate-nama').map((d) => d.file).sort()).toEqual([KADIS, other].sort());
    expect(cached.report.diagnostics.some((d) => d.file === other && d.rule === 'tingkatan/unknown')).toBe(true);
  });

  it('ignores a damaged or foreign cache, and one made for another skj.yaml', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    const plain = await run(dir);
    writeFileSync(join(dir, '.skjcache'), 'not json {');
    expect(await run(dir, ['--cache'])).toEqual(plain);
    writeFileSync(join(dir, '.skjcache'), JSON.stringify({ format: 'something-else', files: {} }));
    expect(await run(dir, ['--cache'])).toEqual(plain);
    // The same cache after skj.yaml turns a rule off must not replay that rule's diagnostics.
    await run(dir, ['--cache']);
    writeFileSync(join(dir, 'skj.yaml'), `${readFileSync(join(dir, 'skj.yaml'), 'utf8')}\naturan:\n  kompetensi/text-drift: off\n`);
    const off = await run(dir, ['--cache']);
    expect(off).toEqual(await run(dir));
  });
});

describe('skj validate --cache: what a re-run skips', { timeout: 60_000 }, () => {
  it('one file with --cache keeps the other files facts, and a later full run agrees with a plain one', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    const one = await run(dir, ['--cache', KADIS]);
    expect(one.report.files).toBe(1);
    const cache = readCache(dir);
    expect(stored(cache, KADIS)[6]).toBe(0);
    expect(stored(cache, 'standar/sekretaris.yaml')[6]).toBe(1);
    expect(await run(dir, ['--cache', KADIS])).toEqual(await run(dir, [KADIS]));
    expect(await run(dir, ['--cache'])).toEqual(await run(dir));
  });

  it('re-reads a file whose time changed but keeps its outcome when its content did not', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    await run(dir, ['--cache']);
    const cache = plantMarker(dir);
    utimesSync(join(dir, KADIS), new Date(), new Date(Date.now() + 5000));
    const { report } = await run(dir, ['--cache']);
    expect(replayed(report)).toBe(true);
    expect(stored(readCache(dir), KADIS)[1]).not.toBe(stored(cache, KADIS)[1]);
  });

  it('keeps kode.lock.yaml as checked while its text is unchanged, and reads it again when it changes', async () => {
    const dir = copyFixture('code-basic');
    expect((await skj(dir, ['code'])).code).toBe(0); // numbers the standards and writes kode.lock.yaml
    const plain = await run(dir);
    await run(dir, ['--cache']);
    const cache = readCache(dir);
    expect(typeof cache.registry?.hash).toBe('string');
    expect(await run(dir, ['--cache'])).toEqual(plain);
    // The remembered registry is used while the text hashes the same (an emptied memo shows it, once
    // the project rules run again: their stored reports are dropped)…
    cache.registry!.json = JSON.stringify({ version: 1, kode: {} });
    delete cache.project;
    writeFileSync(join(dir, '.skjcache'), JSON.stringify(cache));
    expect((await run(dir, ['--cache'])).report.diagnostics.some((d) => d.rule === 'kode/unregistered')).toBe(true);
    // …and a changed registry text is read again.
    const registry = join(dir, 'kode.lock.yaml');
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}\n`);
    expect(await run(dir, ['--cache'])).toEqual(await run(dir));
  });

  it('remembers where project-level reports are, and a changed file is located again', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    const other = 'standar/sekretaris.yaml';
    const nama = /^nama: (.*)$/m.exec(readFileSync(join(dir, KADIS), 'utf8'))![1]!;
    writeFileSync(join(dir, other), readFileSync(join(dir, other), 'utf8').replace(/^nama: .*$/m, `nama: ${nama}`).replace(/^unit_kerja: .*$/m, 'unit_kerja: Dinas Komunikasi dan Informatika'));
    await run(dir, ['--cache']);
    expect(Object.keys(stored(readCache(dir), other)[7] || {})).not.toHaveLength(0);
    expect(await run(dir, ['--cache'])).toEqual(await run(dir));
    writeFileSync(join(dir, other), `# baris baru\n${readFileSync(join(dir, other), 'utf8')}`);
    expect(await run(dir, ['--cache'])).toEqual(await run(dir));
  });
});
