// The editor's quick fixes are the safe fixes of `skj validate --fix`, asked of the server by a real
// client over stdio: one per fix under the cursor, and "fix all" giving what --fix writes.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CodeActionRequest, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { skj } from '../support/cli.js';
import { ROOT, startClient, uriOf, type Client } from './client.mjs';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const FILE = 'standar/kepala-seksi-aplikasi-dan-database.yaml';
let client: Client;
let dir: string;
let clean: string;
let broken: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skj-lsp-fix-'));
  cpSync(resolve(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
  clean = readFileSync(join(dir, FILE), 'utf8');
  broken = clean
    .replace('urusan: "2.16"', 'urusan: 2.16')
    .replace('    M.01: 2', '    Integritas: 2')
    .replace('Minimal III/b,', 'Minimal III b,')
    .replace('- nama: Pelatihan Kepemimpinan Pengawas', '- nama: Diklatpim IV');
  client = await startClient({ env: { SKJ_LANG: 'id' } });
});
afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), edits);
}
function lineRange(text: string, needle: string): Range {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  return { start: { line, character: 0 }, end: { line, character: 200 } };
}

describe('code actions from the fixes of validate --fix', () => {
  it('offers each safe fix on its line, tied to its diagnostic, and "fix all" gives what --fix writes', async () => {
    const abs = join(dir, FILE);
    const uri = uriOf(abs);
    const ds = await client.open(abs, broken);
    const ask = async (range: Range, only?: string[]) =>
      ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: ds.filter((d) => d.range.start.line === range.start.line), only } })) ?? []) as CodeAction[];

    const pangkat = await ask(lineRange(broken, 'pangkat:'));
    const fix = pangkat.find((a) => a.title === 'Perbaiki: golongan «III b» ditulis III/b')!;
    expect(fix.isPreferred).toBe(true);
    expect(fix.diagnostics!.map((d) => d.code)).toEqual(['persyaratan/pangkat']);
    expect(apply(broken, fix.edit!.changes![uri]!)).toContain('pangkat: "Minimal III/b, Penata Muda Tk I"');

    const urusan = await ask(lineRange(broken, 'urusan:'));
    expect(apply(broken, urusan.find((a) => a.title.startsWith('Perbaiki: «urusan»'))!.edit!.changes![uri]!)).toContain('urusan: "2.16"  #');

    // Fix-only: no diagnostic is published for a name, yet the code is offered where the name is.
    expect(ds.filter((d) => d.range.start.line === lineRange(broken, 'Integritas: 2').start.line)).toEqual([]);
    const nama = await ask(lineRange(broken, 'Integritas: 2'));
    expect(nama.map((a) => a.title)).toContain('Perbaiki: kompetensi «Integritas» ditulis dengan kodenya M.01');

    const latihan = await ask(lineRange(broken, 'Diklatpim IV'));
    expect(apply(broken, latihan.find((a) => a.title.startsWith('Perbaiki: nama lama'))!.edit!.changes![uri]!)).toContain('- nama: Pelatihan Kepemimpinan Pengawas  #');

    // "Fix all" (source.fixAll) makes the file what `skj validate --fix` writes: here, the clean example.
    const all = await ask(lineRange(broken, 'nama:'), ['source.fixAll']);
    expect(all.map((a) => a.kind)).toEqual(['source.fixAll.skj']);
    const fixed = apply(broken, all[0]!.edit!.changes![uri]!);
    expect(fixed).toBe(clean);
    const after = await client.change(abs, fixed);
    expect(after).toEqual([]);
    // Idempotent: nothing left to fix.
    expect(await ask(lineRange(fixed, 'nama:'), ['source.fixAll'])).toEqual([]);
    await client.close(abs);

    // The same through the command line.
    const cli = mkdtempSync(join(tmpdir(), 'skj-lsp-fix-cli-'));
    cpSync(dir, cli, { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cli, FILE), broken);
    expect((await skj(['validate', '--fix'], { cwd: cli })).code).toBe(0);
    expect(readFileSync(join(cli, FILE), 'utf8')).toBe(fixed);
    rmSync(cli, { recursive: true, force: true });
  });
});
