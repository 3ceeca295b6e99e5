// skj's command line. Commands are imported only when run, so `skj --version` stays fast and
// `skj validate` never loads the PDF renderer.
import { Command, CommanderError, Help, Option } from 'commander';
import { hasMessage, LANGS, message, type Lang } from '../i18n/messages.js';
import { UsageError } from '../project/errors.js';
import { escapeInline } from '../text/control.js';
import { suggest } from '../text/suggest.js';
import { VERSION } from '../version.js';
import { processIO, type CliIO, type CommandContext } from './io.js';
import { isPromptAbort } from './prompt.js';

// Commander's section titles, in the user's language.
const HELP_TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
};

function detectLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.SKJ_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'id';
}

/** SKJ_LANG when it names a supported language. */
function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  return (LANGS as readonly string[]).includes(env.SKJ_LANG ?? '') ? (env.SKJ_LANG as Lang) : undefined;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const lang = detectLang(argv, io.env);
  const t = (key: string) => message(lang, key);
  // An unsupported SKJ_LANG is said once, not silently ignored (--lang is checked by commander).
  const asked = io.env.SKJ_LANG;
  if (asked && !(LANGS as readonly string[]).includes(asked) && !argv.some((a) => a === '--lang' || a.startsWith('--lang='))) {
    io.stderr(`skj: ${escapeInline(message(lang, 'cli.lang-unsupported', { value: asked, langs: LANGS.join(', ') }))}\n`);
  }
  const ctx: CommandContext = { io, lang };
  let code = 0;

  const program = new Command('skj')
    .description(t('cli.desc.program'))
    .version(VERSION, '-v, --version', t('cli.desc.version'))
    .helpOption('-h, --help', t('cli.desc.help'))
    .helpCommand('help [command]', t('cli.desc.help-command'))
    .configureHelp({
      styleTitle: (title) => (title in HELP_TITLES ? t(HELP_TITLES[title]!) : title),
      optionTerm: (option) => valueNames(option.flags, lang),
      // Commander's remaining English words in help: placeholders, defaults and choices.
      formatHelp: (cmd, helper) => translateHelp(Help.prototype.formatHelp.call(helper, cmd, helper), lang),
    })
    .addOption(new Option('--lang <lang>', t('cli.desc.lang')).choices(LANGS as string[]))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description(t('cli.desc.validate'))
    .argument(t('cli.arg.paths'), t('cli.desc.paths'))
    .option('-f, --format <format>', t('cli.desc.format'), 'stylish')
    .option('--max-warnings <n>', t('cli.desc.max-warnings'))
    .option('--quiet', t('cli.desc.quiet'))
    .option('--cache', t('cli.desc.cache'))
    .option('--fix', t('cli.desc.fix'))
    .option('--fix-dry-run', t('cli.desc.fix-dry-run'))
    .option('--concurrency <n>', t('cli.desc.concurrency'))
    .action(async (paths: string[], opts) => {
      const { runValidate } = await import('./validate.js');
      code = await runValidate(paths, opts, ctx);
    });

  program
    .command('code')
    .description(t('cli.desc.code'))
    .argument(t('cli.arg.paths'), t('cli.desc.code-paths'))
    .option('-f, --format <format>', t('cli.desc.code-format'), 'text')
    .option('--dry-run', t('cli.desc.dry-run'))
    .option('--check', t('cli.desc.check'))
    .option('--reassign', t('cli.desc.reassign'))
    .option('--allow-retire', t('cli.desc.allow-retire'))
    .option('--restore <kode>', t('cli.desc.restore'), (v: string, prev: string[] = []) => [...prev, v])
    .action(async (paths: string[], opts) => {
      const { runCode } = await import('./code.js');
      code = await runCode(paths, opts, ctx);
    });

  program
    .command('render')
    .description(t('cli.desc.render'))
    .argument(t('cli.arg.paths'), t('cli.desc.paths'))
    .option('-f, --format <formats>', t('cli.desc.render-format'))
    .option('-o, --out <path>', t('cli.desc.render-out'))
    .option('--kamus <which>', t('cli.desc.render-kamus'))
    .option('--force', t('cli.desc.render-force'))
    .option('--font <path>', t('cli.desc.render-font'))
    .option('--paper <size>', t('cli.desc.render-paper'))
    .option('--catchword', t('cli.desc.render-catchword'))
    .option('--pdfa', t('cli.desc.render-pdfa'))
    .action(async (paths: string[], opts) => {
      const { runRender } = await import('./render.js');
      code = await runRender(paths, opts, ctx);
    });

  program
    .command('lsp')
    .description(t('cli.desc.lsp'))
    .option('--stdio', t('cli.desc.lsp-stdio'))
    .allowUnknownOption() // editor clients add their own flags (e.g. --clientProcessId)
    .action(async (opts) => {
      const { runLsp } = await import('./lsp.js');
      code = await runLsp(program.opts().lang ?? envLang(io.env), opts, ctx);
    });

  program
    .command('import')
    .description(t('cli.desc.import'))
    .argument(t('cli.arg.files'), t('cli.desc.import-files'))
    .option('-o, --out <dir>', t('cli.desc.import-out'))
    .option('--kamus-prefix <kode>', t('cli.desc.import-prefix'))
    .option('--report <file>', t('cli.desc.import-report'))
    .option('-f, --format <format>', t('cli.desc.import-format'), 'text')
    .option('--force', t('cli.desc.import-force'))
    .option('--dry-run', t('cli.desc.import-dry-run'))
    .action(async (files: string[], opts) => {
      const { runImport } = await import('./import.js');
      code = await runImport(files, opts, ctx);
    });

  program
    .command('explain')
    .description(t('cli.desc.explain'))
    .argument(t('cli.arg.rule'), t('cli.desc.explain-rule'))
    .action(async (rule: string | undefined) => {
      const { runExplain } = await import('./explain.js');
      code = await runExplain(rule, ctx);
    });

  // Starting a repository and its standards (issue 9).
  program
    .command('init')
    .description(t('cli.desc.init'))
    .argument(t('cli.arg.dir'), t('cli.desc.init-dir'))
    .option('--instansi <nama>', t('cli.desc.init-instansi'))
    .option('--jenis <jenis>', t('cli.desc.init-jenis'))
    .option('--daerah <nama>', t('cli.desc.init-daerah'))
    .option('--pejabat <jabatan>', t('cli.desc.init-pejabat'))
    .option('-y, --yes', t('cli.desc.init-yes'))
    .action(async (dir: string | undefined, opts) => {
      const { runInit } = await import('./init.js');
      code = await runInit(dir, opts, ctx);
    });

  program
    .command('new')
    .description(t('cli.desc.new'))
    .option('-t, --tingkatan <tingkatan>', t('cli.desc.new-tingkatan'))
    .option('-n, --nama <nama>', t('cli.desc.new-nama'))
    .option('--unit <unit>', t('cli.desc.new-unit'))
    .option('--urusan <urusan>', t('cli.desc.new-urusan'))
    .option('--from <file>', t('cli.desc.new-from'))
    .option('-y, --yes', t('cli.desc.new-yes'))
    .action(async (opts) => {
      const { runNew } = await import('./new.js');
      code = await runNew(opts, ctx);
    });

  program
    .command('kamus')
    .description(t('cli.desc.kamus'))
    .argument(t('cli.arg.query'), t('cli.desc.kamus-query'))
    .option('-l, --level <n>', t('cli.desc.kamus-level'))
    .option('-t, --tingkatan [tingkatan]', t('cli.desc.kamus-tingkatan'))
    .option('--urusan', t('cli.desc.kamus-urusan'))
    .option('--pangkat', t('cli.desc.kamus-pangkat'))
    .option('-f, --format <format>', t('cli.desc.kamus-format'), 'text')
    .action(async (query: string[], opts) => {
      const { runKamus } = await import('./kamus.js');
      code = await runKamus(query.join(' '), opts, ctx);
    });

  program
    .command('fmt')
    .description(t('cli.desc.fmt'))
    .argument(t('cli.arg.paths'), t('cli.desc.fmt-paths'))
    .option('--check', t('cli.desc.fmt-check'))
    .option('--diff', t('cli.desc.fmt-diff'))
    .action(async (paths: string[], opts) => {
      const { runFmt } = await import('./fmt.js');
      code = await runFmt(paths, opts, ctx);
    });

  for (const sub of program.commands) {
    sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
    sub.helpOption('-h, --help', t('cli.desc.help'));
  }

  try {
    // `skj help NOPE`: commander would print the general help; name the unknown command instead.
    const words = argv.slice(2).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--lang');
    if (words[0] === 'help' && words[1] !== undefined && !program.commands.some((c) => c.name() === words[1])) {
      throw new CommanderError(2, 'commander.unknownCommand', `unknown command '${words[1]}'`);
    }
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help shown (also for bare `skj`, which commander reports as "(outputHelp)"): not an error.
      if (e.exitCode === 0 || e.code === 'commander.help' || e.message === '(outputHelp)') return 0;
      io.stderr(`skj: ${escapeInline(commanderMessage(e, lang, program.commands.map((c) => c.name())))}\n`);
      return 2;
    }
    if (isPromptAbort(e)) {
      io.stderr(`skj: ${message(lang, 'cli.prompt.aborted')}\n`);
      return 130;
    }
    if (e instanceof UsageError) {
      io.stderr(`skj: ${escapeInline(message(lang, e.messageId, e.params))}\n`);
      return 2;
    }
    io.stderr(`skj: ${escapeInline(message(lang, 'cli.internal', { detail: (e as Error)?.message ?? String(e) }))}\n`);
    if (io.env.SKJ_DEBUG) io.stderr(`${(e as Error)?.stack}\n`);
    return 2;
  }
}

export function main(argv: string[]): Promise<number> {
  return run(argv, processIO());
}

/** Commander's English errors, as catalogue messages (the quoted names are all they contribute). */
function commanderMessage(e: CommanderError, lang: Lang, commands: string[]): string {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (e.code) {
    case 'commander.unknownCommand': {
      const near = suggest(quoted[0] ?? '', commands.map((c) => ({ keys: [c], value: c })));
      return message(lang, near ? 'cli.commander.unknown-command-suggest' : 'cli.commander.unknown-command', { value: quoted[0] ?? '', suggestion: near ?? '', commands: commands.join(', ') });
    }
    case 'commander.unknownOption':
      return message(lang, 'cli.commander.unknown-option', { value: quoted[0] ?? '' });
    case 'commander.missingArgument':
      return message(lang, 'cli.commander.missing-argument', { value: quoted[0] ?? '' });
    case 'commander.optionMissingArgument':
      return message(lang, 'cli.commander.option-missing-argument', { value: valueNames(quoted[0] ?? '', lang) });
    case 'commander.invalidArgument':
      return message(lang, 'cli.commander.invalid-argument', { option: quoted[0] ?? '', value: quoted[1] ?? '', options: e.message.replace(/^.*Allowed choices are (.*?)\.?$/s, '$1') });
    case 'commander.excessArguments':
      return message(lang, 'cli.commander.excess-arguments', {});
    default:
      return message(lang, 'cli.commander.other', { code: e.code });
  }
}

/** An option's value name in the user's language (`--out <folder>`), before commander sizes the help columns. */
function valueNames(flags: string, lang: Lang): string {
  return flags.replace(/([<[])(\w+)(?=[>\]])/g, (all, open: string, name: string) => (hasMessage(`cli.value.${name}`) ? open + message(lang, `cli.value.${name}`) : all));
}

function translateHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => swapPlaceholder(swapPlaceholder(line, '[options]', message(lang, 'cli.help.options-placeholder')), '[command]', message(lang, 'cli.help.command-placeholder')))
    .join('\n')
    .replace(/\(default:(\s)/g, `(${message(lang, 'cli.help.default')}:$1`)
    .replace(/\(choices:(\s)/g, `(${message(lang, 'cli.help.choices')}:$1`);
}

/** A placeholder replaced in a help line; in a row's term the gap before the description absorbs the length difference. */
function swapPlaceholder(line: string, from: string, to: string): string {
  const i = line.indexOf(from);
  if (i < 0) return line;
  const swapped = line.slice(0, i) + to + line.slice(i + from.length);
  const row = /^( +\S(?:.*?\S)?)( {2,})(?=\S)/.exec(line);
  if (!row || i > row[1].length) return swapped;
  const term = row[1].length + to.length - from.length;
  return swapped.slice(0, term) + ' '.repeat(Math.max(2, row[2].length + from.length - to.length)) + line.slice(row[0].length);
}
