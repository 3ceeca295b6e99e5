// Issue 7 ("Also"): random bytes and random mutations of the real example standards never crash
// `skj code` or `skj code --check`: no internal error or stack trace, exit 0, 1 or 2, --check writes
// nothing, a file skj refuses stays byte-identical, a file it writes differs only by its kode, and the
// registry stays readable. Seeded, so a failure replays; few runs, as each one reads a whole project.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readRegistry } from '../../src/code/registry-file.js';
import { FileReader } from '../../src/project/files.js';
import { ROOT } from '../support/cli.js';
import { skj, snapshot } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const RUNS = { seed: 20260707, numRuns: 25 };

const project = mkdtempSync(join(tmpdir(), 'skj-code-prop-'));
cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), project, { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));
const pristine = new Map([...snapshot(project)].map(([path, latin1]) => [path, Buffer.from(latin1, 'latin1')]));
const STANDARDS = [...pristine.keys()].filter((p) => p.startsWith('standar/'));

/** Puts every file back as it was and removes anything a run left (temp files, a lock). */
function restore(): void {
  const visit = (rel: string) => {
    for (const e of readdirSync(join(project, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (pristine.has(path) || [...pristine.keys()].some((p) => p.startsWith(`${path}/`))) visit(path);
        else rmSync(join(project, path), { recursive: true, force: true });
      } else if (!pristine.has(path)) rmSync(join(project, path), { force: true });
    }
  };
  visit('');
  for (const [path, bytes] of pristine) writeFileSync(join(project, path), bytes);
}

const bytesMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.string().map((s) => Buffer.from(s, 'utf8')),
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) => Buffer.from(b)),
      fc.constantFrom(':', '- ', '  ', '\n', '\r\n', '"', "'", '&a ', '*a', '!tag ', '{', '[', '#', '\t', '\u0000', '\uFEFF', '\u001b[2J', 'kode: 1', 'kode: ', '<<: *a', '\xe9').map((s) => Buffer.from(s, 'utf8')),
    ),
  }),
);
type Mutation = { kind: 'delete'; at: number; len: number } | { kind: 'insert'; at: number; bytes: Buffer };

function mutate(bytes: Buffer, muts: Mutation[]): Buffer {
  let b = bytes;
  for (const m of muts) {
    const at = m.at % (b.length + 1);
    b = m.kind === 'delete' ? Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]) : Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
  }
  return b;
}

/** A real standard, without its kode line half of the time (so that `skj code` has something to write), then mutated. */
const mutated = fc.record({ file: fc.constantFrom(...STANDARDS), dropKode: fc.boolean(), muts: fc.array(bytesMutation, { minLength: 1, maxLength: 4 }) }).map(({ file, dropKode, muts }) => {
  const original = pristine.get(file)!;
  const base = dropKode ? Buffer.from(original.toString('utf8').replace(/^kode: .*\n/m, ''), 'utf8') : original;
  return { file, bytes: mutate(base, muts) };
});

/** Random bytes, alone or after a header that makes the file a candidate for a code. */
const random = fc.record({
  file: fc.constantFrom(...STANDARDS, 'standar/acak.yaml'),
  header: fc.boolean(),
  bytes: fc.uint8Array({ maxLength: 300 }),
}).map(({ file, header, bytes }) => ({ file, bytes: Buffer.concat([Buffer.from(header ? 'nama: Analis Acak\ntingkatan: pengawas\nurusan: "2.16"\n' : ''), Buffer.from(bytes)]) }));

const NO_CRASH = /Internal skj error|Kesalahan internal|^\s+at .+:\d+:\d+\)?$/m;
const js = (text: string) => {
  const doc = parseDocument(text);
  return doc.errors.length ? undefined : (doc.toJS() as unknown);
};

async function neverDamages({ file, bytes }: { file: string; bytes: Buffer }): Promise<void> {
  restore();
  writeFileSync(join(project, file), bytes);
  const before = snapshot(project);

  const check = await skj(project, ['code', '--check', '--lang', 'en']);
  expect([0, 1, 2]).toContain(check.code);
  expect(check.stderr + check.stdout).not.toMatch(NO_CRASH);
  expect(snapshot(project)).toEqual(before);

  const run = await skj(project, ['code', '--lang', 'en']);
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stderr + run.stdout).not.toMatch(NO_CRASH);
  const after = snapshot(project);
  // no temp file or lock left behind, no other standard touched
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [path, content] of before) if (path !== file && path !== 'kode.lock.yaml') expect(after.get(path), path).toBe(content);
  const registry = readRegistry(project, new FileReader(project)).registry;
  expect(registry).toBeDefined();

  const written = readFileSync(join(project, file));
  if (written.equals(bytes)) return;
  // Written: the bytes were UTF-8, the BOM kept, and the only change is a 12-digit kode the registry gives this file.
  const was = bytes.toString('utf8');
  const now = written.toString('utf8');
  expect(Buffer.from(was, 'utf8').equals(bytes)).toBe(true);
  expect(now.startsWith('\uFEFF')).toBe(was.startsWith('\uFEFF'));
  const value = js(now.replace(/^\uFEFF/, '')) as { kode?: unknown } | undefined;
  expect(value).toBeDefined();
  const kode = String(value!.kode);
  expect(kode).toMatch(/^\d{12}$/);
  expect(value).toEqual({ ...(js(was.replace(/^\uFEFF/, '')) as object), kode });
  expect(Math.abs(now.length - was.length)).toBeLessThanOrEqual(32);
  expect(registry!.kode[kode]?.berkas).toBe(file);
}

describe('skj code never crashes nor damages a file', () => {
  it('on random mutations of the example standards', async () => {
    await fc.assert(fc.asyncProperty(mutated, neverDamages), RUNS);
  });

  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(random, neverDamages), RUNS);
  });
});
