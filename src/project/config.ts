// Finds and reads skj.yaml. An invalid configuration is a usage error (exit 2), reported with its
// location.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema, type Config } from '../model/config.js';
import { MIN_TEXT_AREA_MM, textArea } from '../model/render.js';
import { SourceDoc } from '../core/source.js';
import { RULES } from '../rules/index.js';
import { suggest } from '../text/suggest.js';
import type { BundledData } from '../reference/bundled.js';
import { UrusanIndex } from '../reference/urusan-index.js';
import { UsageError } from './errors.js';
import { readRequired } from './read.js';
import { message, perhaps } from '../i18n/messages.js';
import { reportIssue } from '../rules/schema.js';
import { syntaxDetail } from '../rules/yaml-syntax.js';
import type { Report } from '../rules/rule.js';

export const CONFIG_FILE = 'skj.yaml';

/** The directory holding skj.yaml, walking up from `start`. */
export function findProjectRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `skj.yaml:line:col` of a field of the configuration, for messages about its values. */
export function configWhere(root: string, displayPath: string, path: (string | number)[]): string {
  const source = new SourceDoc({ path: displayPath, text: readRequired(join(root, CONFIG_FILE), displayPath) });
  const r = source.locate(path);
  return `${displayPath}:${r.line}:${r.column}`;
}

export function loadConfig(root: string, displayPath: string, bundled: BundledData): Config {
  const source = new SourceDoc({ path: displayPath, text: readRequired(join(root, CONFIG_FILE), displayPath) });
  const at = (r: { line: number; column: number }) => `${displayPath}:${r.line}:${r.column}`;
  const first = source.syntax[0];
  if (first) {
    const { range, detail } = syntaxDetail(source, first);
    throw new UsageError('cli.config-syntax', { where: at(range), detail });
  }
  const data = source.data ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    // The same catalogue messages as a standard's schema errors, "did you mean" included.
    const reports: Report[] = [];
    reportIssue(source, configSchema, [], parsed.error.issues[0]!, { report: (r) => reports.push(r) });
    const r = reports[0]!;
    const key = `schema.${r.variant}`;
    throw new UsageError('cli.config-schema', {
      where: at(r.path ? source.locate(r.path, r.target) : source.rangeOf(0, 0)),
      detail: { id: message('id', key, r.params), en: message('en', key, r.params) },
    });
  }
  const config = parsed.data;
  for (const id of Object.keys(config.aturan ?? {})) {
    if (RULES.some((r) => r.id === id)) continue;
    const near = suggest(id, RULES.map((r) => ({ keys: [r.id], value: r.id })));
    throw new UsageError('cli.config-rule', { where: at(source.locate(['aturan', id], 'key')), rule: id, saran: perhaps(near ? [`«${near}»`] : []) });
  }
  for (const id of Object.keys(config.tingkatan ?? {})) {
    if (bundled.tingkatan.tingkatan.some((t) => t.id === id)) continue;
    throw new UsageError('cli.config-tingkatan', { where: at(source.locate(['tingkatan', id], 'key')), value: id });
  }
  const problem = new UrusanIndex(bundled.urusan, config.urusan).problems[0];
  if (problem) {
    const field = problem.kind === 'digit' || problem.kind === 'digit-sub' || problem.kind === 'duplicate-digit' ? 'digit' : problem.kind === 'nama' ? 'nama' : 'kode';
    const where = at(source.locate(['urusan', problem.index, field], problem.kind === 'digit' || problem.kind === 'nama' ? 'key' : 'value'));
    const digit = config.urusan?.[problem.index]?.digit ?? '';
    throw new UsageError(problem.kind === 'orphan' ? 'cli.config-urusan' : `cli.config-urusan.${problem.kind}`, { where, value: problem.kode, other: problem.other ?? '', digit });
  }
  if (config.render) {
    const area = textArea(config.render);
    if (!area.fits) {
      const path = config.render.margin_cm ? ['render', 'margin_cm'] : ['render', 'kertas'];
      throw new UsageError('cli.config-render-room', {
        where: at(source.locate(path, 'key')),
        paper: area.paper.join(' × '),
        width: area.width,
        height: area.height,
        minWidth: MIN_TEXT_AREA_MM.width,
        minHeight: MIN_TEXT_AREA_MM.height,
      });
    }
  }
  return config;
}
