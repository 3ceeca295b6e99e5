// Hover, completion and code actions, asked of the server by a real client over stdio.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type CompletionItem, type CompletionList, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { ROOT, startClient, uriOf, type Client } from './client.mjs';

// Each test starts a server process; on a loaded 2-core machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const example = resolve(ROOT, 'examples/kominfo-tasikmalaya');
const pengawas = join(example, 'standar/kepala-seksi-aplikasi-dan-database.yaml');
const text = readFileSync(pengawas, 'utf8');
const lines = text.split('\n');
/** Position of the first occurrence of `needle` on the line containing `lineHas`. */
function at(source: string[], lineHas: string, needle: string, offset = 0) {
  const line = source.findIndex((l) => l.includes(lineHas));
  if (line < 0) throw new Error(`no line with ${lineHas}`);
  return { line, character: source[line]!.indexOf(needle) + offset };
}

let client: Client;
beforeAll(async () => {
  client = await startClient({ env: { SKJ_LANG: 'id' } });
});
afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
});

async function hover(abs: string, position: { line: number; character: number }): Promise<string> {
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(abs) }, position });
  return h ? (h.contents as MarkupContent).value : '';
}
async function complete(abs: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
  const r = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(abs) }, position });
  return Array.isArray(r) ? r : ((r as CompletionList | null)?.items ?? []);
}
async function actions(abs: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const r = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(abs) }, range: diagnostics[0]!.range, context: { diagnostics } });
  return (r ?? []) as CodeAction[];
}
function apply(source: string, action: CodeAction, uri: string): string {
  const edits = [...(action.edit!.changes![uri] ?? [])].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  const out = source.split('\n');
  for (const e of edits) {
    const { start, end } = e.range;
    const head = out[start.line]!.slice(0, start.character);
    const tail = out[end.line]!.slice(end.character);
    out.splice(start.line, end.line - start.line + 1, ...`${head}${e.newText}${tail}`.split('\n'));
  }
  return out.join('\n');
}

describe('hover', () => {
  beforeAll(async () => {
    await client.open(pengawas);
  });

  it('on a competency code: name, definisi and the text of the stated level', async () => {
    const h = await hover(pengawas, at(lines, 'M.03: 2', 'M.03', 1));
    expect(h).toContain('**M.03 Komunikasi**');
    expect(h).toContain('Kemampuan untuk menerangkan pandangan dan gagasan'); // definisi
    expect(h).toContain('**Level 2**');
    expect(h).toMatch(/- 2\.1 /);
    expect(h).toContain('level 2'); // the Pengawas floor
  });

  it('on a level: the same, for that level', async () => {
    const h = await hover(pengawas, at(lines, 'M.03: 2', '2'));
    expect(h).toContain('**Level 2**');
  });

  it('on a tingkatan: its floors and source', async () => {
    const h = await hover(pengawas, at(lines, 'tingkatan: pengawas', 'pengawas', 2));
    expect(h).toContain('Jabatan Pengawas');
    expect(h).toContain('| M.01 | M.02 |');
    expect(h).toContain('| 2 | 2 |');
    expect(h).toMatch(/\nSumber: ./); // the floor row's source, as kompetensi/below-floor cites it
  });

  it('on a kode: its parts and registry status', async () => {
    const h = await hover(pengawas, at(lines, 'kode: "205160000001"', '205', 3));
    expect(h).toContain('2.05.160000.001');
    expect(h).toContain('Kelompok 2: Jabatan Administrasi');
    expect(h).toContain('Tingkatan 05: Jabatan Pengawas');
    expect(h).toContain('Urusan 160000: 2.16 Komunikasi dan Informatika');
    expect(h).toContain('Nomor urut 001');
    expect(h).toMatch(/kode\.lock\.yaml: tercatat, aktif/);
  });

  it('on a diagnostic: its rule', async () => {
    const changed = text.replace('    M.03: 2', '    M.03: 1');
    const ds = await client.change(pengawas, changed);
    const d = ds.find((x) => x.code === 'kompetensi/below-floor')!;
    expect(d).toBeDefined();
    const h = await hover(pengawas, d.range.start);
    expect(h).toContain('`kompetensi/below-floor`');
    expect(h).toContain('Dasar hukum: PermenPANRB 38/2017'); // as `skj explain` tells it
    expect(h).toMatch(/\[Selengkapnya\]\(file:.*README\.md#rule-kompetensi-below-floor\)/);
    expect(d.codeDescription?.href).toMatch(/README\.md#rule-kompetensi-below-floor$/);
    await client.change(pengawas, text);
  });
});

describe('completion', () => {
  const scratch = join(example, 'standar/kepala-seksi-aplikasi-dan-database.yaml');
  it('offers the manajerial competencies not yet listed, with names, under manajerial', async () => {
    const edited = lines.map((l) => (l.startsWith('    M.08:') ? '    M.' : l));
    await client.change(scratch, edited.join('\n'));
    const items = await complete(scratch, at(edited, '    M.', 'M.', 2));
    expect(items.map((i) => i.label)).toEqual(['M.08']);
    expect(items[0]!.detail).toBe('Pengambilan Keputusan');
  });

  it('offers the agency teknis competencies under teknis', async () => {
    const edited = lines.map((l) => (l.startsWith('    T.') ? '    ' : l));
    const { line } = at(edited, '  teknis:', 'teknis');
    const items = await complete(scratch, { line: line + 1, character: 4 });
    expect(items.map((i) => i.label)).toContain('T.01');
    expect(items.every((i) => String(i.label).startsWith('T.'))).toBe(true);
  });

  it('offers levels 1–5 with their deskripsi, the floor first', async () => {
    await client.change(scratch, text);
    const items = await complete(scratch, at(lines, 'M.03: 2', '2'));
    expect(items.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(items.find((i) => i.label === '2')!.preselect).toBe(true);
    expect(items.find((i) => i.label === '1')!.detail).toContain('di bawah standar minimal');
    expect(items.find((i) => i.label === '3')!.detail).toBeTruthy();
  });

  it('offers tingkatan ids with their aliases, urusan quoted, pangkat, jenjang and kategori', async () => {
    const t = await complete(scratch, at(lines, 'tingkatan: pengawas', 'pengawas'));
    const pengawasItem = t.find((i) => i.label === 'pengawas')!;
    expect(pengawasItem.filterText).toContain('Eselon IV');
    const u = await complete(scratch, at(lines, 'urusan: "2.16"', '"'));
    expect(u.find((i) => i.label === '2.16')!.textEdit).toMatchObject({ newText: '"2.16"' });
    const p = await complete(scratch, at(lines, '  pangkat:', '"'));
    expect(p.map((i) => i.label)).toContain('III/b, Penata Muda Tingkat I');
    const j = await complete(scratch, at(lines, 'jenjang:', 'Minimal'));
    expect(j.map((i) => i.label)).toContain('S-1/D-IV');
    const k = await complete(scratch, at(lines, 'kategori: mutlak', 'mutlak'));
    expect(k.map((i) => i.label)).toEqual(['mutlak', 'penting', 'perlu']);
  });
});

describe('code actions', () => {
  it('fix a misspelt competency, a level below the floor, a missing competency; disable a line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-lsp-'));
    cpSync(example, dir, { recursive: true });
    const file = join(dir, 'standar/kepala-seksi-aplikasi-dan-database.yaml');
    const broken = text.replace('    M.03: 2', '    Komunikasih: 2').replace('    M.04: 2', '    M.04: 1').replace(/^    M\.08: 2.*\n/m, '');
    const ds = await client.open(file, broken);
    const uri = uriOf(file);
    const byRule = (rule: string) => ds.filter((d) => d.code === rule);
    expect(byRule('kompetensi/unknown')).toHaveLength(1);

    const a1 = await actions(file, byRule('kompetensi/unknown'));
    expect(a1[0]!.title).toBe('Ganti «Komunikasih» dengan M.03 (Komunikasi)');
    expect(apply(broken, a1[0]!, uri)).toContain('    M.03: 2');
    expect(a1.map((a) => a.title)).toContain('Nonaktifkan kompetensi/unknown untuk baris ini');

    const a2 = await actions(file, byRule('kompetensi/below-floor'));
    expect(apply(broken, a2[0]!, uri)).toContain('    M.04: 2');

    const a3 = await actions(file, byRule('kompetensi/missing'));
    expect(a3[0]!.title).toBe('Tambahkan M.08 Pengambilan Keputusan pada level 2');
    const fixed = apply(apply(apply(broken, a1[0]!, uri), a2[0]!, uri), a3[0]!, uri);
    const after = await client.change(file, fixed);
    expect(after.filter((d) => String(d.code).startsWith('kompetensi/'))).toEqual([]);

    const disable = a2.find((a) => a.title.startsWith('Nonaktifkan'))!;
    const silenced = await client.change(file, apply(broken, disable, uri));
    expect(silenced.filter((d) => d.code === 'kompetensi/below-floor')).toEqual([]);
    await client.close(file);
  });
});
