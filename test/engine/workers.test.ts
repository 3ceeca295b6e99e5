// Worker threads (issue 12): `skj validate` on worker threads gives exactly the report of one thread,
// whatever the scheduling, for every kind of file (hostile inputs, syntax errors, suppressions,
// project-level duplicates located on the workers), with and without --cache. Run through the built
// CLI, since the workers load dist/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, skjProcess } from '../support/bin.js';
import { FIXTURES, skj } from '../code/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt(), 120_000);

/** The Tasikmalaya fixture, the hostile inputs, and 60 renamed copies whose names collide in pairs. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-workers-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, 'kominfo-tasikmalaya'), dir, { recursive: true });
  for (const f of readdirSync(join(FIXTURES, 'hostile')).filter((f) => f.startsWith('input-'))) cpSync(join(FIXTURES, 'hostile', f), join(dir, 'standar', f));
  const template = readFileSync(join(dir, 'standar/sekretaris.yaml'), 'utf8');
  for (let i = 0; i < 60; i++) {
    let text = template.replace(/^nama: .*$/m, `nama: Jabatan Salinan ${Math.floor(i / 2)}`).replace(/^kode: .*\n/m, '');
    if (i % 7 === 0) text = `# skj-disable-next-line kompetensi/below-floor\n${text}`;
    if (i % 11 === 0) text += 'ikhtisar: [tidak ditutup\n';
    writeFileSync(join(dir, 'standar', `salinan-${String(i).padStart(2, '0')}.yaml`), text);
  }
  return dir;
}

const run = async (dir: string, args: string[]) => {
  const r = await skjProcess(dir, ['validate', ...args]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
};

describe('skj validate on worker threads', { timeout: 120_000 }, () => {
  it('reports exactly what one thread reports, in the same order (json and stylish)', async () => {
    const dir = project();
    for (const format of ['json', 'stylish']) {
      const one = await run(dir, ['--format', format, '--concurrency', 'off']);
      const two = await run(dir, ['--format', format, '--concurrency', '2']);
      expect(two).toEqual(one);
      expect(one.code).toBe(1);
    }
    // The TypeScript sources (in-process, one thread) agree with the built CLI.
    const inProcess = await skj(dir, ['validate', '--format', 'json']);
    expect(inProcess.stdout).toBe((await run(dir, ['--format', 'json', '--concurrency', '2'])).stdout);
    const report = JSON.parse(inProcess.stdout) as { diagnostics: { rule: string }[] };
    expect(report.diagnostics.filter((d) => d.rule === 'standar/duplicate-nama').length).toBeGreaterThanOrEqual(40);
  });

  it('one file inside the project, and --cache first and second time, agree with one thread', async () => {
    const dir = project();
    const file = 'standar/salinan-03.yaml';
    expect(await run(dir, ['--format', 'json', '--concurrency', '2', file])).toEqual(await run(dir, ['--format', 'json', '--concurrency', 'off', file]));
    const plain = await run(dir, ['--format', 'json', '--concurrency', 'off']);
    expect(await run(dir, ['--format', 'json', '--concurrency', '2', '--cache'])).toEqual(plain);
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(/^nama: .*$/m, 'nama: Jabatan Salinan 30'));
    expect(await run(dir, ['--format', 'json', '--concurrency', '2', '--cache'])).toEqual(await run(dir, ['--format', 'json', '--concurrency', 'off']));
  });

  it('refuses a --concurrency that is not auto, off or a number ≥ 1', async () => {
    const r = await skj(FIXTURES + 'kominfo-tasikmalaya', ['validate', '--concurrency', 'banyak']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency');
  });
});
