// yaml/syntax: the file must be well-formed YAML without duplicate keys (YAML 1.2 §3.2.1.1).
// The yaml library's errors are English and point where the parser gave up; each is mapped to a
// catalogue message and moved to where the user must act (issue 11 items 2 and 3).
import type { Rule } from './rule.js';
import type { Range, SourceDoc, SyntaxProblem } from '../core/source.js';
import type { RuleContext } from './rule.js';
import { localize } from '../i18n/localize.js';
import type { Localized } from '../core/diagnostic.js';

export const yamlSyntax: Rule = {
  id: 'yaml/syntax',
  severity: 'error',
  sumber: 'YAML 1.2: kunci dalam satu pemetaan harus unik',
};

export interface SyntaxReading {
  /** Message variant of yaml/syntax (`yaml/syntax.<variant>`), or undefined for the generic message. */
  variant?: string;
  range: Range;
  params: Record<string, string>;
}

/** Which mistake a yaml error is, and where the user must act. */
export function readSyntax(source: Pick<SourceDoc, 'text' | 'rangeOf'>, p: SyntaxProblem): SyntaxReading {
  const { code, message } = p;
  if (code === 'DUPLICATE_KEY') return { variant: 'duplicate-key', range: p.range, params: {} };
  if (code === 'TAB_AS_INDENT') return { variant: 'tab', range: p.range, params: {} };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || /Nested mappings/.test(message)) return { variant: 'colon', range: p.range, params: {} };
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return { variant: 'quote', range: openingQuote(source, p.range) ?? p.range, params: {} };
  if (code === 'MISSING_CHAR' && /Implicit map keys/.test(message)) return { variant: 'missing-colon', range: p.range, params: {} };
  if (code === 'BAD_INDENT' && /Flow (sequence|map)/.test(message)) return { variant: 'flow', range: p.range, params: {} };
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return { variant: 'indent', range: firstWord(source, p.range), params: {} };
  if (code === 'ALIAS' || code === 'BAD_ALIAS') return { variant: 'alias', range: p.range, params: {} };
  if (code === 'MULTIPLE_DOCS') return { variant: 'multiple-docs', range: p.range, params: {} };
  return { range: p.range, params: { code } };
}

/** The message of a syntax problem in both languages (for skj.yaml and the registry, which stop at the first). */
export function syntaxDetail(source: Pick<SourceDoc, 'text' | 'rangeOf'>, p: SyntaxProblem): { range: Range; detail: Localized } {
  const r = readSyntax(source, p);
  return { range: r.range, detail: localize(r.variant ? `yaml/syntax.${r.variant}` : 'yaml/syntax', r.params) };
}

export function checkSyntax(source: SourceDoc, ctx: RuleContext): void {
  for (const p of source.syntax) {
    // A problem the reader already classified (encoding, limits) keeps its own message and place.
    if (p.variant) {
      ctx.report({ source, range: p.range, variant: p.variant, params: { detail: p.message, ...p.params } });
      continue;
    }
    const r = readSyntax(source, p);
    ctx.report({ source, range: r.range, variant: r.variant, params: r.params });
  }
  // A warning (the data is still read): e.g. an unknown tag, whose value is read as plain text.
  for (const p of source.warnings) {
    ctx.report({ source, range: p.range, severity: 'warning', variant: p.variant, params: { detail: p.message, ...p.params } });
  }
}

const lineStarts = (text: string): number[] => {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
};

/** A mis-indented line: its first non-blank character, not column 1. */
function firstWord(source: Pick<SourceDoc, 'text' | 'rangeOf'>, range: Range): Range {
  const starts = lineStarts(source.text);
  const start = starts[range.line - 1] ?? 0;
  const line = source.text.slice(start, starts[range.line] ?? source.text.length);
  const indent = line.search(/\S/);
  if (indent <= 0) return range;
  return source.rangeOf(start + indent, start + line.trimEnd().length);
}

/** An unclosed quote: the first value that opens a quote and does not close it on its line. */
function openingQuote(source: Pick<SourceDoc, 'text' | 'rangeOf'>, range: Range): Range | undefined {
  const starts = lineStarts(source.text);
  for (let n = 0; n < range.line && n < starts.length; n++) {
    const line = source.text.slice(starts[n], (starts[n + 1] ?? source.text.length + 1) - 1);
    const m = /^(\s*(?:-\s+)?(?:[^#"'\s][^:#]*:\s+)?)(["'])(.*)$/.exec(line);
    if (!m) continue;
    const q = m[2]!;
    const rest = m[3]!;
    const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closed) return source.rangeOf(starts[n]! + m[1]!.length, starts[n]! + line.length);
  }
  return undefined;
}
