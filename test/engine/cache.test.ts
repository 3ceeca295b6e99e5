// skj validate --cache: unchanged files keep their outcome from .skjcache, changed files and the
// project-level rules are checked again, and a cache skj cannot use is ignored.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, skj } from '../code/helpers.js';

const KADIS = 'standar/kepala-dinas-komunikasi-dan-informatika.yaml';
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
    const cache = JSON.parse(readFileSync(join(dir, '.skjcache'), 'utf8'));
    const diag = { file: KADIS, rule: 'schema', severity: 'error', messageId: 'schema.empty', params: { field: 'marker-from-cache' }, line: 1, column: 1, endLine: 1, endColumn: 2 };
    cache.files[KADIS].outcome.diagnostics.push(diag);
    writeFileSync(join(dir, '.skjcache'), JSON.stringify(cache));
    const { report } = await run(dir, ['--cache']);
    expect(report.diagnostics.some((d) => d.message.includes('marker-from-cache'))).toBe(true);
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
