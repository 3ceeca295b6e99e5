// Turns the command line (PATHs or none) into projects: each a root with its config, its kamus and
// standard files, and the subset of files the user asked about.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { Config } from '../model/config.js';
import { REGISTRY_FILE } from '../model/registry.js';
import { CACHE_FILE } from './cache-file.js';
import type { SourceFile } from '../core/source.js';
import { looksLikeKamus } from '../core/kamus-doc.js';
import type { BundledData } from '../reference/bundled.js';
import { CONFIG_FILE, configWhere, findProjectRoot, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { compileGlob, GlobError, matchAny, walk, type Glob } from './glob.js';
import { readRequired, readSource } from './read.js';

export const DEFAULT_STANDAR = 'standar/**/*.yaml';
export const DEFAULT_KAMUS = 'kamus/**/*.yaml';

export interface ProjectFiles {
  /** Absolute root (the folder of skj.yaml), or undefined for loose files. */
  root?: string;
  config?: Config;
  standar: SourceFile[];
  kamus: SourceFile[];
  /** Display paths of the files the user asked about. */
  only: Set<string>;
  /** Absolute path of each display path, for commands that write. */
  absolute: Map<string, string>;
}

/** Files at the project root that skj itself keeps: never standards or kamus. */
const OWN_FILES = new Set([CONFIG_FILE, REGISTRY_FILE, CACHE_FILE]);

const isYaml = (p: string) => /\.ya?ml$/i.test(p);
const list = (g: string | string[] | undefined, fallback: string) => (g === undefined ? [fallback] : Array.isArray(g) ? g : [g]);

// A class, not an object literal with getters: those are slow to create, and a project lists 165,000 files.
class LazySource implements SourceFile {
  readonly #reader: FileReader;
  constructor(
    readonly path: string,
    readonly abs: string,
    reader: FileReader,
  ) {
    this.#reader = reader;
  }

  get text(): string {
    return this.#reader.loaded(this.abs).text;
  }

  get unreadable(): SourceFile['unreadable'] {
    return this.#reader.loaded(this.abs).unreadable;
  }
}

export class FileReader {
  private last?: { abs: string; file: SourceFile };
  constructor(readonly cwd: string) {}

  display(abs: string): string {
    const rel = relative(this.cwd, abs);
    return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs).split(sep).join('/');
  }

  /**
   * The file, read whenever its text is asked for: a project's texts are never all held at once.
   * The last file read is kept, so that asking for its text and whether it is readable reads it once.
   */
  lazy(abs: string, shown = this.display(abs)): SourceFile {
    return new LazySource(shown, abs, this);
  }

  /** The file at `abs`, read again unless it is the last one read. */
  loaded(abs: string): SourceFile {
    if (this.last?.abs !== abs) this.last = { abs, file: this.read(abs) };
    return this.last.file;
  }

  /**
   * The display path of files below `root` from their root-relative POSIX path, by concatenation (a
   * national repository has 165,000): when root is the working directory or inside it; otherwise
   * undefined (display() decides per file).
   */
  displayBelow(root: string): ((rel: string) => string) | undefined {
    const r = relative(this.cwd, root);
    if (r === '') return (rel) => rel;
    if (r.startsWith('..') || isAbsolute(r)) return undefined;
    const prefix = `${r.split(sep).join('/')}/`;
    return (rel) => prefix + rel;
  }

  /** A file as a source: bounded, as bytes, marked `unreadable` when it is not UTF-8 text. */
  read(abs: string): SourceFile {
    return readSource(abs, this.display(abs));
  }

  /** A file the command cannot do without (skj.yaml, kode.lock.yaml), or a usage error. */
  readRequired(abs: string): string {
    return readRequired(abs, this.display(abs));
  }
}

/**
 * Resolves PATH arguments (none: the project around the working directory). A folder outside any
 * project that holds projects (subfolders with their own skj.yaml) stands for those projects, each
 * with its own configuration, kamus and registry; its YAML files outside them are loose files.
 */
export function resolveProjects(paths: string[], cwd: string, bundled: BundledData, noProject = 'cli.no-project'): ProjectFiles[] {
  const reader = new FileReader(cwd);
  if (paths.length === 0) {
    const root = findProjectRoot(cwd);
    if (!root) throw new UsageError(noProject, { cwd });
    return [projectFiles(root, undefined, reader, bundled)];
  }
  const groups = new Map<string, string[]>();
  const add = (root: string, abs: string) => groups.set(root, [...(groups.get(root) ?? []), abs]);
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError('cli.missing-path', { path: p });
    const dir = statSync(abs).isDirectory() ? abs : resolve(abs, '..');
    const root = findProjectRoot(dir);
    const inner = root || dir !== abs ? [] : projectsInside(abs);
    if (!inner.length) {
      add(root ?? '', abs);
      continue;
    }
    for (const r of inner) add(r, r);
    const inProject = (rel: string) => inner.some((r) => (join(abs, rel) + sep).startsWith(r + sep));
    for (const rel of walk(abs).filter((f) => isYaml(f) && !inProject(f))) add('', join(abs, rel));
  }
  return [...groups].map(([root, targets]) => projectFiles(root || undefined, targets, reader, bundled));
}

/** The project roots (folders with a skj.yaml) below a folder that is not itself in a project. */
export function projectsInside(dir: string): string[] {
  const roots = walk(dir)
    .filter((rel) => posix.basename(rel) === CONFIG_FILE)
    .map((rel) => join(dir, posix.dirname(rel)));
  // A project inside another is part of the outer one.
  return roots.filter((r) => !roots.some((o) => o !== r && r.startsWith(o + sep)));
}

/** The files a PATH names; a folder without YAML files (even one named x.yaml) is a usage error. */
function expand(abs: string, reader: FileReader, badNames: string[]): string[] {
  if (!statSync(abs).isDirectory()) return [abs];
  const files = walk(abs, (rel) => isYaml(rel) && badNames.push(join(abs, rel)))
    .filter(isYaml)
    .map((r) => join(abs, r));
  if (!files.length && !badNames.length) throw new UsageError('cli.folder-empty', { path: reader.display(abs) });
  return files;
}

/** The compiled patterns of skj.yaml `standar` or `kamus`; a pattern skj cannot use is a located usage error. */
function globs(root: string | undefined, shown: string, config: Config | undefined, key: 'standar' | 'kamus', fallback: string): Glob[] {
  const value = config?.[key];
  return list(value, fallback).map((pattern, i) => {
    try {
      return compileGlob(pattern);
    } catch (e) {
      if (!(e instanceof GlobError) || !root) throw e;
      const where = configWhere(root, shown, Array.isArray(value) ? [key, i] : [key]);
      throw new UsageError(`cli.glob-bad.${e.reason}`, { where, key, pattern });
    }
  });
}

/**
 * A pattern written in skj.yaml that matches no file is an error: a typo (standard/ for standar/) would
 * otherwise hide every standard, and `skj code` would retire all their codes (issue 7). A pattern whose
 * folder exists (standar/ just made by `skj init`) is a project with no file there yet, not a typo.
 */
function emptyGlobs(root: string, shown: string, config: Config, files: string[]): void {
  for (const key of ['standar', 'kamus'] as const) {
    const value = config[key];
    if (value === undefined) continue;
    const patterns = Array.isArray(value) ? value : [value];
    patterns.forEach((pattern, i) => {
      const re = compileGlob(pattern);
      if (files.some((f) => re.test(f)) || isDir(join(root, staticBase(pattern)))) return;
      const where = configWhere(root, shown, Array.isArray(value) ? [key, i] : [key]);
      throw new UsageError('cli.glob-empty', { where, key, pattern });
    });
  }
}

// The folder a glob starts from: its segments before the first wildcard ("standar" for "standar/**/*.yaml").
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const i = segments.findIndex((seg) => /[*?[{]/.test(seg));
  return i < 0 ? pattern : segments.slice(0, i).join('/');
}

/** The folder new standards go to: where the first standar pattern of skj.yaml starts. */
export function standarFolder(config: Config | undefined): string {
  const pattern = list(config?.standar, DEFAULT_STANDAR)[0]!;
  return /[*?[{]/.test(pattern) ? staticBase(pattern) : posix.dirname(pattern);
}

function isDir(abs: string): boolean {
  return existsSync(abs) && statSync(abs).isDirectory();
}

/** What a project file is by the project's globs (path relative to the root, POSIX), kamus first. */
export function projectFileKind(config: Config | undefined, root?: string, shown = ''): (rel: string) => 'standar' | 'kamus' | undefined {
  const standarGlobs = globs(root, shown, config, 'standar', DEFAULT_STANDAR);
  const kamusGlobs = globs(root, shown, config, 'kamus', DEFAULT_KAMUS);
  return (rel) => {
    if (OWN_FILES.has(rel)) return undefined; // a broad glob such as **/*.yaml must not read skj's own files
    return matchAny(rel, kamusGlobs) ? 'kamus' : matchAny(rel, standarGlobs) ? 'standar' : undefined;
  };
}

/** The project's own kamus and standard files (absolute paths), classified by its globs; nothing is read. */
export function listProjectFiles(root: string, config: Config | undefined): { standar: string[]; kamus: string[] } {
  const kindOf = projectFileKind(config, root, join(root, CONFIG_FILE));
  const out = { standar: [] as string[], kamus: [] as string[] };
  for (const rel of walk(root)) {
    const kind = kindOf(rel);
    if (kind) out[kind].push(join(root, rel));
  }
  return out;
}

function projectFiles(root: string | undefined, targets: string[] | undefined, reader: FileReader, bundled: BundledData): ProjectFiles {
  const shownConfig = root ? reader.display(join(root, CONFIG_FILE)) : '';
  const config = root ? loadConfig(root, shownConfig, bundled) : undefined;
  const kindOf = projectFileKind(config, root, shownConfig);
  const absolute = new Map<string, string>();
  const standar: SourceFile[] = [];
  const kamus: SourceFile[] = [];
  const add = (abs: string, kind?: 'standar' | 'kamus', badName = false, shown = reader.display(abs)) => {
    if (absolute.has(shown)) return; // one display path per file: a target may be a project file
    const file = badName
      ? { path: shown, text: '', unreadable: { reason: 'bad-name' as const, line: 1, column: 1, params: {} } }
      : kind
        ? reader.lazy(abs, shown)
        : reader.read(abs);
    absolute.set(file.path, abs);
    let k = kind;
    if (!k) {
      let data: unknown;
      try {
        data = file.unreadable ? undefined : parse(file.text, { logLevel: 'silent' });
      } catch {
        data = undefined; // yaml/syntax reports it once the file is checked as a standard
      }
      k = looksLikeKamus(data) ? 'kamus' : 'standar';
    }
    (k === 'kamus' ? kamus : standar).push(file);
  };
  // The project's own files, classified by its globs.
  if (root) {
    const badNames: string[] = [];
    const files = walk(root, (rel) => badNames.push(rel)).filter((rel) => !OWN_FILES.has(rel)); // a broad glob such as **/*.yaml must not read skj's own files
    if (config) emptyGlobs(root, shownConfig, config, files);
    const below = reader.displayBelow(root);
    // Absolute paths by concatenation where the walk's POSIX paths are native (path.join normalises each of 165,000).
    const base = root.endsWith(sep) ? root : root + sep;
    const absOf = sep === '/' ? (rel: string) => base + rel : (rel: string) => join(root, rel);
    for (const rel of files) {
      const kind = kindOf(rel);
      if (kind) add(absOf(rel), kind, false, below?.(rel));
    }
    // A file name that is not UTF-8 cannot be carried as text: reported (Latin-1 shown), never read.
    for (const rel of badNames) {
      const kind = kindOf(rel);
      if (kind) add(join(root, rel), kind, true);
    }
  }
  let only: Set<string>;
  if (!targets || targets.some((t) => t === root)) only = new Set(absolute.keys());
  else {
    only = new Set();
    for (const t of targets) {
      const badNames: string[] = [];
      for (const abs of expand(t, reader, badNames)) {
        if (root && [...OWN_FILES].some((f) => abs === join(root, f))) continue;
        add(abs);
        only.add(reader.display(abs));
      }
      for (const abs of badNames) {
        add(abs, 'standar', true);
        only.add(reader.display(abs));
      }
    }
  }
  return { root, config, standar, kamus, only, absolute };
}
