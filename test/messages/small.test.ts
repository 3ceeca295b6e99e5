// Small things a new user meets first (issue 11 item 7): mistyped commands, help, the language
// fallback, the two spellings of the kamus choice, the draft mark in each language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skj } from '../support/cli.js';
import { BASE, both, edit, project } from './project.js';

describe('commands', () => {
  it('skj valdate: one line with "did you mean validate", exit 2', async () => {
    const { id, en } = await both(process.cwd(), ['valdate']);
    expect([id.code, id.stdout, id.stderr]).toEqual([2, '', 'skj: Perintah «valdate» tidak dikenal; mungkin maksudnya «validate»?\n']);
    expect(en.stderr).toBe('skj: Unknown command «valdate»; did you mean «validate»?\n');
  });

  it('bare skj prints help, exit 0; skj help NOPE names the unknown command, exit 2', async () => {
    const bare = await skj([]);
    expect(bare.code).toBe(0);
    expect(bare.stdout + bare.stderr).not.toContain('outputHelp');
    const { id, en } = await both(process.cwd(), ['help', 'valdate']);
    expect([id.code, id.stdout, id.stderr]).toEqual([2, '', 'skj: Perintah «valdate» tidak dikenal; mungkin maksudnya «validate»?\n']);
    expect(en.stderr).toBe('skj: Unknown command «valdate»; did you mean «validate»?\n');
    expect((await skj(['help', 'validate'])).code).toBe(0);
  });

  it('skj help nope: nothing is close, so no guess, only the commands there are', async () => {
    const { id, en } = await both(process.cwd(), ['help', 'nope']);
    expect([id.code, id.stderr]).toEqual([2, 'skj: Perintah «nope» tidak dikenal. Perintah yang ada: validate, code, render, lsp, import, explain, init, new, kamus, fmt.\n']);
    expect(en.stderr).not.toContain('did you mean');
  });
});

describe('help in Indonesian', () => {
  it('translated placeholders keep the descriptions in one column', async () => {
    const r = await skj(['--help']);
    const rows = (r.stdout + r.stderr).split('\n').filter((l) => /^ {2}\S.*\S {2,}\S/.test(l));
    expect(rows.some((l) => l.includes('[opsi]'))).toBe(true);
    const columns = new Set(rows.map((l) => /^ {2}\S.*?\S {2,}(?=\S)/.exec(l)![0].length));
    expect([...columns]).toHaveLength(1);
  });

  it('argument names are Indonesian too, English with --lang en', async () => {
    const id = await skj(['validate', '--help']);
    expect(id.stdout).toContain('Pemakaian: skj validate [opsi] [jalur...]');
    expect(id.stdout).not.toContain('paths');
    const en = await skj(['--lang', 'en', 'import', '--help']);
    expect(en.stdout).toContain('<files...>');
    expect((await skj(['import'])).stderr).toContain('«berkas»');
  });

  it('option value names are Indonesian too, in the help column and in errors; English with --lang en', async () => {
    const id = (await skj(['import', '--help'])).stdout;
    expect(id).toMatch(/-o, --out <folder> +folder proyek/);
    expect(id).toMatch(/--report <berkas> +tulis laporan/);
    expect(id).not.toMatch(/<(dir|file|n|path|lang)>/);
    const rows = id.split('\n').filter((l) => /^ {2}-/.test(l));
    expect(new Set(rows.map((l) => /^ {2}\S.*?\S {2,}(?=\S)/.exec(l)![0].length)).size).toBe(1);
    expect((await skj(['--help'])).stdout).toContain('--lang <bahasa>');
    expect((await skj(['validate', '--max-warnings'])).stderr).toBe('skj: Opsi «--max-warnings <angka>» memerlukan nilai (lihat skj --help).\n');
    const en = (await skj(['--lang', 'en', 'import', '--help'])).stdout;
    expect(en).toMatch(/-o, --out <dir> +/);
    expect(en).toMatch(/--report <file> +/);
  });
});

describe('SKJ_LANG', () => {
  it('an unsupported language: one line on stderr naming the supported ones, then Indonesian', async () => {
    const r = await skj(['validate', 'examples/purwakarta'], { env: { SKJ_LANG: 'fr' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('skj: Bahasa «fr» (SKJ_LANG) tidak didukung; bahasa yang ada: id, en. Pesan ditampilkan dalam bahasa Indonesia.\n');
    expect(r.stdout).toContain('berkas diperiksa');
  });

  it('a supported one, or --lang given, says nothing', async () => {
    expect((await skj(['validate', 'examples/purwakarta'], { env: { SKJ_LANG: 'en' } })).stderr).toBe('');
    expect((await skj(['--lang', 'en', 'validate', 'examples/purwakarta'], { env: { SKJ_LANG: 'fr' } })).stderr).toBe('');
  });
});

describe('render: kamus choice and the draft mark', () => {
  /** Renders Markdown in `dir` and returns it. */
  async function md(dir: string, args: string[] = []): Promise<string> {
    const r = await skj(['render', '--format', 'md', '--out', 'out.md', ...args], { cwd: dir });
    expect(r.stderr).toBe('');
    return readFileSync(join(dir, 'out.md'), 'utf8');
  }

  it('--kamus all|semua and used|digunakan are the same; skj.yaml render.kamus accepts both spellings', async () => {
    const dir = project({ 'standar/a.yaml': BASE });
    const all = await md(dir, ['--kamus', 'all']);
    expect(await md(dir, ['--kamus', 'semua'])).toBe(all);
    const used = await md(dir, ['--kamus', 'used']);
    expect(await md(dir, ['--kamus', 'digunakan'])).toBe(used);
    expect(all).not.toBe(used);
    for (const [value, expected] of [['all', all], ['semua', all], ['used', used], ['digunakan', used]] as const) {
      const withConfig = project({ 'skj.yaml': `instansi: Uji\nrender:\n  kamus: ${value}\n`, 'standar/a.yaml': BASE });
      expect(await md(withConfig)).toBe(expected);
    }
  });

  it('an unknown --kamus value lists both spellings', async () => {
    const r = await skj(['render', '--kamus', 'some'], { cwd: project({ 'standar/a.yaml': BASE }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('digunakan, semua, used, all');
  });

  it('help and output say the same word: DRAF in Indonesian, DRAFT in English', async () => {
    const dir = project({ 'standar/a.yaml': edit(BASE, /^    M\.08: 3/m, '    M.08: 2') });
    const { id, en } = await both(dir, ['render', '--help']);
    expect(id.stdout).toMatch(/\bDRAF\b/);
    expect(id.stdout).not.toContain('DRAFT');
    expect(en.stdout).toMatch(/\bDRAFT\b/);
    await skj(['render', '--force', '--format', 'md', '--out', 'id.md'], { cwd: dir });
    await skj(['--lang', 'en', 'render', '--force', '--format', 'md', '--out', 'en.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'id.md'), 'utf8')).toMatch(/> \*\*DRAF: /);
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).toMatch(/> \*\*DRAFT: /);
  });
});
