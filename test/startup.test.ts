// Start-up work skj avoids: `--version` answered by the launcher, dictionaries compiled at build time
// (and never used once they are older than the YAML they come from).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDictionaries, loadDictionaries, readCompiled } from '../src/reference/bundled.js';
import { ROOT } from './support/cli.js';

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

  it.runIf(existsSync(join(ROOT, 'dist/cli/main.js')))('skj --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(execFileSync(process.execPath, [join(ROOT, 'bin/skj.js'), flag], { encoding: 'utf8' })).toBe(`${version}\n`);
  });
});
