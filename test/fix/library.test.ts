// The fixes for library users: a diagnostic's own fix, and the whole multipass run in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, bundledData, fixProject, validate } from '../../src/index.js';
import { ROOT } from '../support/cli.js';

const clean = readFileSync(join(ROOT, 'examples/kominfo-tasikmalaya/standar/sekretaris.yaml'), 'utf8');
const kamus = [{ path: 'kamus/teknis.yaml', text: readFileSync(join(ROOT, 'examples/kominfo-tasikmalaya/kamus/teknis.yaml'), 'utf8') }];
const broken = clean.replace(/pangkat: "([^"]*)III\/d/, 'pangkat: "$1III d').replace('    M.01: 3', '    Integritas: 3');

describe('fixes as a library', () => {
  it('a diagnostic carries its fix; applyFixes makes it', () => {
    expect(broken).not.toBe(clean);
    const { diagnostics } = validate({ standar: [{ path: 's.yaml', text: broken }], kamus }, bundledData());
    const pangkat = diagnostics.find((d) => d.rule === 'persyaratan/pangkat')!;
    expect(pangkat.fix).toMatchObject({ text: 'III/d', messageId: 'fix.pangkat' });
    // The name is no problem: validate reports nothing for it.
    expect(diagnostics.filter((d) => d.rule === 'kompetensi/by-name')).toEqual([]);
    expect(applyFixes(broken, [pangkat.fix!]).text).toBe(clean.replace('    M.01: 3', '    Integritas: 3'));
  });

  it('fixProject fixes in memory, fix-only rewrites included, and validates what is left', () => {
    const r = fixProject({ standar: [{ path: 's.yaml', text: broken }], kamus }, bundledData());
    expect(r.fixed.get('s.yaml')).toBe(clean);
    expect(r.applied.get('s.yaml')!.map((a) => a.rule).sort()).toEqual(['kompetensi/by-name', 'persyaratan/pangkat']);
    expect(r.result.diagnostics.filter((d) => d.file === 's.yaml' && d.severity === 'error')).toEqual([]);
  });
});
