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
  'kode/duplicate.copy': 'Kode jabatan {value} terdaftar di {registry} untuk {owner}; berkas ini salinannya. Beri berkas ini kode baru: `skj code --reassign {file}`.',
  'cli.code.problem.duplicate-copy': 'kode «{value}» terdaftar untuk {owner}, jadi berkas ini salinannya; dibiarkan. Beri berkas ini kode baru dengan `skj code --reassign {file}`.',
  'cli.code.assign.ganti-copy': '{file}: {nama} → {kode} (salinan; {previous} tetap milik {owner})',
  'kompetensi/missing.group': 'Kelompok «{group}» tidak ada. Wajib dicantumkan: {list} (standar minimal {tingkatan}, {sumber}). Tambahkan «{group}:» di bawah «kompetensi».',
  'kompetensi/missing.group-any': 'Kelompok «{group}» tidak ada. Wajib dicantumkan pada setiap standar: {list}. Tambahkan «{group}:» di bawah «kompetensi».',
  'kompetensi/missing.level': '{kode} {nama}, minimal level {level}',
  'cli.code.no-project-here': 'Tidak ada skj.yaml di {cwd} maupun folder di atasnya, padahal skj code menyimpan registri kode (kode.lock.yaml) di proyek. Jalankan di dalam folder proyek (atau sebutkan berkas di dalamnya), atau siapkan proyek dulu: npx skj init',
  'cli.render.no-project-here': 'Tidak ada skj.yaml di {cwd} maupun folder di atasnya, padahal lampiran disusun menurut skj.yaml proyek (peraturan, susunan lampiran). Jalankan di dalam folder proyek, sebutkan berkas standarnya (skj render BERKAS…), atau siapkan proyek dulu: npx skj init',
  'cli.code.registry-key': '«{value}» bukan kode jabatan 12 digit tanpa titik (mis. "204160000001"). Registri ini dikelola oleh skj code; pulihkan dari git bila tersunting.',
} as const;

export const outcomeEn: Record<keyof typeof outcomeId, string> = {
  'format.clean-hidden': '{files}, no errors; {warnings} not shown (--quiet).',
  'format.project': '{name}: {summary}',
  'format.total': 'In total, {projects}: {summary}',
  'format.projects.one': '{n} project',
  'format.projects.other': '{n} projects',
  'cli.validate.too-many-warnings': 'skj found too many warnings: {warnings}, while the limit is {max} (--max-warnings {max}); hence exit code 1. Fix the warnings or raise the limit.',
  'cli.lang-unsupported': 'Language «{value}» (SKJ_LANG) is not supported; supported languages: {langs}. Messages are shown in Indonesian.',
  'kode/duplicate.copy': 'Job code {value} is registered in {registry} for {owner}; this file is the copy. Give this file a new code: `skj code --reassign {file}`.',
  'cli.code.problem.duplicate-copy': 'code «{value}» is registered for {owner}, so this file is the copy; left alone. Give this file a new code with `skj code --reassign {file}`.',
  'cli.code.assign.ganti-copy': '{file}: {nama} → {kode} (a copy; {previous} stays with {owner})',
  'kompetensi/missing.group': 'Group «{group}» is missing; mandatory: {list} (minimum standard of {tingkatan}, {sumber}). Add «{group}:» under «kompetensi».',
  'kompetensi/missing.group-any': 'Group «{group}» is missing; mandatory in every standard: {list}. Add «{group}:» under «kompetensi».',
  'kompetensi/missing.level': '{kode} {nama}, at least level {level}',
  'cli.code.no-project-here': 'No skj.yaml in {cwd} or any folder above it, and skj code keeps its code registry (kode.lock.yaml) in a project. Run it inside the project folder (or name files inside it), or set up a project first: npx skj init',
  'cli.render.no-project-here': 'No skj.yaml in {cwd} or any folder above it, and the appendices follow the project\'s skj.yaml (regulation, lampiran structure). Run it inside the project folder, name the standard files (skj render FILE…), or set up a project first: npx skj init',
  'cli.code.registry-key': '«{value}» is not a 12-digit job code without dots (e.g. "204160000001"). This registry is kept by skj code; restore it from git if it was edited.',
};
