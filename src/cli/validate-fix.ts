// `skj validate --fix` and `--fix-dry-run`: the fixes of src/fix/ applied to each project, each changed
// file written once (src/project/rewrite.ts: atomic, never over an edit made meanwhile, never a file
// that is not UTF-8), or shown as a unified diff; then what was changed, file by file.
import { createPatch } from 'diff';
import type { SourceFile } from '../core/source.js';
import { validate, type ValidateInput, type ValidateResult } from '../engine/validate.js';
import { fixProject } from '../fix/apply.js';
import { counted, message, type Lang } from '../i18n/messages.js';
import { rewriteFile, WriteRefused } from '../project/rewrite.js';
import type { BundledData } from '../reference/bundled.js';

export class FixReport {
  private files = 0;
  private fixes = 0;
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly mode: 'write' | 'dry-run',
    private readonly out: (s: string) => void,
    private readonly lang: Lang,
  ) {}

  /** Fixes one project; returns the validation of what its files now hold. */
  run(absolute: ReadonlyMap<string, string>, input: ValidateInput, bundled: BundledData, root: string): ValidateResult {
    const { fixed, applied, result } = fixProject(input, bundled);
    const original = new Map([...input.standar, ...input.kamus].map((f) => [f.path, f.text]));
    const refused = new Set<string>();
    for (const [file, text] of fixed) {
      const before = original.get(file)!;
      if (this.mode === 'write') {
        try {
          rewriteFile(absolute.get(file)!, root, before, () => text);
        } catch (e) {
          if (!(e instanceof WriteRefused)) throw e;
          refused.add(file);
          this.out(`${message(this.lang, `cli.fix.refused.${e.reason}`, { path: file, detail: e.detail })}\n`);
          continue;
        }
      }
      const made = applied.get(file)!;
      this.texts.set(file, text);
      this.files++;
      this.fixes += made.length;
      this.out(`${message(this.lang, 'cli.fix.file', { path: file, what: counted(this.lang, 'cli.fix.count', made.length) })}\n`);
      for (const { rule, fix } of made) this.out(`${message(this.lang, 'cli.fix.item', { what: message(this.lang, fix.messageId, fix.params), rule })}\n`);
      if (this.mode === 'dry-run') this.out(createPatch(file, before, text, '', '', { context: 2 }));
    }
    if (refused.size === 0) return result;
    // A file left unwritten is reported as it is on disk.
    const now = (f: SourceFile) => (this.texts.has(f.path) ? { ...f, text: this.texts.get(f.path)! } : f);
    return validate({ ...input, standar: input.standar.map(now), kamus: input.kamus.map(now) }, bundled);
  }

  /** The text a diagnostic's code frame shows: the fixed one for a fixed file. */
  textOf(file: string): string | undefined {
    return this.texts.get(file);
  }

  summary(): void {
    const key = this.files === 0 ? 'cli.fix.none' : this.mode === 'write' ? 'cli.fix.written' : 'cli.fix.would';
    this.out(`${message(this.lang, key, { files: this.files, fixes: this.fixes })}\n`);
  }
}
