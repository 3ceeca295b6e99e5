// The hostile-input corpus (test/fixtures/hostile/input-*) and generated cases, through the CLI:
// bytes and encodings, odd files and folders, YAML traps. Each answers with a located message and the
// other files are still checked (issue 7, items 4, 9 and 13, and the "already holds" list).
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HOSTILE, SEKRETARIS, project, run } from './support.js';

// Each case runs the CLI on a fresh project; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 30_000 });

const fixture = (name: string) => readFileSync(join(HOSTILE, name));
const validate = async (dir: string, ...paths: string[]) => {
  const r = await run(['validate', '--format', 'json', ...paths], dir);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const noInternal = (s: string) => expect(s).not.toMatch(/internal|internal error|Kesalahan internal|galat internal|at .*\.js:\d+/i);

describe('bytes and encodings', () => {
  it('a Windows-1252 file is reported at its first bad byte, never written, and the other files are still checked', async () => {
    const dir = project({ 'standar/ansi.yaml': fixture('input-windows-1252.yaml') });
    const { code, report } = await validate(dir);
    expect(code).toBe(1);
    expect(report.files).toBe(3); // sekretaris, the kamus, and this one
    const d = report.diagnostics.filter((x: { file: string }) => x.file === 'standar/ansi.yaml');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ rule: 'yaml/syntax', line: 4, column: 51 });
    expect(d[0].message).toContain('Berkas bukan UTF-8: byte 0xE9');
    const before = fixture('input-windows-1252.yaml');
    const c = await run(['code'], dir);
    expect(c.code).not.toBe(0);
    expect(readFileSync(join(dir, 'standar/ansi.yaml')).equals(before)).toBe(true);
  });

  it('a UTF-16 file is called UTF-16, with how to convert it', async () => {
    const dir = project({ 'standar/utf16.yaml': fixture('input-utf16le.yaml') });
    const { report } = await validate(dir);
    const d = report.diagnostics.find((x: { file: string }) => x.file === 'standar/utf16.yaml');
    expect(d).toMatchObject({ line: 1, column: 1, rule: 'yaml/syntax' });
    expect(d.message).toContain('UTF-16LE');
    expect(d.message).toContain('iconv -f UTF-16 -t UTF-8');
  });

  it('a file with CR-only line ends reads like the same file with LF', async () => {
    const dir = project();
    writeFileSync(join(dir, SEKRETARIS), fixture('input-cr-only.yaml'));
    const { code, report } = await validate(dir);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('a file over the size limit is reported without being read; the others are still checked', async () => {
    const dir = project();
    const fd = openSync(join(dir, 'standar/besar.yaml'), 'w');
    ftruncateSync(fd, 30 * 1024 * 1024);
    closeSync(fd);
    const { code, report } = await validate(dir);
    expect(code).toBe(1);
    expect(report.files).toBe(3); // sekretaris, the kamus, and this one
    expect(report.diagnostics).toMatchObject([{ file: 'standar/besar.yaml', line: 1, column: 1, rule: 'yaml/syntax', message: expect.stringContaining('terlalu besar (30 MB; batas 10 MB)') }]);
  });

  it('skj validate /dev/zero answers at once: not a regular file', async () => {
    const { code, report } = await validate(project(), '/dev/zero');
    expect(code).toBe(1);
    expect(report.diagnostics).toMatchObject([{ file: '/dev/zero', line: 1, message: expect.stringContaining('bukan berkas biasa') }]);
  });

  it('a FIFO named as a path is reported, not waited on', async () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'standar/pipa.yaml')]);
    const { code, report } = await validate(dir, 'standar/pipa.yaml');
    expect(code).toBe(1);
    expect(report.diagnostics[0].message).toContain('bukan berkas biasa');
    // Inside a folder a FIFO is not a file at all: skipped.
    expect((await validate(dir)).report.files).toBe(2);
  });
});

describe('files and folders', () => {
  it('a folder named x.yaml given as a path is a usage error (exit 2), not "0 files checked"', async () => {
    const dir = project();
    mkdirSync(join(dir, 'standar/x.yaml'));
    const r = await run(['validate', 'standar/x.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«standar/x.yaml» adalah folder tanpa berkas .yaml atau .yml');
  });

  it('a file name that is not UTF-8 is reported by name; the other files are still checked', async () => {
    const dir = project();
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'standar/')), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('.yaml')]), 'nama: x\n');
    const { code, report } = await validate(dir);
    expect(code).toBe(1);
    expect(report.files).toBe(3); // sekretaris, the kamus, and this one
    expect(report.diagnostics).toMatchObject([{ file: 'standar/café.yaml', message: expect.stringContaining('Nama berkas ini bukan UTF-8') }]);
  });

  it('skj.yaml or kode.lock.yaml being a folder is a located usage error, not an internal error', async () => {
    for (const name of ['skj.yaml', 'kode.lock.yaml']) {
      const dir = project();
      rmSync(join(dir, name), { force: true });
      mkdirSync(join(dir, name));
      const r = await run(['code', '--check'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${name} adalah folder, padahal harus berupa berkas`);
      noInternal(r.stderr);
    }
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is named in a usage error', async () => {
    const dir = project({ 'standar/rahasia/a.yaml': 'nama: x\n' });
    chmodSync(join(dir, 'standar/rahasia'), 0o000);
    const r = await run(['validate'], dir);
    chmodSync(join(dir, 'standar/rahasia'), 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rahasia (EACCES)');
  });

  it('a malformed glob in skj.yaml is a located usage error; odd but valid ones work', async () => {
    const dir = project();
    const config = join(dir, 'skj.yaml');
    const text = readFileSync(config, 'utf8');
    writeFileSync(config, text.replace('standar: standar/**/*.yaml', 'standar: "standar/{a,b/*.yaml"'));
    const r = await run(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skj\.yaml:\d+:\d+: pola standar «standar\/\{a,b\/\*\.yaml» mempunyai kurung kurawal yang tidak berpasangan/);
    writeFileSync(config, text.replace('standar: standar/**/*.yaml', 'standar: "{standar,x}/sek{a,?}etaris.yaml"'));
    const ok = await validate(dir);
    expect(ok.report.files).toBe(2); // sekretaris and the kamus
  });

  it('a symlink loop ends (the link is not followed forever)', async () => {
    const dir = project();
    symlinkSync(join(dir, 'standar'), join(dir, 'standar/loop'));
    const r = await run(['validate'], dir);
    noInternal(r.stderr);
    expect(r.code).toBeLessThanOrEqual(1);
  });
});

describe('YAML traps', () => {
  it('an alias bomb is stopped with a located message', async () => {
    const dir = project({ 'standar/bom.yaml': fixture('input-alias-bomb.yaml') });
    const { code, report } = await validate(dir);
    expect(code).toBe(1);
    expect(report.diagnostics.find((d: { file: string }) => d.file === 'standar/bom.yaml')).toMatchObject({ rule: 'yaml/syntax', line: 1 });
  });

  it('deep nesting is answered with a located message, not a stack overflow', async () => {
    const dir = project({ 'standar/dalam.yaml': `nama: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    const { code, report } = await validate(dir);
    expect(code).toBe(1);
    expect(report.diagnostics.find((d: { file: string }) => d.file === 'standar/dalam.yaml')).toMatchObject({ line: 1 });
  });

  it('__proto__ and constructor keys are unknown fields, and pollute nothing', async () => {
    const dir = project({ 'standar/proto.yaml': fixture('input-proto.yaml') });
    const { report } = await validate(dir);
    const mine = report.diagnostics.filter((d: { file: string }) => d.file === 'standar/proto.yaml');
    expect(mine.map((d: { message: string }) => d.message).join('\n')).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('YAML 1.1 booleans stay text and a leading-zero code is read as a number and reported', async () => {
    const dir = project({ 'standar/yaml11.yaml': fixture('input-yaml11.yaml') });
    const { report } = await validate(dir);
    const mine = report.diagnostics.filter((d: { file: string }) => d.file === 'standar/yaml11.yaml');
    expect(mine.filter((d: { line: number }) => d.line === 4 || d.line === 7)).toEqual([]); // nama: NO, unit_kerja: yes are text
    expect(mine.find((d: { line: number }) => d.line === 8)?.message).toMatch(/tanda kutip/);
  });

  it('a custom tag is a located warning, never a raw YAMLWarning on stderr', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const dir = project({ 'standar/tag.yaml': fixture('input-custom-tag.yaml') });
    const { report, stderr } = await validate(dir);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(stderr).toBe('');
    expect(report.diagnostics.filter((d: { rule: string }) => d.rule === 'yaml/syntax')).toMatchObject([{ file: 'standar/tag.yaml', line: 4, column: 7, severity: 'warning', rule: 'yaml/syntax', message: expect.stringContaining('Tag YAML tidak dikenal') }]);
  });

  it('a mapping with 50,000 keys is checked in linear time, duplicates still located', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: ${i}`);
    keys.push('  k7: dup');
    const dir = project({ 'standar/kunci.yaml': `nama: x\nlain:\n${keys.join('\n')}\n` });
    const t = Date.now();
    const { report } = await validate(dir);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(report.diagnostics.find((d: { rule: string }) => d.rule === 'yaml/syntax')).toMatchObject({ file: 'standar/kunci.yaml', line: 50_003, column: 3, message: expect.stringContaining('Kunci ganda') });
  }, 30_000);
});
