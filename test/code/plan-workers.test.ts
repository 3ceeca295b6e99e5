// skj code on a large project (issue 12): the plan facts are read on worker threads, and the plan is
// exactly the one-thread plan of the TypeScript sources (in-process).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, skjProcess } from '../support/bin.js';
import { EPOCH, skj } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt(), 120_000);

describe('skj code on worker threads', { timeout: 120_000 }, () => {
  it('plans and checks 520 standards as one thread does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-code-workers-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'skj.yaml'), 'instansi: Uji\n');
    mkdirSync(join(dir, 'standar'));
    for (let i = 0; i < 520; i++) {
      const kode = i % 3 === 0 ? `kode: "2041600000${String(i % 100).padStart(2, '0')}"\n` : '';
      const broken = i === 17 ? 'ikhtisar: [tidak ditutup\n' : '';
      writeFileSync(join(dir, 'standar', `s${String(i).padStart(3, '0')}.yaml`), `nama: Kepala Seksi ${i}\ntingkatan: ${i % 5 ? 'pengawas' : 'tingkatan-salah'}\nurusan: "2.16"\n${kode}${broken}`);
    }
    const env = { SOURCE_DATE_EPOCH: EPOCH };
    for (const args of [['code', '--check', '--format', 'json'], ['code', '--dry-run', '--format', 'json']]) {
      const threads = await skjProcess(dir, args, env);
      const one = await skj(dir, args);
      expect({ code: threads.code, stdout: threads.stdout }).toEqual({ code: one.code, stdout: one.stdout });
      expect(threads.code).toBe(1);
    }
  });
});
