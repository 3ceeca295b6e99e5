// standar/placeholder: a "[ISI: ...]" left by skj init or skj new is still to be filled. A warning, so a
// fresh standard reads as a to-do list rather than a wall of errors; the other rules pass over it.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { isPlaceholder } from '../model/placeholder.js';
import type { PathSegment, SourceDoc } from '../core/source.js';
import type { Rule, RuleContext } from './rule.js';

function check(source: SourceDoc, ctx: RuleContext): void {
  const visit = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (isPlaceholder(key)) ctx.report({ source, path: [...path, key], target: 'key', params: { field: path.join('.'), text: key } });
        visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && isPlaceholder(node.value)) {
      ctx.report({ source, path, params: { field: path.join('.'), text: String(node.value) } });
    }
  };
  visit(source.doc.contents, []);
}

export const standarPlaceholder: Rule = {
  id: 'standar/placeholder',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: isi standar kompetensi jabatan (Perwal Serang 103/2021, Lampiran I, formulir standar; 001:86-118)',
  checkStandar: (doc, ctx) => check(doc.source, ctx),
  checkKamus: (doc, ctx) => check(doc.source, ctx),
};
