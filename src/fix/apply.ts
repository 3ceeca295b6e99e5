// Applying fixes, as ESLint does: in order of position, skipping any that overlaps one already taken
// (it is offered again in the next pass, on the text the others left); then validating again and
// repeating, because one fix can make another possible (a name becomes a code, then its copied kamus
// text can go), at most MAX_PASSES times.
import type { Diagnostic, Fix } from '../core/diagnostic.js';
import type { SourceFile } from '../core/source.js';
import type { BundledData } from '../reference/bundled.js';
import { validate, type ValidateInput, type ValidateResult } from '../engine/validate.js';

export const MAX_PASSES = 10;

/** A fix that was made: which rule offered it and what it changed. */
export interface AppliedFix {
  rule: string;
  fix: Fix;
}

/** Applies the fixes that do not overlap; returns the text and the fixes applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let out = '';
  let last = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < last || end < start || end > text.length) continue;
    out += text.slice(last, start) + fix.text;
    last = end;
    applied.push(fix);
  }
  return { text: out + text.slice(last), applied };
}

export interface FixResult {
  /** The files whose text the fixes changed: their new text. */
  fixed: Map<string, string>;
  /** Per changed file, the fixes made, in the order they were made. */
  applied: Map<string, AppliedFix[]>;
  /** Validation of the fixed texts: what is left for the user. */
  result: ValidateResult;
  passes: number;
}

/**
 * Fixes a project's files in memory (nothing is written): the files `input.only` names (default: all
 * standards and kamus) get their fixes applied pass after pass until none is left or a text comes
 * back to a state it had (two fixes undoing each other).
 */
export function fixProject(input: ValidateInput, bundled: BundledData): FixResult {
  const standar = [...input.standar];
  const kamus = [...input.kamus];
  const fixed = new Map<string, string>();
  const applied = new Map<string, AppliedFix[]>();
  const seen = new Map<string, Set<string>>();
  const where = new Map<string, [SourceFile[], number]>();
  standar.forEach((f, i) => where.set(f.path, [standar, i]));
  kamus.forEach((f, i) => where.set(f.path, [kamus, i]));
  // After the first pass, only the files just changed can have new fixes.
  let only = input.only;
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const { diagnostics } = validate({ ...input, standar, kamus, only, fixing: true }, bundled);
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    const changed = new Set<string>();
    for (const [file, ds] of byFile) {
      const [list, i] = where.get(file)!;
      const before = list[i]!;
      const { text, applied: made } = applyFixes(before.text, ds.map((d) => d.fix!));
      const states = seen.get(file) ?? new Set([before.text]);
      seen.set(file, states);
      if (made.length === 0 || states.has(text)) continue;
      states.add(text);
      list[i] = { ...before, text } satisfies SourceFile;
      fixed.set(file, text);
      const rules = new Map(ds.map((d) => [d.fix!, d.rule]));
      applied.set(file, [...(applied.get(file) ?? []), ...made.map((fix) => ({ rule: rules.get(fix)!, fix }))]);
      changed.add(file);
    }
    if (changed.size === 0) break;
    only = changed;
  }
  // A file brought back to its original text is not changed.
  for (const f of input.standar.concat(input.kamus)) {
    if (fixed.get(f.path) === f.text) (fixed.delete(f.path), applied.delete(f.path));
  }
  return { fixed, applied, result: validate({ ...input, standar, kamus, fixing: false }, bundled), passes };
}
