// `skj code`: the edge around the pure planner (files and registry in, codes and registry written,
// plan reported, exit code). Modes: write (default), --dry-run (report only), --check (CI gate).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { findProjectRoot } from '../project/config.js';
import { today } from '../code/clock.js';
import { planCodes, withoutAssignments, type Plan, type ProblemKind } from '../code/plan.js';
import { massRetirement, type MassRetirement } from '../code/retire-guard.js';
import { lockRegistries } from '../code/lock.js';
import { readRegistry, registryTextNow, stringifyRegistry, type RegistryFile } from '../code/registry-file.js';
import type { Registry } from '../model/registry.js';
import { writeKode, WriteRefused } from '../code/write.js';
import { assertWritable, writeFileAtomic } from '../project/write-atomic.js';
import { displayKode, parseKode } from '../core/kode.js';
import { planFiles } from '../engine/plan-files.js';
import { message, type Lang } from '../i18n/messages.js';
import { UsageError } from '../project/errors.js';
import { FileReader, projectsInside, resolveProjects, type ProjectFiles } from '../project/files.js';
import { bundledData } from '../reference/bundled.js';
import type { CommandContext } from './io.js';
import { escapeControl } from '../text/control.js';

export interface CodeOptions {
  format: string;
  dryRun?: boolean;
  check?: boolean;
  reassign?: boolean;
  allowRetire?: boolean;
  /** --restore KODE, repeatable. */
  restore?: string[];
}

const FORMATS = ['text', 'json'];

interface ProjectPlan {
  project: ProjectFiles;
  root: string;
  registry: RegistryFile;
  plan: Plan;
  /** The registry text to write, when it differs from the stored one. */
  registryText?: string;
  /** Registry entries that disagree with the files (always 0 for a project without a registry in --check). */
  registryPending: number;
  /** Standards the user asked about. */
  selected: number;
  /** Retirements that need --allow-retire. */
  mass?: MassRetirement;
}

export async function runCode(paths: string[], opts: CodeOptions, { io, lang }: CommandContext): Promise<number> {
  if (!FORMATS.includes(opts.format)) throw new UsageError('cli.bad-choice', { value: opts.format, option: '--format', options: FORMATS.join(', ') });
  if (opts.reassign && paths.length === 0) throw new UsageError('cli.code.reassign-paths');
  if (opts.reassign && opts.check) throw new UsageError('cli.code.reassign-check');
  const date = today(io.env);
  const restore = new Set(
    (opts.restore ?? []).map((value) => {
      const parts = parseKode(value);
      if (!parts) throw new UsageError('cli.code.restore-bad', { value });
      return parts.digits;
    }),
  );
  const bundled = bundledData();
  const reader = new FileReader(io.cwd);
  // The registry lives at a project root: refuse a PATH outside any project before reading a file.
  for (const path of paths) {
    const abs = resolve(io.cwd, path);
    if (existsSync(abs) && !projectRootsOf(abs).length) throw new UsageError('cli.code.no-project', { paths: path });
  }
  const write = !opts.dryRun && !opts.check;
  const context: PlanContext = { paths, opts, cwd: io.cwd, date, restore, bundled, reader };
  // A writing run holds the registry lock from the first read to the last write: plan and write are one step.
  const release = write ? await lockRegistries(projectRoots(paths, io.cwd), (abs) => reader.display(abs)) : undefined;
  let plans: ProjectPlan[];
  let mass: MassRetirement | undefined;
  try {
    plans = await planProjects(context);
    mass = opts.allowRetire ? undefined : plans.find((p) => p.mass)?.mass;
    if (write && mass) {
      const folders = mass.folders.length ? message(lang, 'cli.code.retire-refused.folders', { folders: mass.folders.join(', ') }) : '';
      throw new UsageError('cli.code.retire-refused', { count: mass.count, examples: mass.examples.map(displayKode).join(', ') + (mass.count > mass.examples.length ? ', …' : ''), folders });
    }
    if (write) for (const p of plans) await writePlan(p);
  } finally {
    await release?.();
  }

  const assigned = plans.reduce((n, p) => n + p.plan.assignments.length, 0);
  const pending = plans.reduce((n, p) => n + p.registryPending, 0);
  const problems = plans.reduce((n, p) => n + p.plan.problems.length, 0);
  const files = plans.reduce((n, p) => n + p.selected, 0);
  const mode = opts.check ? 'check' : opts.dryRun ? 'dry-run' : 'write';
  const ok = opts.check ? assigned + pending + problems === 0 : problems === 0;
  let out = opts.format === 'json' ? json(plans, reader, lang, mode, ok) : text(plans, reader, lang, mode, { assigned, pending, problems, files });
  if (mass && opts.dryRun && opts.format !== 'json') out += `${t(lang, 'cli.code.retire-needs-flag', { count: mass.count })}\n`;
  // Names and paths come from the files: their control characters are shown, not obeyed.
  io.stdout(escapeControl(out));
  return ok ? 0 : 1;
}

interface PlanContext {
  paths: string[];
  opts: CodeOptions;
  cwd: string;
  date: string;
  restore: ReadonlySet<string>;
  bundled: ReturnType<typeof bundledData>;
  reader: FileReader;
}

async function planProjects({ paths, opts, cwd, date, restore, bundled, reader }: PlanContext): Promise<ProjectPlan[]> {
  const plans: ProjectPlan[] = [];
  for (const p of resolveProjects(paths, cwd, bundled, 'cli.code.no-project-here')) {
    if (!p.root) throw new UsageError('cli.code.no-project', { paths: [...p.only].join(', ') });
    const root = p.root;
    const registry = readRegistry(root, reader);
    const idOf = (file: string) => relative(root, p.absolute.get(file) ?? join(cwd, file)).split(sep).join('/');
    const items = (await planFiles({ standar: p.standar, kamus: p.kamus, config: p.config }, bundled)).map((f) => ({ id: idOf(f.file), ...f, selected: p.only.has(f.file) }));
    const reassign = opts.reassign ? new Set(items.filter((i) => i.selected).map((i) => i.id)) : undefined;
    checkRestore(restore, registry);
    const plan = planCodes(items, registry.registry, { reassign, today: date, restore });
    for (const k of restore) {
      const entry = registry.registry?.kode[k];
      if (entry && plan.registry.kode[k]?.status !== 'aktif') throw new UsageError('cli.code.restore-unheld', { value: k, file: entry.berkas });
    }
    const mass = massRetirement(registry.registry, plan);
    const text = stringifyRegistry(plan.registry);
    const keep = registry.text === undefined ? Object.keys(plan.registry.kode).length === 0 : registry.text === text;
    const registryPending = registry.registry || !opts.check ? registryChanges(registry.registry, plan.registry) : 0;
    plans.push({ project: p, root, registry, plan, registryPending, selected: items.filter((i) => i.selected).length, ...(mass ? { mass } : {}), ...(keep ? {} : { registryText: text }) });
  }
  return plans;
}

/** The project roots a run writes to: the one around the working directory, or around (or inside) each PATH. */
function projectRoots(paths: string[], cwd: string): string[] {
  if (!paths.length) return [findProjectRoot(cwd)].filter((r): r is string => r !== undefined);
  return [...new Set(paths.flatMap((path) => projectRootsOf(resolve(cwd, path))))];
}

/** The project a path is in, or the projects a folder outside any project holds. */
function projectRootsOf(abs: string): string[] {
  if (!existsSync(abs)) return [];
  const isDir = statSync(abs).isDirectory();
  const root = findProjectRoot(isDir ? abs : dirname(abs));
  return root ? [root] : isDir ? projectsInside(abs) : [];
}

/**
 * Writes one project's codes, then its registry, provided nobody changed the registry since it was read.
 * A file that cannot be written safely is reported and left as it was; the others are written and the
 * registry records exactly what was done.
 */
async function writePlan(p: ProjectPlan): Promise<void> {
  const { project, registry, root } = p;
  const unchanged = () => {
    if (registryTextNow(registry.path) !== registry.text) throw new UsageError('cli.code.registry-changed', { registry: registry.file });
  };
  unchanged();
  if (p.registryText !== undefined) assertWritable(registry.path, registry.file); // before any standard is written
  const sources = new Map(project.standar.map((f) => [f.path, f])); // each text read when its file is written
  const failed = new Map<string, { kind: ProblemKind; params: Record<string, string> }>();
  for (const a of p.plan.assignments) {
    try {
      writeKode(project.absolute.get(a.file)!, root, sources.get(a.file)!.text, a.kode);
    } catch (e) {
      if (!(e instanceof WriteRefused)) throw e;
      failed.set(a.id, { kind: e.reason, params: { detail: e.detail, kode: a.kode } });
    }
    await new Promise((r) => setImmediate(r)); // lets the lock refresh itself during a long run
  }
  if (failed.size) {
    p.plan = withoutAssignments(p.plan, registry.registry, failed);
    p.registryPending = registryChanges(registry.registry, p.plan.registry);
    const text = stringifyRegistry(p.plan.registry);
    p.registryText = registry.text === text || (registry.text === undefined && Object.keys(p.plan.registry.kode).length === 0) ? undefined : text;
  }
  if (p.registryText === undefined) return;
  unchanged();
  writeFileAtomic(registry.path, p.registryText, registry.file);
}

/** Registry entries added, changed or removed: what a summary counts as registry changes. */
function registryChanges(before: Registry | undefined, after: Registry): number {
  const old = before?.kode ?? {};
  let n = Object.keys(old).filter((k) => !(k in after.kode)).length;
  for (const [k, e] of Object.entries(after.kode)) if (JSON.stringify(old[k]) !== JSON.stringify(e)) n++;
  return n;
}

/** --restore names codes the registry holds as retired, and not given up for a successor. */
function checkRestore(restore: ReadonlySet<string>, registry: RegistryFile): void {
  for (const k of restore) {
    const entry = registry.registry?.kode[k];
    const value = displayKode(k);
    if (!entry) throw new UsageError('cli.code.restore-unknown', { value, registry: registry.file });
    if (entry.status === 'aktif') throw new UsageError('cli.code.restore-active', { value, file: entry.berkas });
    if (entry.pengganti) throw new UsageError('cli.code.restore-replaced', { value, pengganti: displayKode(entry.pengganti) });
  }
}

const t = (lang: Lang, key: string, params: Record<string, string | number> = {}) => message(lang, key, params);

function describe(plans: ProjectPlan[], reader: FileReader, lang: Lang) {
  return plans.flatMap(({ root, registry, plan }) => {
    const show = (id: string) => reader.display(join(root, id));
    return [
      ...plan.assignments.map((a) => {
        // A copy given its own code leaves the original's code active: nothing was retired.
        const kept = a.previous === undefined ? undefined : plan.registry.kode[parseKode(a.previous)?.digits ?? ''];
        const copy = a.reason === 'ganti' && kept?.status === 'aktif' && kept.berkas !== a.id;
        return {
          kind: 'assignment' as const,
          json: { file: a.file, nama: a.nama, kode: a.kode, display: displayKode(a.kode), reason: a.reason, ...(a.previous !== undefined ? { previous: a.previous } : {}) },
          line: t(lang, copy ? 'cli.code.assign.ganti-copy' : `cli.code.assign.${a.reason}`, { file: a.file, nama: a.nama, kode: displayKode(a.kode), previous: a.previous ?? '', owner: copy ? show(kept!.berkas) : '' }),
        };
      }),
      ...plan.changes.map((c) => ({
        kind: 'registry' as const,
        json: { registry: registry.file, kode: c.kode, change: c.kind, file: show(c.id), nama: c.nama },
        line: t(lang, `cli.code.registry.${c.kind}`, { registry: registry.file, kode: displayKode(c.kode), file: show(c.id), nama: c.nama }),
      })),
      ...plan.problems.map((p) => {
        const msg = t(lang, `cli.code.problem.${p.kind}${p.kind === 'duplicate' && p.params.owner ? '-copy' : ''}`, { ...p.params, file: p.file });
        return { kind: 'problem' as const, json: { file: p.file, problem: p.kind, message: msg }, line: `${p.file}: ${msg}` };
      }),
    ];
  });
}

function json(plans: ProjectPlan[], reader: FileReader, lang: Lang, mode: string, ok: boolean): string {
  const rows = describe(plans, reader, lang);
  const pick = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.json);
  return JSON.stringify({ version: 1, mode, ok, assignments: pick('assignment'), registry: pick('registry'), problems: pick('problem') }, null, 2) + '\n';
}

function text(plans: ProjectPlan[], reader: FileReader, lang: Lang, mode: string, n: { assigned: number; pending: number; problems: number; files: number }): string {
  const lines = describe(plans, reader, lang).map((r) => r.line);
  const params = { assigned: n.assigned, registry: n.pending, problems: n.problems, files: n.files };
  if (mode === 'check') lines.push(t(lang, n.assigned + n.pending + n.problems === 0 ? 'cli.code.check-ok' : 'cli.code.check-fail', params));
  else if (n.assigned + n.pending + n.problems === 0) lines.push(t(lang, 'cli.code.nothing', params));
  else lines.push(t(lang, mode === 'dry-run' ? 'cli.code.summary-dry-run' : 'cli.code.summary', params));
  return lines.join('\n') + '\n';
}
