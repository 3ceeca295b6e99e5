// `skj new`: a new standard in the project's standar/ folder, from the tier's floors (or a copy of
// another standard with --from). Flags, else questions on a terminal; never overwrites a file.
import { existsSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { message } from '../i18n/messages.js';
import { copyStandarText, newStandarText } from '../new/standar.js';
import { uniqueFileName } from '../new/file-name.js';
import { findProjectRoot } from '../project/config.js';
import { UsageError } from '../project/errors.js';
import { FileReader, resolveProjects, standarFolder } from '../project/files.js';
import { writeFileAtomic } from '../project/write-atomic.js';
import { bundledData } from '../reference/bundled.js';
import { loadReference } from '../engine/project.js';
import { tingkatanChoices, urusanChoices } from './choices.js';
import type { CommandContext } from './io.js';

export interface NewOptions {
  tingkatan?: string;
  nama?: string;
  unit?: string;
  urusan?: string;
  from?: string;
  yes?: boolean;
}

export async function runNew(opts: NewOptions, { io, lang }: CommandContext): Promise<number> {
  const t = (key: string, params = {}) => message(lang, key, params);
  const root = findProjectRoot(io.cwd);
  if (!root) throw new UsageError('cli.new.no-project', { cwd: io.cwd });
  const bundled = bundledData();
  const [project] = resolveProjects([], io.cwd, bundled);
  const { ref } = loadReference({ kamus: project!.kamus, config: project!.config }, bundled);
  const reader = new FileReader(io.cwd);
  const ask = opts.yes ? undefined : io.prompt;

  let fromText: string | undefined;
  if (opts.from) {
    const abs = resolve(io.cwd, opts.from);
    if (!existsSync(abs)) throw new UsageError('cli.missing-path', { path: opts.from });
    fromText = reader.read(abs).text;
  }
  let tingkatan = opts.tingkatan;
  if (!tingkatan && !fromText && ask) {
    tingkatan = await ask.select(
      t('cli.new.ask.tingkatan'),
      ref.tingkatan.entries.map((e) => ({ value: e.id, name: `${e.id} (${e.nama})` })),
      'pengawas',
    );
  }
  const entry = tingkatan ? ref.tingkatan.resolve(tingkatan) : undefined;
  if (tingkatan && !entry) {
    throw new UsageError('cli.new.bad-tingkatan', { value: tingkatan, saran: tingkatanChoices(ref, tingkatan), options: ref.tingkatan.entries.map((e) => e.id).join(', ') });
  }
  let nama = opts.nama?.trim();
  if (!nama && ask) nama = (await ask.input(t('cli.new.ask.nama'))).trim();
  if (!nama || (!entry && !fromText)) throw new UsageError('cli.new.missing');
  let urusan = opts.urusan;
  if (urusan === undefined && !fromText && ask) urusan = (await ask.input(t('cli.new.ask.urusan'))) || undefined;
  let unit = opts.unit;
  if (unit === undefined && !fromText && ask) unit = (await ask.input(t('cli.new.ask.unit'))) || undefined;
  if (urusan !== undefined) {
    const u = ref.urusan.resolve(urusan);
    if (!u) {
      throw new UsageError('cli.new.bad-urusan', { value: urusan, saran: urusanChoices(ref, urusan) });
    }
    urusan = u.kode;
  }

  const text = fromText
    ? copyStandarText(fromText, { nama, tingkatan: entry?.id, urusan, unit })
    : newStandarText({ nama, tingkatan: entry!, urusan, unit }, ref);
  const folder = join(root, standarFolder(project!.config));
  const name = uniqueFileName(nama, (n) => exists(join(folder, n)));
  const abs = join(folder, name);
  writeFileAtomic(abs, text, reader.display(abs));
  io.stdout(`${t('cli.new.wrote', { path: reader.display(abs) })}\n${t('cli.new.next')}\n`);
  return 0;
}

function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
