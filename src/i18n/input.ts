// Messages about reading input safely: encodings, sizes, limits, fonts (issue 7). The texts about a
// file that cannot be read serve both as a diagnostic (yaml/syntax.<reason>) and, for skj.yaml and
// kode.lock.yaml, as a usage error (cli.unreadable.<reason>).
const unreadableId = {
  'not-utf8': 'Berkas bukan UTF-8: byte {byte} di sini tidak terbaca (mungkin tersimpan sebagai Windows-1252/ANSI). skj tidak membaca atau menulis berkas ini. Simpan ulang sebagai UTF-8 (Notepad: Simpan Sebagai → Pengodean UTF-8; atau `iconv -f WINDOWS-1252 -t UTF-8`).',
  utf16: 'Berkas tersimpan sebagai {encoding}, padahal skj membaca UTF-8. Simpan ulang sebagai UTF-8 (Notepad: Simpan Sebagai → Pengodean UTF-8; atau `iconv -f UTF-16 -t UTF-8 berkas.yaml > baru.yaml`).',
  'too-large': 'Berkas terlalu besar ({size} MB; batas {limit} MB), jadi tidak dibaca. Satu berkas memuat satu standar atau satu kamus; pecah berkas ini.',
  'not-a-file': 'Ini bukan berkas biasa (folder, FIFO atau perangkat), jadi tidak dibaca.',
  'bad-name': 'Nama berkas ini bukan UTF-8, jadi skj tidak dapat membukanya. Ganti namanya dengan huruf biasa.',
} as const;
const unreadableEn: Record<keyof typeof unreadableId, string> = {
  'not-utf8': 'The file is not UTF-8: byte {byte} here cannot be read (it may be saved as Windows-1252/ANSI). skj neither reads nor writes this file. Save it again as UTF-8 (Notepad: Save As → Encoding UTF-8; or `iconv -f WINDOWS-1252 -t UTF-8`).',
  utf16: 'The file is saved as {encoding}, but skj reads UTF-8. Save it again as UTF-8 (Notepad: Save As → Encoding UTF-8; or `iconv -f UTF-16 -t UTF-8 file.yaml > new.yaml`).',
  'too-large': 'The file is too large ({size} MB; the limit is {limit} MB), so it was not read. A file holds one standard or one kamus; split this one.',
  'not-a-file': 'This is not a regular file (a folder, FIFO or device), so it was not read.',
  'bad-name': 'This file name is not UTF-8, so skj cannot open it. Rename it with plain letters.',
};

export const inputId = {
  'yaml/syntax.not-utf8': unreadableId['not-utf8'],
  'yaml/syntax.utf16': unreadableId.utf16,
  'yaml/syntax.too-large': unreadableId['too-large'],
  'yaml/syntax.not-a-file': unreadableId['not-a-file'],
  'yaml/syntax.bad-name': unreadableId['bad-name'],
  'yaml/syntax.tag': 'Tag YAML tidak dikenal: {detail}. Nilainya dibaca sebagai teks biasa; hapus tag-nya (kata yang diawali "!").',
  'cli.unreadable.not-utf8': `{where}: ${unreadableId['not-utf8']}`,
  'cli.unreadable.utf16': `{where}: ${unreadableId.utf16}`,
  'cli.unreadable.too-large': `{where}: ${unreadableId['too-large']}`,
  'cli.unreadable.not-a-file': `{where}: ${unreadableId['not-a-file']}`,
  'cli.unreadable.bad-name': `{where}: ${unreadableId['bad-name']}`,
  'cli.is-folder': '{path} adalah folder, padahal harus berupa berkas. Pindahkan atau ganti nama folder itu.',
  'cli.folder-empty': '«{path}» adalah folder tanpa berkas .yaml atau .yml; tidak ada yang diperiksa. Sebutkan berkas atau folder yang memuat standar.',
  'cli.glob-bad.brace': '{where}: pola {key} «{pattern}» mempunyai kurung kurawal yang tidak berpasangan; tulis {a,b} lengkap.',
  'cli.glob-bad.alternatives': '{where}: pola {key} «{pattern}» menghasilkan lebih dari 256 pilihan {a,b}; sederhanakan polanya.',
  'cli.glob-bad.empty': '{where}: pola {key} kosong; tulis pola berkas, mis. standar/**/*.yaml.',
  'kompetensi/text-drift.deskripsi-long': 'Deskripsi {kode} level {level} berbeda dari kamus; bedanya tidak ditunjukkan karena teksnya terlalu panjang atau terlalu berbeda (batas {words} kata, {edits} perubahan). Teks kamus: «{expected}».',
  'kompetensi/text-drift.indikator-long': 'Indikator {nomor} {kode} berbeda dari kamus; bedanya tidak ditunjukkan karena teksnya terlalu panjang atau terlalu berbeda (batas {words} kata, {edits} perubahan). Teks kamus: «{expected}».',
  'cli.config-render-room': '{where}: kertas {paper} mm dengan margin ini menyisakan bidang teks {width} × {height} mm; minimal {minWidth} × {minHeight} mm. Perkecil margin atau perbesar kertas.',
  'cli.render.paper-room': '--paper {paper}: dengan margin proyek tersisa bidang teks {width} × {height} mm; minimal {minWidth} × {minHeight} mm. Pilih kertas yang lebih besar.',
  'cli.render.glyph-missing': '{where}: peringatan: font tidak memuat {chars}; di PDF dicetak sebagai «?». Tulis dengan huruf lain, atau pakai --font dengan font yang memuatnya.',
} as const;

export const inputEn: Record<keyof typeof inputId, string> = {
  'yaml/syntax.not-utf8': unreadableEn['not-utf8'],
  'yaml/syntax.utf16': unreadableEn.utf16,
  'yaml/syntax.too-large': unreadableEn['too-large'],
  'yaml/syntax.not-a-file': unreadableEn['not-a-file'],
  'yaml/syntax.bad-name': unreadableEn['bad-name'],
  'yaml/syntax.tag': 'Unknown YAML tag: {detail}. The value is read as plain text; remove the tag (the word starting with "!").',
  'cli.unreadable.not-utf8': `{where}: ${unreadableEn['not-utf8']}`,
  'cli.unreadable.utf16': `{where}: ${unreadableEn.utf16}`,
  'cli.unreadable.too-large': `{where}: ${unreadableEn['too-large']}`,
  'cli.unreadable.not-a-file': `{where}: ${unreadableEn['not-a-file']}`,
  'cli.unreadable.bad-name': `{where}: ${unreadableEn['bad-name']}`,
  'cli.is-folder': '{path} is a folder, but it must be a file. Move or rename that folder.',
  'cli.folder-empty': '«{path}» is a folder with no .yaml or .yml file; nothing was checked. Name files or folders that hold standards.',
  'cli.glob-bad.brace': '{where}: the {key} pattern «{pattern}» has an unbalanced brace; write {a,b} in full.',
  'cli.glob-bad.alternatives': '{where}: the {key} pattern «{pattern}» expands to more than 256 {a,b} alternatives; simplify it.',
  'cli.glob-bad.empty': '{where}: the {key} pattern is empty; write a file pattern, e.g. standar/**/*.yaml.',
  'kompetensi/text-drift.deskripsi-long': 'The deskripsi of {kode} level {level} differs from the kamus; the difference is not shown because the texts are too long or too different (limit {words} words, {edits} edits). Kamus text: «{expected}».',
  'kompetensi/text-drift.indikator-long': 'Indikator {nomor} of {kode} differs from the kamus; the difference is not shown because the texts are too long or too different (limit {words} words, {edits} edits). Kamus text: «{expected}».',
  'cli.config-render-room': '{where}: paper {paper} mm with these margins leaves a text area of {width} × {height} mm; the minimum is {minWidth} × {minHeight} mm. Reduce the margins or use larger paper.',
  'cli.render.paper-room': '--paper {paper}: with the project margins the text area is {width} × {height} mm; the minimum is {minWidth} × {minHeight} mm. Choose larger paper.',
  'cli.render.glyph-missing': '{where}: warning: the font has no {chars}; the PDF prints it as «?». Write it another way, or use --font with a font that has it.',
};
