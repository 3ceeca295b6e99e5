// Hostile input meets the output: terminal escape sequences and bidi overrides written in YAML values
// are shown escaped in every format and in the Markdown lampiran (issue 7, item 10), and stylish
// output stays proportional to its size (item 9).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { stylish } from '../../src/format/stylish.js';
import { HOSTILE, project, run } from './support.js';

vi.setConfig({ testTimeout: 30_000 });

const RAW = /[\u001b\u0007\u009b\u202e]/;
const escaped = () => project({ 'standar/escape.yaml': readFileSync(join(HOSTILE, 'input-escape.yaml')) });

describe('control characters in YAML values', () => {
  for (const format of ['stylish', 'github', 'sarif', 'json']) {
    it(`are never written raw by --format ${format}`, async () => {
      const r = await run(['validate', '--format', format], escaped());
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('PWNED');
      expect(r.stdout).not.toMatch(RAW);
      if (format === 'json') expect(JSON.parse(r.stdout).diagnostics.find((d: { message: string }) => d.message.includes('PWNED')).message).toContain('\u001b[2J');
      else if (format === 'sarif') expect(r.stdout).toContain('\\\\x1B[2J\\\\x1B]0;PWNED\\\\x07\\\\u202Eadministrator');
      else expect(r.stdout).toContain('\\x1B[2J\\x1B]0;PWNED\\x07\\u202Eadministrator');
    });
  }

  it('are shown escaped in the Markdown lampiran', async () => {
    const dir = escaped();
    const r = await run(['render', '--force', '--format', 'md', '--out', 'out'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(RAW);
    const md = readFileSync(join(dir, 'out', readdirSync(join(dir, 'out'))[0]!), 'utf8');
    expect(md).not.toMatch(RAW);
    expect(md).toContain('\\x1B[2J');
  });
});

describe('stylish on a large file with many diagnostics', () => {
  it('splits each file into lines once, not once per diagnostic, and clips very long lines', () => {
    const text = `${'x'.repeat(100_000)}\n${Array.from({ length: 3_000 }, (_, i) => `k${i}: v`).join('\n')}\n`;
    const diagnostics: Diagnostic[] = Array.from({ length: 3_000 }, (_, i) => ({
      file: 'besar.yaml', rule: 'yaml/syntax', severity: 'error', messageId: 'yaml/syntax', params: { detail: 'x' },
      line: i === 0 ? 1 : i + 1, column: i === 0 ? 50_000 : 1, endLine: i + 1, endColumn: i === 0 ? 50_001 : 2,
    }));
    const split = vi.spyOn(String.prototype, 'split');
    const out = stylish({ files: 1, diagnostics, suppressed: 0, sources: new Map([['besar.yaml', text]]) }, { lang: 'en', color: false });
    const calls = split.mock.calls.length;
    split.mockRestore();
    expect(calls).toBeLessThan(100);
    expect(out.length).toBeLessThan(3_000 * 1_000);
    expect(out).toMatch(/> 1 \| …x{160}…\n {6}\| {42}\^/);
  });
});
