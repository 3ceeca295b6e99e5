// Issue 7, case 10: control characters quoted from a file (an ESC sequence, a bell) reach the editor as
// visible escapes in the diagnostic message, as they do in the terminal formatters; so do the kamus
// texts that hover and completion show.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompletionRequest, HoverRequest, type CompletionItem, type MarkupContent } from 'vscode-languageserver-protocol';
import { ROOT, startClient, uriOf, type Client } from './client.mjs';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('LSP diagnostic messages', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ env: { SKJ_LANG: 'en' } });
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('show control characters of a value as escapes', async () => {
    const abs = join(ROOT, 'examples/kominfo-tasikmalaya/standar/sekretaris.yaml');
    const text = readFileSync(abs, 'utf8').replace(/^tingkatan: .*$/m, 'tingkatan: "\\e[31mKepala\\a"');
    await client.open(abs, text);
    const ds = await client.diagnosticsWhen(abs, (d) => d.some((x) => x.code === 'tingkatan/unknown'), 20_000);
    const message = ds.find((x) => x.code === 'tingkatan/unknown')?.message ?? '';
    expect(message).toContain('\\x1B[31mKepala\\x07');
    for (const d of ds) expect(d.message).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});

describe('LSP hover and completion', () => {
  const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;
  let client: Client;
  let standar: string;
  let lines: string[];
  beforeAll(async () => {
    // An agency kamus entry whose nama, definisi and level text carry an ESC sequence and a bidi override.
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-control-'));
    cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
    const kamus = join(dir, 'kamus/teknis.yaml');
    writeFileSync(
      kamus,
      readFileSync(kamus, 'utf8')
        .replace(/^(    nama: )Telematika dan persandian/m, '$1"Telematika\\e[2J dan persandian"')
        .replace(/^(  - kode: "T.06"\n(?:.*\n)*?    definisi: ")/m, '$1\\e[31mMERAH\\u202E ')
        .replace(/^(  - kode: "T.06"\n(?:.*\n)*?        deskripsi: ")/m, '$1\\a'),
    );
    standar = join(dir, 'standar/kepala-seksi-aplikasi-dan-database.yaml');
    lines = readFileSync(standar, 'utf8').split('\n');
    client = await startClient({ env: { SKJ_LANG: 'en' } });
    await client.open(standar);
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });
  const position = (needle: string, offset = 0) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line]!.indexOf(needle) + offset };
  };

  it('show control characters of kamus texts as escapes', async () => {
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(standar) }, position: position('T.06: 2', 1) });
    const value = (h?.contents as MarkupContent).value;
    expect(value).toContain('Telematika\\x1B[2J dan persandian');
    expect(value).toContain('\\x1B[31mMERAH\\u202E');
    expect(value).not.toMatch(RAW);
  });

  it('in completion too', async () => {
    const at = position('T.06: 2');
    const r = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(standar) }, position: { line: at.line, character: at.character + 'T.06: '.length } });
    const items = (Array.isArray(r) ? r : (r?.items ?? [])) as CompletionItem[];
    const level = items.find((i) => i.label === '1');
    expect(level).toBeDefined();
    expect(JSON.stringify(items)).not.toMatch(RAW);
    expect(level!.detail ?? '').toContain('\\x07');
  });
});
