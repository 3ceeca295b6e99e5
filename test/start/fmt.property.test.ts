// Property tests (fast-check) of the formatter as a library: whatever order a standard's keys are
// written in, it comes out the same; on random edits of a real standard that still parse, it never
// crashes, never changes what the file means (it refuses instead), and a second pass changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { SourceDoc } from '../../src/core/source.js';
import { formatText, FormatUnsafe } from '../../src/fmt/format.js';
import { ROOT } from '../support/cli.js';

vi.setConfig({ testTimeout: 120_000 });

const EXAMPLE = join(ROOT, 'examples/kominfo-tasikmalaya');
const base = readFileSync(join(EXAMPLE, 'standar/sekretaris.yaml'), 'utf8');
const kamus = readFileSync(join(EXAMPLE, 'kamus/teknis.yaml'), 'utf8');

/** The value with the keys of every mapping in the order `pick` gives. */
function shuffled(value: unknown, pick: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, pick));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, shuffled(v, pick)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = pick() % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

describe('skj fmt as a library', () => {
  it.each([
    ['standar', base],
    ['kamus', kamus],
  ] as const)('puts the format keys of a %s in one order whatever order they are written in', (kind, text) => {
    const data = parse(text) as Record<string, unknown>;
    const canonical = formatText(stringify(data, { lineWidth: 0 }), kind);
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const it = stream[Symbol.iterator]();
        const messy = shuffled(data, () => it.next().value as number) as Record<string, unknown>;
        // Records (competency codes) keep their written order: put them back before comparing.
        const k = (messy.kompetensi ?? undefined) as Record<string, unknown> | undefined;
        if (kind === 'standar' && k) for (const g of Object.keys(k)) k[g] = (data.kompetensi as Record<string, unknown>)[g];
        expect(formatText(stringify(messy, { lineWidth: 0, indent: 4 }), kind)).toBe(canonical);
      }),
      { numRuns: 60 },
    );
  });

  it('never changes meaning and is idempotent on random edits of a real standard', () => {
    const edit = fc.oneof(
      fc.record({ at: fc.nat(), len: fc.nat({ max: 30 }), text: fc.constant('') }),
      fc.record({ at: fc.nat(), len: fc.constant(0), text: fc.constantFrom('\n', '  ', '# c\n', "'", '"', 'x: 1\n', 'kode: 0102\n', 'urusan: 2.10\n', '\n\n', ' #', '- a\n', '&a ', '*a') }),
    );
    let formatted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.text + text.slice(at + e.len);
        }
        if (new SourceDoc({ path: 'x.yaml', text }).syntax.length) return;
        let once: string;
        try {
          once = formatText(text, 'standar');
        } catch (e) {
          if (e instanceof FormatUnsafe) return void refused++; // refused, never written
          throw e;
        }
        expect(parseDocument(once).errors).toEqual([]);
        expect(formatText(once, 'standar')).toBe(once);
        formatted++;
      }),
      { numRuns: 300 },
    );
    // The property is about files that were formatted, not only refused or unparsable ones.
    expect(formatted).toBeGreaterThan(50);
    expect(refused).toBeLessThan(formatted);
  });
});
