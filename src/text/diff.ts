// A word-level difference, readable in a terminal: "… mendorong [-Seluruh-] {+seluruh+} …".

import { diffArrays } from 'diff';
import { MAX_DIFF_EDITS, MAX_DIFF_WORDS } from '../core/limits.js';

/**
 * Words of `expected` removed in `actual` as [-…-], words added as {+…+}; unchanged runs are shortened.
 * Undefined when the texts are too long or too different to show (MAX_DIFF_WORDS, MAX_DIFF_EDITS):
 * the `diff` package's Myers algorithm with an edit cap keeps time and memory bounded.
 */
export function wordDiff(expected: string, actual: string, context = 3): string | undefined {
  const a = expected.split(/\s+/).filter(Boolean);
  const b = actual.split(/\s+/).filter(Boolean);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return undefined;
  const changes = diffArrays(a, b, { maxEditLength: MAX_DIFF_EDITS });
  if (!changes) return undefined;
  const parts: { kind: '=' | '-' | '+'; word: string }[] = changes.flatMap((c) => c.value.map((word) => ({ kind: c.added ? ('+' as const) : c.removed ? ('-' as const) : ('=' as const), word })));
  const out: string[] = [];
  let k = 0;
  while (k < parts.length) {
    const p = parts[k]!;
    if (p.kind === '=') {
      let end = k;
      while (end < parts.length && parts[end]!.kind === '=') end++;
      const run = parts.slice(k, end).map((x) => x.word);
      const keepStart = k === 0 ? 0 : context;
      const keepEnd = end === parts.length ? 0 : context;
      if (run.length > keepStart + keepEnd + 1) out.push(...run.slice(0, keepStart), '…', ...run.slice(run.length - keepEnd));
      else out.push(...run);
      k = end;
    } else {
      let end = k;
      while (end < parts.length && parts[end]!.kind === p.kind) end++;
      const words = parts.slice(k, end).map((x) => x.word).join(' ');
      out.push(p.kind === '-' ? `[-${words}-]` : `{+${words}+}`);
      k = end;
    }
  }
  return out.join(' ');
}
