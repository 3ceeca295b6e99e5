// The projects around the files open in the editor: skj.yaml, the kamus files and the kode registry,
// read from disk once and re-read when they change there. Standards are not read here: the open
// file is checked alone, the whole project only by the project pass (project-pass.ts).
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readRegistry, type RegistryFile } from '../code/registry-file.js';
import type { SourceFile } from '../core/source.js';
import type { Config } from '../model/config.js';
import { KODE_REGISTRY, REGISTRY_FILE } from '../model/registry.js';
import type { BundledData } from '../reference/bundled.js';
import { CONFIG_FILE, findProjectRoot, loadConfig } from '../project/config.js';
import { UsageError } from '../project/errors.js';
import { FileReader, listProjectFiles, projectFileKind } from '../project/files.js';

export type FileKind = 'standar' | 'kamus' | 'config' | 'registry' | 'other';

/** A located problem that keeps a project file from being read (skj.yaml, kode.lock.yaml, a kamus file). */
export interface ProjectProblem {
  error: UsageError;
  /** Absolute path of the file at fault. */
  file: string;
}

export class Project {
  readonly reader: FileReader;
  config?: Config;
  configProblem?: ProjectProblem;
  registry?: RegistryFile;
  registryProblem?: ProjectProblem;
  private standar = new Set<string>();
  private kamus = new Set<string>();
  private kamusFiles = new Map<string, { mtime: number; file?: SourceFile }>();
  private stamps = new Map<string, number>();

  constructor(
    readonly root: string,
    private readonly bundled: BundledData,
  ) {
    this.reader = new FileReader(root);
    this.reload();
  }

  /** Re-reads skj.yaml, the registry and the file lists. */
  reload(): void {
    this.stamps.set(CONFIG_FILE, mtime(join(this.root, CONFIG_FILE)));
    this.stamps.set(REGISTRY_FILE, mtime(join(this.root, REGISTRY_FILE)));
    this.configProblem = undefined;
    this.config = undefined;
    try {
      this.config = loadConfig(this.root, this.reader.display(join(this.root, CONFIG_FILE)), this.bundled);
    } catch (e) {
      this.configProblem = { error: asUsage(e, this.reader.display(join(this.root, CONFIG_FILE))), file: join(this.root, CONFIG_FILE) };
    }
    this.reloadRegistry();
    this.relist();
  }

  private reloadRegistry(): void {
    this.registry = undefined;
    this.registryProblem = undefined;
    try {
      this.registry = readRegistry(this.root, this.reader);
    } catch (e) {
      this.registryProblem = { error: asUsage(e, this.reader.display(join(this.root, REGISTRY_FILE))), file: join(this.root, REGISTRY_FILE) };
    }
  }

  /** Walks the project again (a file was created, deleted or renamed). */
  relist(): void {
    const files = this.configProblem ? { standar: [], kamus: [] } : listProjectFiles(this.root, this.config);
    this.standar = new Set(files.standar);
    this.kamus = new Set(files.kamus);
    for (const k of [...this.kamusFiles.keys()]) if (!this.kamus.has(k)) this.kamusFiles.delete(k);
  }

  /** Reloads what changed on disk since the last look (another program may have run `skj code`). */
  refresh(): void {
    if (mtime(join(this.root, CONFIG_FILE)) !== this.stamps.get(CONFIG_FILE)) return this.reload();
    const reg = mtime(join(this.root, REGISTRY_FILE));
    if (reg !== this.stamps.get(REGISTRY_FILE)) {
      this.stamps.set(REGISTRY_FILE, reg);
      this.reloadRegistry();
    }
  }

  kindOf(abs: string): FileKind {
    if (abs === join(this.root, CONFIG_FILE)) return 'config';
    if (abs === join(this.root, REGISTRY_FILE)) return 'registry';
    if (this.kamus.has(abs)) return 'kamus';
    if (this.standar.has(abs)) return 'standar';
    const rel = relative(this.root, abs).split(sep).join('/');
    // A file the walk did not see (new, unsaved, or under a skipped folder): its name decides.
    return (this.configProblem ? undefined : projectFileKind(this.config)(rel)) ?? 'other';
  }

  get standarFiles(): readonly string[] {
    return [...this.standar];
  }

  /** The kamus files, with the editor's unsaved text where a kamus is open. */
  kamusSources(overlay: (abs: string) => string | undefined): SourceFile[] {
    const out: SourceFile[] = [];
    for (const abs of this.kamus) {
      const text = overlay(abs);
      if (text !== undefined) {
        out.push({ path: this.reader.display(abs), text });
        continue;
      }
      const stamp = mtime(abs);
      let cached = this.kamusFiles.get(abs);
      if (!cached || cached.mtime !== stamp) {
        let file: SourceFile | undefined;
        try {
          file = this.reader.read(abs);
        } catch {
          file = undefined; // deleted since the walk; the next walk drops it
        }
        cached = { mtime: stamp, file };
        this.kamusFiles.set(abs, cached);
      }
      if (cached.file) out.push(cached.file);
    }
    return out;
  }

  /** validate()'s `extra`: the registry for the registry-aware kode rules, when the project keeps one. */
  get extra(): Record<string, unknown> | undefined {
    const r = this.registry;
    return r?.registry ? { [KODE_REGISTRY]: { registry: r.registry, file: r.file } } : undefined;
  }

  display(abs: string): string {
    return this.reader.display(abs);
  }
}

function mtime(abs: string): number {
  try {
    return statSync(abs).mtimeMs;
  } catch {
    return -1;
  }
}

function asUsage(e: unknown, where: string): UsageError {
  return e instanceof UsageError ? e : new UsageError('cli.unreadable', { path: where, detail: (e as Error)?.message ?? String(e) });
}

/** One Project per skj.yaml; projects no open file needs are dropped. */
export class Projects {
  private readonly byRoot = new Map<string, Project>();

  constructor(private readonly bundled: BundledData) {}

  /** The project around a file, or undefined for a file outside any project. */
  forFile(abs: string): Project | undefined {
    const root = findProjectRoot(join(abs, '..'));
    if (!root) return undefined;
    let p = this.byRoot.get(root);
    if (p) p.refresh();
    else {
      p = new Project(root, this.bundled);
      this.byRoot.set(root, p);
    }
    return p;
  }

  all(): Project[] {
    return [...this.byRoot.values()];
  }

  /** Keeps only the projects of the given (open) files. */
  retain(openFiles: Iterable<string>): void {
    const keep = new Set<string>();
    for (const f of openFiles) {
      const root = findProjectRoot(join(f, '..'));
      if (root) keep.add(root);
    }
    for (const root of [...this.byRoot.keys()]) if (!keep.has(root)) this.byRoot.delete(root);
  }

  get size(): number {
    return this.byRoot.size;
  }
}
