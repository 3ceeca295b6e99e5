// A folder holding several projects is several projects (issue 11 item 6): each validated with its own
// skj.yaml, kamus and registry; never its skj.yaml or kode.lock.yaml read as a standard.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder `daerah/` holding both example projects; Purwakarta's Sekretaris Daerah below its floor. */
function folderOfProjects(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-projects-'));
  made.push(dir);
  for (const name of ['kominfo-tasikmalaya', 'purwakarta']) cpSync(join(ROOT, 'examples', name), join(dir, 'daerah', name), { recursive: true });
  const file = join(dir, 'daerah/purwakarta/standar/jabatan-administrator.yaml');
  const text = readFileSync(file, 'utf8');
  if (!/^ {4}M\.08: 3\b/m.test(text)) throw new Error('the example no longer has M.08: 3');
  writeFileSync(file, text.replace(/^ {4}M\.08: 3\b/m, '    M.08: 2'));
  return dir;
}

describe('skj validate FOLDER-OF-PROJECTS', () => {
  it('the examples folder: each project with its own config, no skj.yaml read as a standard', async () => {
    const r = await skj(['validate', 'examples']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '✔ examples/kominfo-tasikmalaya: 12 berkas diperiksa, tidak ada masalah.\n' +
        '✔ examples/purwakarta: 5 berkas diperiksa, tidak ada masalah (5 ditekan).\n' +
        '✔ Seluruhnya, 2 proyek: 17 berkas diperiksa, tidak ada masalah (5 ditekan).\n',
    );
  });

  it('stylish: a summary per project and the total, in id and en; exit code over all', async () => {
    const cwd = folderOfProjects();
    const id = await skj(['validate', 'daerah'], { cwd });
    expect(id.code).toBe(1);
    expect(id.stdout).toContain('daerah/purwakarta/standar/jabatan-administrator.yaml:27:11  galat  M.08 Pengambilan Keputusan pada level 2');
    expect(id.stdout).toContain('✔ daerah/kominfo-tasikmalaya: 12 berkas diperiksa, tidak ada masalah.\n✖ daerah/purwakarta: 1 masalah (1 galat, 0 peringatan), 5 ditekan\n✖ Seluruhnya, 2 proyek: 1 masalah (1 galat, 0 peringatan), 5 ditekan\n');
    expect(id.stdout).not.toMatch(/skj\.yaml|kode\.lock\.yaml/);
    const en = await skj(['--lang', 'en', 'validate', 'daerah'], { cwd });
    expect(en.stdout).toContain('✖ In total, 2 projects: 1 problem (1 error, 0 warnings), 5 suppressed\n');
  });

  it('json and sarif hold every project', async () => {
    const cwd = folderOfProjects();
    const json = JSON.parse((await skj(['validate', '--format', 'json', 'daerah'], { cwd })).stdout);
    expect(json.files).toBe(17);
    expect(json.projects.map((p: { name: string; errors: number }) => [p.name, p.errors])).toEqual([
      ['daerah/kominfo-tasikmalaya', 0],
      ['daerah/purwakarta', 1],
    ]);
    expect(json.diagnostics.map((d: { file: string }) => d.file)).toEqual(['daerah/purwakarta/standar/jabatan-administrator.yaml']);
    const sarif = JSON.parse((await skj(['validate', '--format', 'sarif', 'daerah'], { cwd })).stdout);
    expect(sarif.runs[0].results).toHaveLength(1);
  });

  it('a loose standard beside the projects is checked as a loose file', async () => {
    const cwd = folderOfProjects();
    writeFileSync(join(cwd, 'daerah/lepas.yaml'), 'nama: Lepas\n');
    const json = JSON.parse((await skj(['validate', '--format', 'json', 'daerah'], { cwd })).stdout);
    expect(json.files).toBe(18);
    expect(new Set(json.diagnostics.map((d: { file: string }) => d.file))).toEqual(new Set(['daerah/lepas.yaml', 'daerah/purwakarta/standar/jabatan-administrator.yaml']));
  });
});

describe('skj code and render on a folder of projects', () => {
  it('code --check checks each project against its own registry', async () => {
    const r = await skj(['code', '--check', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('15 berkas berkode');
  });

  it('code writes each project’s own registry', async () => {
    const cwd = folderOfProjects();
    const file = join(cwd, 'daerah/purwakarta/standar/jabatan-pengawas.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kode: .*\n/m, ''));
    const r = await skj(['code', 'daerah'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/daerah\/purwakarta\/standar\/jabatan-pengawas\.yaml: Jabatan Pengawas → /);
    expect(readFileSync(join(cwd, 'daerah/kominfo-tasikmalaya/kode.lock.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'examples/kominfo-tasikmalaya/kode.lock.yaml'), 'utf8'));
  });

  it('render names the projects and says to render one at a time', async () => {
    const id = await skj(['render', 'examples']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('skj: skj render menyusun satu proyek sekaligus, tetapi PATH menunjuk 2 proyek (examples/kominfo-tasikmalaya; examples/purwakarta); jalankan per proyek, mis. skj render examples/kominfo-tasikmalaya\n');
    const en = await skj(['--lang', 'en', 'render', 'examples']);
    expect(en.stderr).toContain('run it per project, e.g. skj render examples/kominfo-tasikmalaya');
  });
});
