// A rule's documentation, from one source: its metadata (src/rules/), its texts in the catalogue
// (src/i18n/rules.ts) and its examples (src/rules/examples.ts). `skj explain`, stylish's links and the
// README rule tables are all made here, so they cannot drift apart.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { message, type Lang } from '../i18n/messages.js';
import { packageUrl } from '../package-root.js';
import { RULE_EXAMPLES } from '../rules/examples.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';

/** The README anchor of a rule's row: `kompetensi/below-floor` → `rule-kompetensi-below-floor`. */
export const ruleAnchor = (id: string): string => `rule-${id.replace(/[^a-z0-9]+/g, '-')}`;

const README = packageUrl('README.md');

/** Where a rule is documented: the README shipped with skj, at the rule's row. */
export function ruleLink(id: string): string {
  const url = existsSync(fileURLToPath(README)) ? README : pathToFileURL('README.md');
  return `${url.href}#${ruleAnchor(id)}`;
}

export function ruleText(lang: Lang, rule: Rule): { what: string; sumber: string; bad: string; good: string } {
  const ex = RULE_EXAMPLES[rule.id] ?? { bad: '', good: '' };
  return { what: message(lang, `rule.${rule.id}.what`), sumber: message(lang, `rule.${rule.id}.sumber`), ...ex };
}

/** `skj explain RULE` as plain text. */
export function explainText(lang: Lang, rule: Rule): string {
  const t = ruleText(lang, rule);
  const plain = (md: string) => md.replace(/`/g, '');
  return [
    `${rule.id}`,
    `  ${message(lang, 'explain.severity')}: ${message(lang, `format.severity.${rule.severity}`)}`,
    `  ${message(lang, 'explain.what')}: ${t.what}`,
    `  ${message(lang, 'explain.sumber')}: ${t.sumber}`,
    ...(rule.fixable ? [`  ${message(lang, 'explain.fix')}: ${message(lang, rule.fixOnly ? 'explain.fix.only' : 'explain.fix.yes')}`] : []),
    `  ${message(lang, 'explain.bad')}: ${plain(t.bad)}`,
    `  ${message(lang, 'explain.good')}: ${plain(t.good)}`,
    `  ${message(lang, 'explain.more')}: ${ruleLink(rule.id)}`,
  ].join('\n') + '\n';
}

/** The README's rule table (English what and source, severity, examples, --fix), one anchored row per rule. */
export function readmeRuleTable(): string {
  const rows = RULES.map((r) => {
    const t = ruleText('en', r);
    const fix = r.fixOnly ? 'only' : r.fixable ? 'yes' : '';
    return `| <a id="${ruleAnchor(r.id)}"></a>\`${r.id}\` | ${r.severity} | ${t.what} | ${t.sumber} | ${t.bad} | ${t.good} | ${fix} |`;
  });
  return ['| rule | severity | what | legal source | wrong | right | --fix |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
