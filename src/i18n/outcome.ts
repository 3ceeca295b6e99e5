// Messages that state a consequence and its cause (issue 11 items 5–7): the warning limit, several
// projects in one folder, advice outside a project, the language fallback.
export const outcomeId = {
  'format.clean-hidden': '{files}, tidak ada galat; {warnings} tidak ditampilkan (--quiet).',
  'format.project': '{name}: {summary}',
  'format.total': 'Seluruhnya, {projects}: {summary}',
  'format.projects.one': '{n} proyek',
  'format.projects.other': '{n} proyek',
  'cli.validate.too-many-warnings': 'skj menemukan terlalu banyak peringatan: {warnings}, padahal batasnya {max} (--max-warnings {max}); karena itu kode keluar 1. Perbaiki peringatannya atau naikkan batasnya.',
  'cli.lang-unsupported': 'Bahasa «{value}» (SKJ_LANG) tidak didukung; bahasa yang ada: {langs}. Pesan ditampilkan dalam bahasa Indonesia.',
} as const;

export const outcomeEn: Record<keyof typeof outcomeId, string> = {
  'format.clean-hidden': '{files}, no errors; {warnings} not shown (--quiet).',
  'format.project': '{name}: {summary}',
  'format.total': 'In total, {projects}: {summary}',
  'format.projects.one': '{n} project',
  'format.projects.other': '{n} projects',
  'cli.validate.too-many-warnings': 'skj found too many warnings: {warnings}, while the limit is {max} (--max-warnings {max}); hence exit code 1. Fix the warnings or raise the limit.',
  'cli.lang-unsupported': 'Language «{value}» (SKJ_LANG) is not supported; supported languages: {langs}. Messages are shown in Indonesian.',
};
