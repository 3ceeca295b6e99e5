// Inline suppression: `# skj-disable-next-line RULE[, RULE…] -- reason` silences those rules on the
// next line; without a rule it silences every rule there.
export interface Suppression {
  /** Line of the comment (1-based); it applies to line + 1. */
  line: number;
  column: number;
  rules: string[];
  used: boolean;
}

const DIRECTIVE = /#\s*skj-disable-next-line\b([^\n]*)/;

export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const spec = m[1]!.split('--')[0]!.trim();
    out.push({ line: i + 1, column: m.index + 1, rules: spec ? spec.split(/[\s,]+/).filter(Boolean) : [], used: false });
  });
  return out;
}

export function suppresses(s: Suppression, line: number, rule: string): boolean {
  return s.line + 1 === line && (s.rules.length === 0 || s.rules.includes(rule));
}
