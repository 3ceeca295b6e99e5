// The server's diagnostics are `skj validate`'s: same rules, ranges and messages, file by file.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { validateJson, type JsonReport } from '../support/cli.js';
import { ROOT, startClient, type Client } from './client.mjs';

// Each test starts a server process; on a loaded 2-core machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

type Row = { line: number; column: number; endLine: number; endColumn: number; rule: string; message: string };

const fromCli = (report: JsonReport, file: string): Row[] =>
  report.diagnostics.filter((d) => d.file === file).map(({ line, column, endLine, endColumn, rule, message }) => ({ line, column, endLine, endColumn, rule, message }));
const fromLsp = (ds: Diagnostic[]): Row[] =>
  ds.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, rule: String(d.code), message: String(d.message) }));
const same = (a: Row[], b: Row[]) => JSON.stringify(a) === JSON.stringify(b);

function yamlFiles(dir: string, sub: string): string[] {
  try {
    return readdirSync(join(dir, sub), { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${sub}/${f}`);
  } catch {
    return [];
  }
}

describe.each([
  ['examples/kominfo-tasikmalaya', 'id'],
  ['examples/purwakarta', 'en'],
  ['test/fixtures/kominfo-tasikmalaya', 'id'],
  ['test/fixtures/purwakarta', 'en'],
  ['test/fixtures/code-basic', 'id'],
])('%s (%s)', (project, lang) => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ env: { SKJ_LANG: lang } });
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('publishes what `skj validate --format json` reports, for every file', async () => {
    const root = resolve(ROOT, project);
    const { report } = await validateJson([], { cwd: root, env: { SKJ_LANG: lang } });
    const files = [...yamlFiles(root, 'standar'), ...yamlFiles(root, 'kamus')];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) await client.open(join(root, f));
    for (const f of files) {
      const expected = fromCli(report, f);
      // The first publication lacks the cross-file rules until the project pass is in.
      const got = fromLsp(await client.diagnosticsWhen(join(root, f), (d) => same(fromLsp(d), expected)));
      expect(got, f).toEqual(expected);
    }
  });
});

describe('project-level rules', () => {
  it('refreshes duplicate codes and names on save', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(resolve(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
    const a = join(dir, 'standar/sekretaris.yaml');
    const b = join(dir, 'standar/kepala-sub-bagian-umum-dan-kepegawaian.yaml');
    const client = await startClient();
    try {
      await client.open(a);
      expect(await client.diagnosticsWhen(a, (d) => d.length === 0)).toEqual([]);
      const copy = readFileSync(a, 'utf8');
      // b becomes a copy of a: same nama and kode, saved to disk as an editor would.
      writeFileSync(b, copy);
      await client.open(b);
      await client.save(b);
      const rules = (d: Diagnostic[]) => d.map((x) => x.code).sort();
      // The registry names a as the code's holder: only the copy b carries kode/duplicate (issue 11).
      expect(rules(await client.diagnosticsWhen(a, (d) => d.length === 1))).toEqual(['standar/duplicate-nama']);
      expect(rules(await client.diagnosticsWhen(b, (d) => d.length >= 2))).toEqual(expect.arrayContaining(['kode/duplicate', 'standar/duplicate-nama']));
    } finally {
      await client.shutdown();
    }
  });

  it('shows a file opened later its findings at once, with its suppressions, and re-reads only changed files on save', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(resolve(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
    const a = join(dir, 'standar/sekretaris.yaml');
    const copy = readFileSync(a, 'utf8');
    // c, a copy of a on disk before the server starts, silences one of its two findings.
    const c = join(dir, 'standar/salinan.yaml');
    writeFileSync(c, copy.replace(/^nama:/m, '# skj-disable-next-line standar/duplicate-nama -- dua unit\nnama:'));
    const files = readdirSync(join(dir, 'standar')).length;
    const client = await startClient();
    try {
      await client.open(a);
      const rules = (d: Diagnostic[]) => d.map((x) => x.code).sort();
      // a holds the code in the registry; only the copy c carries kode/duplicate (issue 11).
      expect(rules(await client.diagnosticsWhen(a, (d) => d.length === 1))).toEqual(['standar/duplicate-nama']);
      // The open file's text comes from the editor, every other standard from disk.
      const first = await client.passSettled();
      expect(first.lastPass).toMatchObject({ files, read: files - 1 });
      // Opened after the pass, without a save: its findings are there, located in its text.
      expect((await client.open(c)).map((d) => `${d.code} ${d.range.start.line + 1}`)).toEqual(['kode/duplicate 11']);
      // Another program writes one file; a save re-reads that one only.
      const d = join(dir, 'standar/sekretaris-dprd.yaml');
      writeFileSync(d, copy.replace(/^nama: .*$/m, 'nama: Sekretaris DPRD').replace(/^kode: .*\n/m, ''));
      await client.save(a);
      expect((await client.passSettled(first.passesDone)).lastPass).toMatchObject({ files: files + 1, read: 1 });
    } finally {
      await client.shutdown();
    }
  });
});
