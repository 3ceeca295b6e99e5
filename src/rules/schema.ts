// schema: structure of standard and kamus files, as defined by the zod formats in src/model/.
import * as z from 'zod';
import { kamusSchema } from '../model/kamus.js';
import { kompetensiNilaiSchema, standarSchema } from '../model/standar.js';
import { schemaAt } from '../core/salvage.js';
import type { Path, SourceDoc } from '../core/source.js';
import { suggest } from '../text/suggest.js';
import { quoteAsWritten, writtenAt } from '../fix/edit.js';
import type { Rule, RuleContext } from './rule.js';
import { MANDATORY_GROUPS } from './kompetensi-missing.js';

type Issue = z.core.$ZodIssue;

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

function fieldName(path: Path): string {
  return path.length ? path.join('.') : '(dokumen)';
}

/** Reports one zod issue as a catalogue message (also used for skj.yaml, src/project/config.ts). */
export function reportIssue(source: SourceDoc, root: z.ZodType, base: Path, issue: Issue, ctx: Pick<RuleContext, 'report'>): void {
  const path = [...base, ...(issue.path as (string | number)[])];
  const input = source.get(path);
  const field = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys((schemaAt(root, issue.path as PropertyKey[]) as z.ZodObject | undefined)?.shape ?? {});
      for (const key of issue.keys) {
        const near = suggest(key, known.map((k) => ({ keys: [k], value: k })));
        ctx.report({
          source,
          path: [...path, key],
          target: 'key',
          variant: near ? 'unknown-field-suggest' : 'unknown-field',
          params: { field: [...path, key].join('.'), suggestion: near ?? '', known: known.join(', ') },
        });
      }
      return;
    }
    case 'invalid_type':
      if (input === undefined) {
        ctx.report({ source, path: path.slice(0, -1), target: 'key', variant: 'required', params: { field } });
      } else {
        const actual = typeOf(input);
        const quote = issue.expected === 'string' && (actual === 'number' || actual === 'boolean');
        // The text as written: `urusan: 2.10` is quoted "2.10", not the number's "2.1".
        const value = (quote && writtenAt(source, path)) || String(input);
        ctx.report({
          source,
          path,
          variant: quote ? 'type-quote' : 'type',
          params: { field, expected: `@type.${issue.expected}`, actual: `@type.${actual}`, value },
          fix: quote ? quoteAsWritten(source, path, 'fix.quote', { field, from: value }) : undefined,
        });
      }
      return;
    case 'too_small':
      ctx.report({ source, path, variant: issue.origin === 'string' ? 'empty' : 'too-small', params: { field, minimum: Number(issue.minimum) } });
      return;
    case 'invalid_value':
      ctx.report({ source, path, variant: 'enum', params: { field, value: String(input), options: issue.values.map(String).join(', ') } });
      return;
    case 'invalid_format':
      ctx.report({ source, path, variant: 'format', params: { field, value: String(input) } });
      return;
    default:
      ctx.report({ source, path, variant: 'invalid', params: { field, value: typeof input === 'object' ? typeOf(input) : String(input) } });
  }
}

/** Issues other rules report with a more precise message. */
function ownedElsewhere(path: readonly PropertyKey[], source: SourceDoc): boolean {
  if (path[0] === 'kompetensi' && path.length >= 3) return true; // kompetensi/level and the object form below
  // A missing mandatory group: kompetensi/missing names what it must hold, at which level.
  if (path[0] === 'kompetensi' && path.length === 2 && MANDATORY_GROUPS.includes(path[1] as string) && source.get(path as Path) == null) return true;
  if (path[0] === 'persyaratan' && path[path.length - 1] === 'kategori') return true; // persyaratan/kategori
  return false;
}

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  fixable: true,
  sumber: 'Format berkas skj (schemas/*.schema.json); isi standar: PermenPANRB 38/2017, formulir 001:667-707',
  checkStandar(doc, ctx) {
    const result = standarSchema.safeParse(doc.source.data);
    if (!result.success) {
      for (const issue of result.error.issues) if (!ownedElsewhere(issue.path, doc.source)) reportIssue(doc.source, standarSchema, [], issue, ctx);
    }
    const objectForm = kompetensiNilaiSchema.options[1];
    for (const row of doc.rows) {
      if (row.levelPath === row.path) continue;
      const r = objectForm.safeParse(doc.source.get(row.path));
      if (r.success) continue;
      for (const issue of r.error.issues) if (issue.path[0] !== 'level') reportIssue(doc.source, objectForm, row.path, issue, ctx);
    }
  },
  checkKamus(doc, ctx) {
    const result = kamusSchema.safeParse(doc.source.data);
    if (!result.success) {
      for (const issue of result.error.issues) reportIssue(doc.source, kamusSchema, [], issue, ctx);
    }
  },
};
