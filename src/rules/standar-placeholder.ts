// standar/placeholder: a "[ISI: ...]" left by skj init or skj new is still to be filled. A warning, so a
// fresh standard reads as a to-do list rather than a wall of errors; the other rules pass over it.
import { isPlaceholder } from '../model/placeholder.js';
import type { PathSegment, SourceDoc } from '../core/source.js';
import type { Rule, RuleContext } from './rule.js';

// Walks the plain data (cheap) with an explicit stack (hostile files nest deeper than the call stack),
// each object once (YAML aliases can make the data cyclic); a path is built only for a found
// placeholder (each visited value keeps a link to its parent instead: this runs on every standard).
interface Step {
  up: Step | undefined;
  key: PathSegment;
}

function pathOf(step: Step | undefined): PathSegment[] {
  const out: PathSegment[] = [];
  for (let s = step; s; s = s.up) out.push(s.key);
  return out.reverse();
}

function check(source: SourceDoc, ctx: RuleContext): void {
  const stack: [unknown, Step | undefined][] = [[source.data, undefined]];
  const seen = new Set<object>();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, at] = next;
    if (value !== null && typeof value === 'object') {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, { up: at, key: i }]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (isPlaceholder(key)) ctx.report({ source, path: [...pathOf(at), key], target: 'key', params: { field: pathOf(at).join('.'), text: key } });
        stack.push([child, { up: at, key }]);
      }
    } else if (isPlaceholder(value)) {
      const path = pathOf(at);
      ctx.report({ source, path, params: { field: path.join('.'), text: String(value) } });
    }
  }
}

export const standarPlaceholder: Rule = {
  id: 'standar/placeholder',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: isi standar kompetensi jabatan (Perwal Serang 103/2021, Lampiran I, formulir standar; 001:86-118)',
  checkStandar: (doc, ctx) => check(doc.source, ctx),
  checkKamus: (doc, ctx) => check(doc.source, ctx),
};
