// Bad input never takes the server down: it answers with a diagnostic or a window message.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { ROOT, startClient, uriOf, type Client } from './client.mjs';

// Each test starts a server process; on a loaded 2-core machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const example = resolve(ROOT, 'examples/kominfo-tasikmalaya');
let client: Client;
beforeAll(async () => {
  client = await startClient({ locale: 'en-US' });
});
afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
});

describe('bad input', () => {
  it('a standard outside any project is checked against the bundled kamus, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-loose-'));
    const file = join(dir, 'loose.yaml');
    const ds = await client.open(file, 'nama: Analis\ntingkatan: adminstrator\n');
    expect(ds[0]!.message).toMatch(/outside any skj project/); // English: the client's locale
    expect(ds.map((d) => d.code)).toContain('tingkatan/unknown');
    const other = join(dir, 'workflow.yaml');
    expect(await client.open(other, 'on: push\njobs: {}\n')).toEqual([]);
  });

  it('a broken skj.yaml: located on skj.yaml, announced on the project files and in a window message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(example, dir, { recursive: true });
    writeFileSync(join(dir, 'skj.yaml'), 'instansi: Dinas\nstandar: [unclosed\n');
    const config = await client.open(join(dir, 'skj.yaml'));
    expect(config).toHaveLength(1);
    expect(config[0]!.range.start.line).toBeGreaterThan(0);
    const ds = await client.open(join(dir, 'standar/sekretaris.yaml'));
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toMatch(/cannot be checked: .*skj\.yaml/);
    expect(client.messages.some((m) => m.message.includes('skj.yaml'))).toBe(true);
    // Fixing and saving skj.yaml brings the project back.
    writeFileSync(join(dir, 'skj.yaml'), 'instansi: Dinas\n');
    const fixed = client.nextDiagnostics(join(dir, 'standar/sekretaris.yaml'));
    await client.save(join(dir, 'skj.yaml'));
    expect((await fixed).every((d) => !String(d.message).includes("cannot be checked"))).toBe(true);
  });

  it('binary content and garbage YAML give diagnostics; hover on them answers nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(example, dir, { recursive: true });
    const bin = join(dir, 'standar/binary.yaml');
    const ds = await client.open(bin, '\u0000\u0001PK\u0003\u0004\u0000\u0000');
    expect(ds[0]!.message).toMatch(/not a text file/);
    const junk = join(dir, 'standar/junk.yaml');
    const js = await client.open(junk, 'nama: [\n  - : : :\n\t\tkompetensi: {{{\n');
    expect(js.length).toBeGreaterThan(0);
    expect(js.every((d) => d.source === 'skj')).toBe(true);
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(junk) }, position: { line: 1, character: 3 } });
    expect(h === null || typeof h === 'object').toBe(true);
    expect(client.process.exitCode).toBeNull();
  });
});

describe('memory', () => {
  it('forgets files and projects as they close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(example, dir, { recursive: true });
    const stats = () => client.stats();
    const before = await stats();
    const files = ['sekretaris', 'kepala-seksi-aplikasi-dan-database'].map((f) => join(dir, `standar/${f}.yaml`));
    for (let round = 0; round < 3; round++) {
      for (const f of files) await client.open(f);
      expect((await stats()).documents).toBe(before.documents + 2);
      for (const f of files) await client.close(f);
    }
    const after = await stats();
    expect(after).toMatchObject({ documents: before.documents, projects: before.projects, timers: 0 });
  });
});
