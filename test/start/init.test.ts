// skj init: a new agency repository in one command, never touching an existing file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/project/config.js';
import { bundledData } from '../../src/reference/bundled.js';
import { snapshot } from '../code/helpers.js';
import { ROOT, skj } from '../support/cli.js';
import { scripted, tempDir } from './helpers.js';

const FILES = [
  '.editorconfig',
  '.gitattributes',
  '.github/workflows/skj.yml',
  '.gitignore',
  '.gitlab-ci.yml',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'README.md',
  'kamus/teknis.yaml',
  'skj.yaml',
  'standar/README.md',
];

describe('skj init', () => {
  it('--yes writes the whole skeleton, which validates clean and says how to add a standard', async () => {
    const dir = tempDir();
    const r = await skj(['init', '--yes'], { cwd: dir });
    expect(r.code).toBe(0);
    expect([...snapshot(dir).keys()].sort()).toEqual(FILES);
    for (const f of FILES) expect(r.stdout).toContain(`Ditulis ${f}`);
    expect(r.stdout).toContain('package.json');
    const v = await skj(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('skj new --tingkatan');
    const en = await skj(['validate', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('no standard yet');
  });

  it('never overwrites: a second run writes nothing and lists every file it skipped', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode/settings.json'), '{ "editor.fontSize": 14 }\n');
    writeFileSync(join(dir, '.gitignore'), 'dist/\n');
    const first = await skj(['init', '--yes'], { cwd: dir });
    expect(first.stdout).toContain('Dilewati .vscode/settings.json');
    expect(first.stdout).toContain('Dilewati .gitignore');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('dist/\n');
    const before = snapshot(dir);
    const second = await skj(['init', '--yes', '--instansi', 'Lain'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    for (const f of FILES) expect(second.stdout).toContain(`Dilewati ${f}`);
  });

  it('writes into DIR, creating it, with the answers given as flags (quoted as YAML needs)', async () => {
    const dir = tempDir();
    const r = await skj(['init', 'repo/baru', '--instansi', 'Dinas Kesehatan: "Kab. Contoh"', '--jenis', 'Peraturan Wali Kota', '--daerah', 'Contoh'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ditulis repo/baru/skj.yaml');
    const config = parse(readFileSync(join(dir, 'repo/baru/skj.yaml'), 'utf8'));
    expect(config).toMatchObject({ instansi: 'Dinas Kesehatan: "Kab. Contoh"', peraturan: { jenis: 'Peraturan Wali Kota', daerah: 'Contoh', pejabat: 'Wali Kota Contoh' } });
    expect(parse(readFileSync(join(dir, 'repo/baru/kamus/teknis.yaml'), 'utf8')).nama).toBe('Kamus Kompetensi Teknis Dinas Kesehatan: "Kab. Contoh"');
  });

  it('asks on a terminal for what the flags do not give; --yes asks nothing', async () => {
    const dir = tempDir();
    const prompt = scripted(['Dinas Sosial Kota Contoh', 'Peraturan Wali Kota', 'Contoh', '']);
    const r = await skj(['init', '--lang', 'en'], { cwd: dir, prompt });
    expect(r.code).toBe(0);
    expect(prompt.asked).toHaveLength(4);
    expect(prompt.asked[0]).toMatch(/agency/);
    const config = parse(readFileSync(join(dir, 'skj.yaml'), 'utf8'));
    expect(config).toMatchObject({ instansi: 'Dinas Sosial Kota Contoh', peraturan: { pejabat: 'Wali Kota Contoh' } });

    const quiet = scripted([]);
    expect((await skj(['init', '--yes'], { cwd: tempDir(), prompt: quiet })).code).toBe(0);
    expect(quiet.asked).toEqual([]);
    const flagged = scripted(['Kota Contoh', '']);
    await skj(['init', '--instansi', 'X', '--jenis', 'Peraturan Bupati'], { cwd: tempDir(), prompt: flagged });
    expect(flagged.asked).toHaveLength(2);
  });

  it('stops cleanly when the user cancels a question', async () => {
    const dir = tempDir();
    const cancel = { ...scripted([]), input: async () => Promise.reject(Object.assign(new Error('x'), { name: 'ExitPromptError' })) };
    const r = await skj(['init'], { cwd: dir, prompt: cancel });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Dibatalkan');
    expect(snapshot(dir).size).toBe(0);
  });

  it('refuses a DIR that is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berkas'), 'x');
    const r = await skj(['init', 'berkas', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('berkas');
  });

  it('comments every setting of skj.yaml, and every commented example is a valid setting', async () => {
    const dir = tempDir();
    await skj(['init', '--yes'], { cwd: dir });
    const text = readFileSync(join(dir, 'skj.yaml'), 'utf8');
    // every top-level field of the format is mentioned
    for (const key of ['instansi', 'standar', 'kamus', 'peraturan', 'urusan', 'tingkatan', 'aturan', 'render']) expect(text).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
    const uncommented = text.replace(/^(\s*)# (\s*(?:[a-z_/.-]+:|- ))/gm, '$1$2');
    writeFileSync(join(dir, 'skj.yaml'), uncommented);
    const config = loadConfig(dir, 'skj.yaml', bundledData());
    expect(config.render?.kertas).toBe('F4');
    expect(config.peraturan?.tanggal_ditetapkan).toBe('2025-01-31');
    expect(config.urusan?.[0]?.kode).toBe('1.02.01');
  });

  it('writes CI for GitHub (SARIF upload, code --check, fmt --check) and GitLab, and editor schema mappings that exist', async () => {
    const dir = tempDir();
    await skj(['init', '--yes'], { cwd: dir });
    const gh = parse(readFileSync(join(dir, '.github/workflows/skj.yml'), 'utf8'));
    const steps = JSON.stringify(gh.jobs.skj.steps);
    expect(steps).toContain('--format sarif');
    expect(steps).toContain('github/codeql-action/upload-sarif');
    expect(steps).toContain('skj code --check');
    expect(steps).toContain('skj fmt --check');
    const gl = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(gl.skj.script).toContain('npx skj code --check');
    expect(gl.skj.script).toContain('npx skj fmt --check');
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(ROOT, schema.replace('./node_modules/skj/', '')))).toBe(true);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.skjcache');
    expect(readFileSync(join(dir, '.editorconfig'), 'utf8')).toContain('indent_size = 2');
  });
});
