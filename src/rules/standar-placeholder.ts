// standar/placeholder: a "[ISI: ...]" left by skj init or skj new is still to be filled. A warning, so a
// fresh standard reads as a to-do list rather than a wall of errors; the other rules pass over it.
import { isPlaceholder } from '../model/placeholder.js';
import type { PathSegment, SourceDoc } from '../core/source.js';
import type { Rule, RuleContext } from './rule.js';

// Walks the plain data (cheap) with an explicit stack (hostile files nest deeper than the call stack),
// each object once (YAML aliases can make the data cyclic); only a found placeholder costs a location.
function check(source: SourceDoc, ctx: RuleContext): void {
  const stack: [unknown, PathSegment[]][] = [[source.data, []]];
  const seen = new Set<object>();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (value !== null && typeof value === 'object') {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (isPlaceholder(key)) ctx.report({ source, path: [...path, key], target: 'key', params: { field: path.join('.'), text: key } });
        stack.push([child, [...path, key]]);
      }
    } else if (isPlaceholder(value)) ctx.report({ source, path, params: { field: path.join('.'), text: String(value) } });
  }
}

export const standarPlaceholder: Rule = {
  id: 'standar/placeholder',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: isi standar kompetensi jabatan (Perwal Serang 103/2021, Lampiran I, formulir standar; 001:86-118)',
  checkStandar: (doc, ctx) => check(doc.source, ctx),
  checkKamus: (doc, ctx) => check(doc.source, ctx),
};
