// Start-up work skj avoids: `--version` answered by the launcher, dictionaries compiled at build time
// (and never used once they are older than the YAML they come from), the CLI bundled.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDictionaries, loadDictionaries, readCompiled } from '../src/reference/bundled.js';
import { BIN, ensureBuilt, skjProcess } from './support/bin.js';
import { ROOT, skj } from './support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'skj-startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('start-up', () => {
  it('compiled dictionaries hold exactly the YAML dictionaries', () => {
    const file = join(tmp, 'dictionaries.json');
    writeFileSync(file, compileDictionaries());
    expect(readCompiled(pathToFileURL(file))).toEqual(loadDictionaries());
  });

  it('ignores compiled dictionaries made from other YAML', () => {
    const file = join(tmp, 'stale.json');
    const stale = JSON.parse(compileDictionaries()) as { hash: string };
    writeFileSync(file, JSON.stringify({ ...stale, hash: '0'.repeat(64) }));
    expect(readCompiled(pathToFileURL(file))).toBeUndefined();
    expect(readCompiled(pathToFileURL(join(tmp, 'missing.json')))).toBeUndefined();
  });

});

// bin/skj.js runs the bundle in dist/bin/ (scripts/bundle.mjs) through V8's code cache
// (bin/compile-cache.js): it must do what the sources do, find the files skj ships (dictionaries,
// README, fonts) and start its workers from there.
describe('the bundled CLI', { timeout: 120_000 }, () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('skj --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(execFileSync(process.execPath, [BIN, flag], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it.each(['test/fixtures/kominfo-tasikmalaya', 'test/fixtures/hostile', 'test/fixtures/code-basic'])('reports on %s exactly what the sources report', async (project) => {
    for (const format of ['json', 'stylish']) {
      const expected = await skj(['validate', '--format', format, project]);
      for (const args of [[], ['--concurrency', '2']]) {
        const bundled = await skjProcess(ROOT, ['validate', '--format', format, ...args, project]);
        expect({ code: bundled.code, stdout: bundled.stdout, stderr: bundled.stderr }).toEqual(expected);
      }
    }
  });

  it('keeps a code cache per command, used while it matches the build and rewritten when it does not', async () => {
    const temp = join(tmp, 'os-tmp');
    mkdirSync(temp);
    const env = { TMPDIR: temp };
    const args = ['validate', '--format', 'json', 'test/fixtures/kominfo-tasikmalaya'];
    const expected = await skj(args);
    const run = async () => {
      const r = await skjProcess(ROOT, args, env);
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
    };
    await run();
    const dir = join(temp, readdirSync(temp).find((d) => d.startsWith('skj-compile-cache'))!);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/-validate\.bin$/);
    const cache = join(dir, name!);
    const written = readFileSync(cache);
    await run(); // a cache that matches is used as it is
    expect(readFileSync(cache).equals(written)).toBe(true);
    // Damaged data after a valid header (V8 rejects it), or a foreign file: compiled anew, rewritten.
    const header = written.subarray(0, written.indexOf(0x0a) + 1);
    for (const damaged of [Buffer.concat([header, Buffer.from('not a code cache')]), Buffer.from('something else')]) {
      writeFileSync(cache, damaged);
      await run();
      expect(readFileSync(cache).subarray(0, header.length).equals(header)).toBe(true);
      expect(readFileSync(cache).length).toBeGreaterThan(header.length + 1000);
    }
    // A mistyped command writes no cache.
    expect((await skjProcess(ROOT, ['valdate'], env)).code).toBe(2);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it.runIf(process.platform !== 'win32')('uses no cache folder that others can write to', async () => {
    const temp = join(tmp, 'shared-tmp');
    const dir = join(temp, `skj-compile-cache-${process.getuid!()}`);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const r = await skjProcess(ROOT, ['validate', 'test/fixtures/render-long'], { TMPDIR: temp });
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('skj explain links the README shipped beside it', async () => {
    const bundled = await skjProcess(ROOT, ['explain', 'kompetensi/below-floor']);
    expect(bundled.stdout).toBe((await skj(['explain', 'kompetensi/below-floor'])).stdout);
    expect(bundled.stdout).toContain(`${pathToFileURL(join(ROOT, 'README.md')).href}#rule-kompetensi-below-floor`);
  });

  it('skj render writes a PDF with the bundled fonts', async () => {
    const out = join(tmp, 'lampiran');
    const r = await skjProcess(ROOT, ['render', '--format', 'pdf', '--out', out, 'test/fixtures/render-long']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'))!;
    expect(readFileSync(join(out, pdf), 'latin1')).toMatch(/^%PDF-[\s\S]*TeXGyreBonum/);
  });
});
