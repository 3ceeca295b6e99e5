// `skj explain RULE`: what a rule checks, its legal source, a wrong and a right example.
import { explainText } from '../explain/rule-docs.js';
import { RULES } from '../rules/index.js';
import { UsageError } from '../project/errors.js';
import { suggest } from '../text/suggest.js';
import type { CommandContext } from './io.js';

export async function runExplain(id: string | undefined, { io, lang }: CommandContext): Promise<number> {
  const rules = RULES.map((r) => r.id).join(', ');
  if (!id) throw new UsageError('explain.usage', { rules });
  const rule = RULES.find((r) => r.id === id);
  if (!rule) {
    const near = suggest(id, RULES.map((r) => ({ keys: [r.id], value: r.id })));
    throw near ? new UsageError('explain.unknown-suggest', { rule: id, suggestion: near }) : new UsageError('explain.unknown', { rule: id, rules });
  }
  io.stdout(explainText(lang, rule));
  return 0;
}
