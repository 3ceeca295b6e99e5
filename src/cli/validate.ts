// `skj validate`: the edge around the pure validator (files in, formatted report out, exit code).
import { validateFiles } from '../engine/validate-files.js';
import type { Concurrency } from '../engine/pool.js';
import { FORMATTERS } from '../format/index.js';
import { UsageError } from '../project/errors.js';
import { FileReader, resolveProjects } from '../project/files.js';
import { bundledData, dictionariesHash } from '../reference/bundled.js';
import { cacheKey } from '../engine/cache.js';
import { loadCache, saveCache } from '../project/cache-file.js';
import { counted, message } from '../i18n/messages.js';
import { VERSION } from '../version.js';
import { counts, type ProjectSummary } from '../format/context.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceFile } from '../core/source.js';
import { useColor, type CommandContext } from './io.js';
import { FixReport } from './validate-fix.js';
import { registryInput } from './validate-registry.js';

export interface ValidateOptions {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  cache?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  concurrency?: string;
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto' || value === 'off') return value ?? 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError('cli.bad-concurrency', { value });
  return Number(value);
}

export function parseCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError('cli.bad-number', { value, option });
  return Number(value);
}

export async function runValidate(paths: string[], opts: ValidateOptions, { io, lang }: CommandContext): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new UsageError('cli.bad-choice', { value: opts.format, option: '--format', options: Object.keys(FORMATTERS).join(', ') });
  const maxWarnings = parseCount(opts.maxWarnings, '--max-warnings');
  if (opts.fix && opts.fixDryRun) throw new UsageError('cli.fix.both');
  const fixing = opts.fix || opts.fixDryRun ? new FixReport(opts.fixDryRun ? 'dry-run' : 'write', opts.format === 'stylish' ? io.stdout : io.stderr, lang) : undefined;
  const concurrency = parseConcurrency(opts.concurrency);
  const bundled = bundledData();
  const projects = resolveProjects(paths, io.cwd, bundled);
  const reader = new FileReader(io.cwd);
  let files = 0;
  let suppressed = 0;
  let diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const summaries: ProjectSummary[] = [];
  for (const p of projects) {
    // The registry-aware kode rules apply only where the project keeps a kode.lock.yaml.
    // --fix rewrites files between its passes: it runs without the cache.
    const cache = opts.cache && p.root && !fixing ? loadCache(p.root, cacheKey([VERSION, dictionariesHash(), reader.display(p.root), p.config ?? null, p.kamus.map((k) => [k.path, k.text])])) : undefined;
    // Read while the worker threads start (a national registry takes a second).
    const registry = () => (p.root ? registryInput(p.root, reader, cache) : { extra: undefined, extraKey: '' });
    const input = { standar: p.standar, kamus: p.kamus, config: p.config, only: p.only };
    const result = fixing ? fixing.run(p.absolute, { ...input, extra: registry().extra }, bundled, p.root ?? io.cwd) : await validateFiles(input, bundled, { cache, concurrency, extra: registry });
    const unsaved = cache && p.root ? saveCache(p.root, cache) : undefined;
    if (unsaved) io.stderr(`${message(lang, 'cli.cache.unwritable', unsaved)}\n`);
    files += result.files;
    suppressed += result.suppressed;
    for (const d of result.diagnostics) diagnostics.push(d); // not push(...): 100,000s of diagnostics would overflow the stack
    if (p.root) summaries.push({ name: reader.display(p.root) || '.', files: result.files, ...counts(result.diagnostics), suppressed: result.suppressed });
    // Source texts for code frames: only of the files with something to show.
    let byPath: Map<string, SourceFile> | undefined;
    for (const d of result.diagnostics) {
      if (sources.has(d.file)) continue;
      byPath ??= new Map([...p.standar, ...p.kamus].map((f) => [f.path, f]));
      sources.set(d.file, fixing?.textOf(d.file) ?? byPath.get(d.file)!.text);
    }
  }
  fixing?.summary();
  // A project just made by `skj init` validates clean, and says how to begin.
  if (projects.some((p) => p.root && p.standar.length === 0)) io.stderr(`${message(lang, 'cli.validate.no-standar')}\n`);
  // Warnings count against --max-warnings even when --quiet hides them (as in ESLint).
  const { errors, warnings } = counts(diagnostics);
  if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  const hiddenWarnings = opts.quiet ? warnings : 0;
  io.stdout(formatter({ files, diagnostics, suppressed, sources, hiddenWarnings, ...(summaries.length > 1 ? { projects: summaries } : {}) }, { lang, color: useColor(io) }));
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooMany) io.stderr(`${message(lang, 'cli.validate.too-many-warnings', { warnings: counted(lang, 'format.warnings', warnings), max: maxWarnings })}\n`);
  return errors > 0 || tooMany ? 1 : 0;
}
