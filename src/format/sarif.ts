// SARIF 2.1.0 for code scanning: one run, the rules with their legal source, one result per diagnostic.
import { ruleLink } from '../explain/rule-docs.js';
import { message } from '../i18n/messages.js';
import { escapeInline, escapeJson } from '../text/control.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import type { Formatter } from './context.js';

export const sarif: Formatter = (report, { lang }) => {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: message(lang, `rule.${r.id}.what`) },
    fullDescription: { text: message(lang, `rule.${r.id}.sumber`) },
    helpUri: ruleLink(r.id),
    defaultConfiguration: { level: r.severity },
  }));
  const results = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: RULES.findIndex((r) => r.id === d.rule),
    level: d.severity,
    message: { text: escapeInline(message(lang, d.messageId, d.params)) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'skj', version: VERSION, rules } }, results }],
  };
  return escapeJson(JSON.stringify(log, null, 2)) + '\n';
};
