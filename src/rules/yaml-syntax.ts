// yaml/syntax: the file must be well-formed YAML without duplicate keys (YAML 1.2 §3.2.1.1).
import type { Rule } from './rule.js';
import type { SourceDoc } from '../core/source.js';
import type { RuleContext } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml/syntax',
  severity: 'error',
  sumber: 'YAML 1.2: kunci dalam satu pemetaan harus unik',
};

export function checkSyntax(source: SourceDoc, ctx: RuleContext): void {
  for (const p of source.syntax) {
    ctx.report({
      source,
      range: p.range,
      variant: p.variant ?? (p.code === 'DUPLICATE_KEY' ? 'duplicate-key' : undefined),
      params: { detail: p.message, ...p.params },
    });
  }
  // A warning (the data is still read): e.g. an unknown tag, whose value is read as plain text.
  for (const p of source.warnings) {
    ctx.report({ source, range: p.range, severity: 'warning', variant: p.variant, params: { detail: p.message, ...p.params } });
  }
}
