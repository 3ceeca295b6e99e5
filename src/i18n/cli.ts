// Command-line messages that replace commander's English (src/cli/main.ts).
export const cliId = {
  'cli.commander.unknown-command': 'Perintah «{value}» tidak dikenal. Perintah yang ada: {commands}.',
  'cli.commander.unknown-command-suggest': 'Perintah «{value}» tidak dikenal; mungkin maksudnya «{suggestion}»?',
  'cli.commander.unknown-option': 'Opsi «{value}» tidak dikenal (lihat skj --help).',
  'cli.commander.missing-argument': 'Argumen «{value}» wajib diisi (lihat skj --help).',
  'cli.commander.option-missing-argument': 'Opsi «{value}» memerlukan nilai (lihat skj --help).',
  'cli.commander.invalid-argument': 'Nilai «{value}» untuk {option} tidak sah; pilih salah satu: {options}.',
  'cli.commander.excess-arguments': 'Terlalu banyak argumen (lihat skj --help).',
  'cli.commander.other': 'Pemakaian tidak sah ({code}); lihat skj --help.',
  'cli.help.options-placeholder': '[opsi]',
  'cli.help.command-placeholder': '[perintah]',
  'cli.help.default': 'bawaan',
  'cli.help.choices': 'pilihan',
} as const;

export const cliEn: Record<keyof typeof cliId, string> = {
  'cli.commander.unknown-command': 'Unknown command «{value}». Commands: {commands}.',
  'cli.commander.unknown-command-suggest': 'Unknown command «{value}»; did you mean «{suggestion}»?',
  'cli.commander.unknown-option': 'Unknown option «{value}» (see skj --help).',
  'cli.commander.missing-argument': 'Argument «{value}» is required (see skj --help).',
  'cli.commander.option-missing-argument': 'Option «{value}» needs a value (see skj --help).',
  'cli.commander.invalid-argument': 'The value «{value}» for {option} is invalid; choose one of: {options}.',
  'cli.commander.excess-arguments': 'Too many arguments (see skj --help).',
  'cli.commander.other': 'Invalid usage ({code}); see skj --help.',
  'cli.help.options-placeholder': '[options]',
  'cli.help.command-placeholder': '[command]',
  'cli.help.default': 'default',
  'cli.help.choices': 'choices',
};
