// Messages of skj render's lampiran structure and of the rules it added (organisation chart, teknis lists).
export const renderId = {
  'kompetensi/teknis-without-level':
    'Kompetensi teknis ditulis sebagai daftar {count} nama tanpa level. skj mencetaknya apa adanya, tetapi PermenPANRB 38/2017 mewajibkan setiap kompetensi teknis mempunyai level dari kamus teknis; tulis «kode atau nama: level» dan lengkapi kamus teknis.',
  'standar/atasan':
    'Atasan «{atasan}» bukan nama jabatan di proyek ini; mungkin maksudnya «{nama}»? Tanpa kecocokan, jabatan ini dicetak sebagai puncak struktur organisasi.',
  'standar/atasan.file': 'Berkas atasan «{atasan}» tidak ada (path relatif terhadap berkas ini); jabatan ini dicetak sebagai puncak struktur organisasi. Perbaiki path atau tulis nama jabatan atasan.',
  'standar/atasan.cycle': 'Rantai atasan berputar kembali ke jabatan ini ({chain}); struktur organisasi tidak boleh melingkar. Perbaiki salah satu «atasan».',
  'cli.render.lampiran-no-match': 'render.lampiran ke-{lampiran} di skj.yaml memilih «{pattern}», tetapi tidak ada standar proyek ini yang cocok.',
  'cli.render.lampiran-tingkatan': 'render.lampiran ke-{lampiran} di skj.yaml menyebut tingkatan «{tingkatan}», yang tidak dikenal (mis. jpt-pratama, administrator, pengawas).',
  'cli.render.unplaced': 'Peringatan: {count} standar tidak masuk lampiran mana pun menurut render.lampiran: {paths}.',
  'cli.render.wrote-docx': 'Ditulis {path} ({lampiran} lampiran, dokumen Word)',
} as const;

export const renderEn: Record<keyof typeof renderId, string> = {
  'kompetensi/teknis-without-level':
    'Teknis competencies are written as a list of {count} names without levels. skj prints them as written, but PermenPANRB 38/2017 requires each teknis competency to have a level from a kamus teknis; write «code or name: level» and complete the kamus teknis.',
  'standar/atasan': 'Superior «{atasan}» is not the nama of a jabatan in this project; did you mean «{nama}»? Without a match this jabatan is printed at the top of the organisation chart.',
  'standar/atasan.file': 'Superior file «{atasan}» does not exist (the path is relative to this file); this jabatan is printed at the top of the organisation chart. Fix the path or write the superior\'s nama.',
  'standar/atasan.cycle': 'The chain of superiors leads back to this jabatan ({chain}); an organisation chart cannot be circular. Fix one of the «atasan» fields.',
  'cli.render.lampiran-no-match': 'render.lampiran item {lampiran} in skj.yaml selects «{pattern}», but no standard of this project matches.',
  'cli.render.lampiran-tingkatan': 'render.lampiran item {lampiran} in skj.yaml names tingkatan «{tingkatan}», which is unknown (e.g. jpt-pratama, administrator, pengawas).',
  'cli.render.unplaced': 'Warning: {count} standards are in no lampiran of render.lampiran: {paths}.',
  'cli.render.wrote-docx': 'Wrote {path} ({lampiran} lampiran, Word document)',
};
