// Property tests (fast-check) over the reading side: random bytes and random mutations of a valid
// standard never crash validate, and random valid standards survive validate → Markdown with their
// text intact (issue 7, "Also").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeBytes } from '../../src/core/decode.js';
import type { SourceFile } from '../../src/core/source.js';
import { loadProject } from '../../src/engine/project.js';
import { validate } from '../../src/engine/validate.js';
import { bundledData } from '../../src/reference/bundled.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildRenderModel } from '../../src/render/model.js';
import { ROOT } from '../support/cli.js';

// Each run validates a project: a few seconds in all, more on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const bundled = bundledData();
const EXAMPLE = join(ROOT, 'examples/kominfo-tasikmalaya');
const kamus: SourceFile[] = [{ path: 'kamus/teknis.yaml', text: readFileSync(join(EXAMPLE, 'kamus/teknis.yaml'), 'utf8') }];
const base = readFileSync(join(EXAMPLE, 'standar/sekretaris.yaml'), 'utf8');

function check(file: SourceFile): void {
  const r = validate({ standar: [file], kamus }, bundled);
  for (const d of r.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom(':', '- ', '  ', '\n', '"', "'", '&a', '*a', '!tag', '{', '[', '#', '\t', '\r', '\u0000', '\uFEFF', 'kode: 1', '<<: *a')) }),
);

function mutate(text: string, muts: { kind: 'delete' | 'insert'; at: number; len?: number; text?: string }[]): string {
  let t = text;
  for (const m of muts) {
    const at = m.at % (t.length + 1);
    t = m.kind === 'delete' ? t.slice(0, at) + t.slice(at + m.len!) : t.slice(0, at) + m.text! + t.slice(at);
  }
  return t;
}

describe('validate never crashes', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check({ path: 'standar/acak.yaml', ...decodeBytes(bytes) })),
      { numRuns: 100 },
    );
  });

  it('on random mutations of a valid standard', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (muts) => check({ path: 'standar/mutasi.yaml', text: mutate(base, muts) })),
      { numRuns: 100 },
    );
  });
});

describe('valid standards survive validate → render Markdown', () => {
  const text = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.()\-/]{0,60}[A-Za-z0-9.)]$/);
  it('with their nama and ikhtisar intact', () => {
    fc.assert(
      fc.property(text, text, (nama, ikhtisar) => {
        const file = { path: 'standar/acak.yaml', text: base.replace(/^nama: .*$/m, `nama: ${JSON.stringify(nama)}`).replace(/^ikhtisar: .*$/m, `ikhtisar: ${JSON.stringify(ikhtisar)}`) };
        const errors = validate({ standar: [file], kamus }, bundled).diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
        const { project, ref } = loadProject({ standar: [file], kamus }, bundled);
        const md = renderMarkdown(buildRenderModel({ project, ref, rootRelative: (d) => d }));
        const squash = (s: string) => s.replace(/\s+/g, ' ').toUpperCase();
        expect(squash(md)).toContain(squash(nama));
        expect(squash(md)).toContain(squash(ikhtisar));
      }),
      { numRuns: 30 },
    );
  });
});
