// `skj init [DIR]`: sets up an agency repository. Answers come from flags, else from questions on a
// terminal, else (--yes, or no terminal) defaults; existing files are never touched.
import { existsSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { message } from '../i18n/messages.js';
import { defaultPejabat, planInit } from '../init/plan.js';
import type { InitAnswers } from '../init/templates.js';
import { UsageError } from '../project/errors.js';
import { FileReader } from '../project/files.js';
import { writeFileAtomic } from '../project/write-atomic.js';
import type { CommandContext } from './io.js';

export interface InitOptions extends InitAnswers {
  yes?: boolean;
}

const JENIS = ['Peraturan Bupati', 'Peraturan Wali Kota', 'Peraturan Gubernur'];

export async function runInit(dir: string | undefined, opts: InitOptions, { io, lang }: CommandContext): Promise<number> {
  const t = (key: string, params = {}) => message(lang, key, params);
  const root = resolve(io.cwd, dir ?? '.');
  if (existsSync(root) && !lstatSync(root).isDirectory()) throw new UsageError('cli.init.not-dir', { path: dir ?? '.' });
  const answers: InitAnswers = { instansi: opts.instansi, jenis: opts.jenis, daerah: opts.daerah, pejabat: opts.pejabat };
  const ask = opts.yes ? undefined : io.prompt;
  if (ask) {
    answers.instansi ??= (await ask.input(t('cli.init.ask.instansi'))) || undefined;
    answers.jenis ??= await ask.select(t('cli.init.ask.jenis'), JENIS.map((j) => ({ value: j, name: j })), JENIS[0]);
    answers.daerah ??= (await ask.input(t('cli.init.ask.daerah'))) || undefined;
    answers.pejabat ??= (await ask.input(t('cli.init.ask.pejabat'), defaultPejabat(answers.jenis, answers.daerah))) || undefined;
  }
  answers.jenis ??= JENIS[0];
  answers.pejabat ??= defaultPejabat(answers.jenis, answers.daerah);

  const reader = new FileReader(io.cwd);
  const skipped: string[] = [];
  for (const file of planInit(answers)) {
    const abs = join(root, file.path);
    const shown = reader.display(abs);
    if (existsSync(abs) || isLink(abs)) {
      skipped.push(shown);
      continue;
    }
    writeFileAtomic(abs, file.content, shown);
    io.stdout(`${t('cli.init.wrote', { path: shown })}\n`);
  }
  for (const path of skipped) io.stdout(`${t('cli.init.skipped', { path })}\n`);
  if (!existsSync(join(root, 'package.json'))) io.stdout(`${t('cli.init.no-package')}\n`);
  io.stdout(`${t('cli.init.next')}\n`);
  return 0;
}

/** A dangling symbolic link "exists" too: writing through it would create a file elsewhere. */
function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
