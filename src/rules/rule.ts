// The shape of a rule. Each rule lives in its own module and reports language-neutral diagnostics.
import type { Config } from '../model/config.js';
import type { KamusDoc } from '../core/kamus-doc.js';
import type { StandarDoc } from '../core/standar-doc.js';
import type { StandarFacts } from '../core/standar-facts.js';
import type { Fix, MessageParams, Severity } from '../core/diagnostic.js';
import type { Path, Range, SourceDoc } from '../core/source.js';
import type { Reference } from '../reference/reference.js';

export interface Report {
  source: SourceDoc;
  /** Where the problem is written; a missing field's parent. */
  path?: Path;
  /** An explicit range, for problems that are not at a path (YAML syntax). */
  range?: Range;
  target?: 'key' | 'value';
  /** Message variant: the message id is `<rule id>` or `<rule id>.<variant>`. */
  variant?: string;
  params?: MessageParams;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
  /** A safe correction (`skj validate --fix`, the editor's quick fix). */
  fix?: Fix;
  /**
   * Not a problem, only a rewrite to a canonical form the format also accepts (a competency's name
   * as its code): kept only when fixing, never reported.
   */
  fixOnly?: boolean;
}

/** A project-level report on a standard known by its facts: the engine locates `path` in the file. */
export interface FileReport extends Omit<Report, 'source' | 'range'> {
  file: string;
  path: Path;
}

export interface RuleContext {
  ref: Reference;
  report(r: Report): void;
  /** Fix-only reports are wanted (their fixes cost a parse: skip them otherwise). */
  fixing?: boolean;
}

export interface ProjectContext {
  ref: Reference;
  report(r: Report | FileReport): void;
}

/** What project-level rules see: every kamus document, and of each standard only its facts. */
export interface ProjectFacts {
  standar: StandarFacts[];
  kamus: KamusDoc[];
  config?: Config;
  /** Registry-aware rules (skj code) read this; undefined when the project keeps none. */
  extra?: Record<string, unknown>;
}

export interface Rule {
  id: string;
  severity: Severity;
  /**
   * The legal source with seed lines, for maintainers. Users read the catalogue's `rule.<id>.sumber`
   * and `rule.<id>.what` (src/i18n/rules.ts), which name the regulation.
   */
  sumber: string;
  /** Its reports may carry a safe fix (documented in the README rule table and by `skj explain`). */
  fixable?: boolean;
  /** All its reports are fix-only: a canonical form, never a problem (see Report.fixOnly). */
  fixOnly?: boolean;
  checkStandar?(doc: StandarDoc, ctx: RuleContext): void;
  checkKamus?(doc: KamusDoc, ctx: RuleContext): void;
  checkProject?(project: ProjectFacts, ctx: ProjectContext): void;
}
