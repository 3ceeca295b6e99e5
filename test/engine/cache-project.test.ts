// skj validate --cache keeps the project-level reports while no standard's facts change, and
// rewrites .skjcache only when a run changed what it holds.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, skj } from '../code/helpers.js';

const KADIS = 'standar/kepala-dinas-komunikasi-dan-informatika.yaml';
const OTHER = 'standar/sekretaris.yaml';
const run = async (dir: string, extra: string[] = []) => {
  const r = await skj(dir, ['validate', '--format', 'json', ...extra]);
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as { files: number; diagnostics: { file: string; rule: string; message: string }[] } };
};
const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
/** The other standard given the same nama and unit kerja as KADIS: a standar/duplicate-nama pair. */
function duplicate(dir: string): void {
  const nama = /^nama: (.*)$/m.exec(readFileSync(join(dir, KADIS), 'utf8'))![1]!;
  edit(dir, OTHER, (t) => t.replace(/^nama: .*$/m, `nama: ${nama}`).replace(/^unit_kerja: .*$/m, 'unit_kerja: Dinas Komunikasi dan Informatika'));
}

describe('skj validate --cache: project-level reports', { timeout: 60_000 }, () => {
  it('are kept while no fact changes, and made again when one does', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    duplicate(dir);
    const plain = await run(dir);
    expect(await run(dir, ['--cache'])).toEqual(plain);
    // A marker in the stored reports shows when they are used instead of the rules.
    const path = join(dir, '.skjcache');
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { project: { reports: { rule: string; report: { params: Record<string, unknown> } }[] } };
    const stored = cache.project.reports.filter((r) => r.rule === 'standar/duplicate-nama');
    expect(stored).toHaveLength(2);
    for (const r of stored) r.report.params.nama = 'marker-from-cache';
    writeFileSync(path, JSON.stringify(cache));
    const marked = (r: Awaited<ReturnType<typeof run>>) => r.report.diagnostics.filter((d) => d.message.includes('marker-from-cache')).length;
    expect(marked(await run(dir, ['--cache']))).toBe(2);
    // A change outside the facts (nama, unit kerja, atasan, kode) keeps them…
    edit(dir, OTHER, (t) => `# catatan\n${t}`);
    expect(marked(await run(dir, ['--cache', KADIS]))).toBe(1);
    // …a changed nama does not.
    edit(dir, OTHER, (t) => t.replace(/^nama: .*$/m, 'nama: Sekretaris Dinas'));
    const after = await run(dir, ['--cache']);
    expect(marked(after)).toBe(0);
    expect(after).toEqual(await run(dir));
  });

  it('are made again when a file is added or removed, or kode.lock.yaml changes', async () => {
    const dir = copyFixture('code-basic');
    expect((await skj(dir, ['code'])).code).toBe(0); // numbers the standards and writes kode.lock.yaml
    await run(dir, ['--cache']);
    const copy = 'standar/salinan.yaml';
    const first = join(dir, 'standar', readFileSync(join(dir, 'kode.lock.yaml'), 'utf8').match(/berkas: standar\/(.*)/)![1]!);
    writeFileSync(join(dir, copy), readFileSync(first, 'utf8')); // a copy: kode/duplicate in both
    const added = await run(dir, ['--cache']);
    expect(added.report.diagnostics.some((d) => d.rule === 'kode/duplicate')).toBe(true);
    expect(added).toEqual(await run(dir));
    edit(dir, 'kode.lock.yaml', (t) => t.replace(/status: aktif/, 'status: pensiun\n    pensiun: "2025-11-26"'));
    expect(await run(dir, ['--cache'])).toEqual(await run(dir));
  });
});

describe('skj validate --cache: kode.lock.yaml', { timeout: 60_000 }, () => {
  it('a damaged stored copy is read again from the file, whether or not the project rules run', async () => {
    const dir = copyFixture('code-basic');
    expect((await skj(dir, ['code'])).code).toBe(0);
    const plain = await run(dir);
    await run(dir, ['--cache']);
    const path = join(dir, '.skjcache');
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { registry: { json: string }; project?: unknown };
    cache.registry.json = '{ rusak';
    writeFileSync(path, JSON.stringify(cache));
    expect(await run(dir, ['--cache'])).toEqual(plain); // project reports kept: the copy is not even parsed
    delete cache.project;
    writeFileSync(path, JSON.stringify(cache));
    expect(await run(dir, ['--cache'])).toEqual(plain);
  });

  it('an invalid one stops the run as without --cache, even with the kode rules off', async () => {
    const dir = copyFixture('code-basic');
    expect((await skj(dir, ['code'])).code).toBe(0);
    edit(dir, 'skj.yaml', (t) => `${t}\naturan:\n  kode/duplicate: off\n  kode/unregistered: off\n  kode/retired: off\n`);
    await run(dir, ['--cache']);
    edit(dir, 'kode.lock.yaml', (t) => t.replace(/status: aktif/, 'status: hilang'));
    const plain = await skj(dir, ['validate']);
    expect(plain.code).toBe(2);
    expect(await skj(dir, ['validate', '--cache'])).toEqual(plain);
  });
});

describe('skj validate --cache: .skjcache is written only when something changed', { timeout: 60_000 }, () => {
  it('is left as it is by a run that found nothing new, whole project or one file', async () => {
    const dir = copyFixture('kominfo-tasikmalaya');
    duplicate(dir); // project-level reports to locate and remember too
    const path = join(dir, '.skjcache');
    await run(dir, ['--cache']);
    const before = statSync(path);
    await run(dir, ['--cache']);
    await run(dir, ['--cache', KADIS]);
    const after = statSync(path);
    // The atomic writer replaces the file: a write shows as a new inode or time.
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    edit(dir, KADIS, (t) => `# catatan\n${t}`);
    await run(dir, ['--cache']);
    expect(statSync(path).mtimeMs).not.toBe(before.mtimeMs);
  });
});
