// The fixes of one standard on its own, against a reference already built (the editor's quick fixes
// and "fix all"): the same rules and fixes as `skj validate --fix`, without the project around it.
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceFile } from '../core/source.js';
import { checkStandarFile } from '../engine/check-file.js';
import { activeRules } from '../engine/validate.js';
import type { Config } from '../model/config.js';
import type { Reference } from '../reference/reference.js';
import { applyFixes, MAX_PASSES, type AppliedFix } from './apply.js';

/** The diagnostics of a standard's text that carry a fix, fix-only ones included. */
export function standarFixes(file: SourceFile, ref: Reference, config?: Config): Diagnostic[] {
  const rules = activeRules(config?.aturan ?? {});
  return checkStandarFile(file, ref, rules, { report: true, fixing: true }).diagnostics.filter((d) => d.fix);
}

/** A standard's text with every safe fix made, pass after pass as `skj validate --fix` makes them. */
export function fixStandarText(file: SourceFile, ref: Reference, config?: Config): { text: string; applied: AppliedFix[] } {
  let text = file.text;
  const applied: AppliedFix[] = [];
  const seen = new Set([text]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const ds = standarFixes({ ...file, text }, ref, config);
    const rules = new Map(ds.map((d) => [d.fix!, d.rule]));
    const next = applyFixes(text, ds.map((d) => d.fix!));
    if (next.applied.length === 0 || seen.has(next.text)) break;
    seen.add(next.text);
    text = next.text;
    applied.push(...next.applied.map((fix) => ({ rule: rules.get(fix)!, fix })));
  }
  return { text, applied };
}
