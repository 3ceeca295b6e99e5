// Pesan dalam Bahasa Indonesia (bahasa bawaan). Kunci: id aturan atau id aturan + "." + varian.
// Placeholder {nama} diisi dari parameter diagnostik.
export const id = {
  'yaml/syntax': 'YAML tidak sah: {detail}. Perbaiki penulisan pada baris ini (indentasi, titik dua, tanda kutip).',
  'yaml/syntax.duplicate-key': 'Kunci ganda: {detail}. Setiap kunci hanya boleh muncul sekali dalam satu pemetaan; hapus atau gabungkan salah satunya.',

  'schema.unknown-field': 'Kolom «{field}» tidak dikenal. Kolom yang diizinkan di sini: {known}.',
  'schema.unknown-field-suggest': 'Kolom «{field}» tidak dikenal; mungkin maksudnya «{suggestion}»?',
  'schema.required': 'Kolom wajib «{field}» tidak ada. Tambahkan kolom ini.',
  'schema.type': '«{field}» harus berupa {expected}, tetapi tertulis {actual}.',
  'schema.type-quote': '«{field}» harus berupa teks, tetapi YAML membacanya sebagai {actual} ({value}). Tulis nilainya dalam tanda kutip, mis. "{value}".',
  'schema.empty': '«{field}» tidak boleh kosong.',
  'schema.too-small': '«{field}» harus memuat sedikitnya {minimum} butir.',
  'schema.enum': '«{field}» bernilai «{value}», padahal yang diizinkan: {options}.',
  'schema.format': '«{field}» bernilai «{value}» dengan format yang tidak sah.',
  'schema.invalid': '«{field}» tidak sah ({value}). Lihat format berkas di README.',

  'kompetensi/unknown': 'Kompetensi «{key}» tidak ada di kamus mana pun. Gunakan kode atau nama dari kamus (lihat `skj kamus`), atau tambahkan ke kamus instansi.',
  'kompetensi/unknown.suggest': 'Kompetensi «{key}» tidak ada di kamus; mungkin maksudnya {kode} {nama}?',
  'kompetensi/missing': 'Kompetensi wajib {kode} {nama} tidak dicantumkan. Setiap standar memuat kedelapan kompetensi manajerial dan Perekat Bangsa; tambahkan di bawah «{group}».',
  'kompetensi/below-floor': '{kode} {nama} pada level {level}, di bawah standar minimal level {minimum} untuk {tingkatan} ({sumber}). Level boleh dinaikkan, tidak boleh diturunkan.',
  'kompetensi/below-floor.uncertain': '{kode} {nama} pada level {level}, di bawah standar minimal level {minimum} untuk {tingkatan} ({sumber}; angka minimal ini belum pasti — bila instansi memegang teks resmi, atur di skj.yaml `tingkatan`).',
  'kompetensi/level': 'Level «{value}» untuk «{key}» tidak sah: level adalah bilangan bulat 1–5.',
  'kompetensi/level.empty': 'Level untuk «{key}» kosong. Isi level 1–5.',
  'kompetensi/level.undefined': 'Kamus tidak mendefinisikan level {level} untuk {kode} (level yang ada: {defined}).',
  'kompetensi/wrong-group': '«{key}» ({kode}) adalah kompetensi {expected}, bukan {group}. Pindahkan ke kelompok «{expected}».',
  'kompetensi/duplicate': '«{key}» adalah {kode} yang sudah dicantumkan sebagai «{first}». Cantumkan setiap kompetensi sekali saja.',
  'kompetensi/text-drift.deskripsi': 'Deskripsi {kode} level {level} berbeda dari kamus: {diff}. Teks kamus: «{expected}».',
  'kompetensi/text-drift.indikator': 'Indikator {nomor} {kode} berbeda dari kamus: {diff}. Teks kamus: «{expected}».',
  'kompetensi/text-drift.extra': 'Indikator tambahan: kamus {kode} level {level} hanya memuat {count} indikator.',
  'kompetensi/text-drift.missing': 'Indikator {nomor} {kode} tidak dicantumkan. Teks kamus: «{expected}».',
  'kompetensi/indikator-number': 'Indikator «{key}» bernomor {written}, seharusnya {expected} (indikator level L bernomor L.1, L.2, L.3).',

  'kamus/duplicate-code': 'Kode {kode} sudah dipakai di {first}. Setiap kompetensi kamus memerlukan kode sendiri.',
  'kamus/missing-level': '{kode} tidak mendefinisikan level {levels}. Kamus kompetensi memuat level 1–5.',
  'kamus/empty-level': '{kode} level {level} tidak memuat {parts}. Setiap level memerlukan deskripsi dan indikator perilaku.',
  'kamus/code-collision': '{kode} «{nama}» bertabrakan dengan kompetensi nasional {bundled}. Gunakan kode dan nama lain untuk kompetensi instansi.',
  'kamus/manajerial-closed': 'Kamus manajerial bersifat nasional dan tertutup; kamus instansi hanya boleh berjenis teknis atau sosial_kultural.',

  'tingkatan/unknown': 'Tingkatan «{value}» tidak dikenal. Gunakan salah satu: jpt-utama, jpt-madya, jpt-pratama, administrator, pengawas, pelaksana, ahli-utama, ahli-madya, ahli-muda, ahli-pertama, penyelia, mahir, terampil, pemula.',
  'tingkatan/unknown.suggest': 'Tingkatan «{value}» tidak dikenal; mungkin maksudnya «{suggestion}» ({nama})?',
  'urusan/unknown': 'Urusan «{value}» tidak dikenal. Gunakan kode urusan Permendagri 90/2019 (mis. "2.16") atau namanya, atau tambahkan sub-urusan di skj.yaml `urusan`.',
  'urusan/unknown.suggest': 'Urusan «{value}» tidak dikenal; mungkin maksudnya "{suggestion}" ({nama})?',

  'kode/format': 'Kode jabatan «{value}» tidak sah: harus 12 digit (K TT UUUUUU NNN), tertulis {count} digit. Hapus kode ini dan jalankan `skj code`, atau perbaiki.',
  'kode/format.nomor': 'Kode jabatan «{value}» bernomor urut 000; nomor urut dimulai dari 001.',
  'kode/mismatch.kelompok': 'Digit kelompok kode «{value}» adalah {written}, padahal {tingkatan} termasuk kelompok {expected}.',
  'kode/mismatch.tingkatan': 'Digit tingkatan kode «{value}» adalah {written}, padahal {tingkatan} berkode {expected}.',
  'kode/mismatch.tingkatan-code': 'Digit tingkatan kode «{value}» adalah {written}, yang bukan kode tingkatan (01–14).',
  'kode/mismatch.urusan': 'Digit urusan kode «{value}» adalah {written}, padahal urusan {urusan} berkode {expected}.',
  'kode/duplicate': 'Kode jabatan {value} juga dipakai oleh {others}. Setiap jabatan memerlukan kode sendiri.',

  'persyaratan/pangkat.unrecognised': 'Pangkat «{value}» tidak dikenali. Tulis golongan ruangnya, mis. "III/d" atau "III/d, Penata Tingkat I".',
  'persyaratan/pangkat.unknown-name': 'Pada pangkat «{value}», «{name}» bukan nama pangkat. Golongan {golongan} bernama {nama}.',
  'persyaratan/pangkat.mismatch': 'Pangkat «{value}» tidak konsisten: golongan {golongan} bernama {nama}, sedangkan {named} adalah golongan {namedGolongan}.',
  'persyaratan/pangkat-tier': 'Pangkat {golongan} di luar rentang lazim untuk {tingkatan} ({min}–{max}; {sumber}). Periksa kembali.',
  'persyaratan/jenjang': 'Jenjang pendidikan «{value}» tidak dikenali. Gunakan salah satu: {options}.',
  'persyaratan/kategori.missing': 'Butir «{item}» tidak berkategori. Setiap butir pelatihan dan pengalaman kerja berkategori tepat satu: {options}.',
  'persyaratan/kategori.many': 'Butir «{item}» berkategori lebih dari satu ({value}); pilih tepat satu: {options}.',
  'persyaratan/kategori.invalid': 'Kategori «{value}» pada butir «{item}» tidak sah; pilih salah satu: {options}.',
  'persyaratan/pelatihan-kepemimpinan.legacy': '«{nama}» adalah nama lama; sekarang «{required}».',
  'persyaratan/pelatihan-kepemimpinan.not-mutlak': '«{nama}» wajib bagi {tingkatan}, jadi kategorinya mutlak, bukan {kategori}.',
  'persyaratan/pelatihan-kepemimpinan.missing': '{tingkatan} mensyaratkan «{required}» (kategori mutlak), tetapi tidak dicantumkan di pelatihan manajerial.',

  'standar/duplicate-nama': 'Jabatan «{nama}» pada unit kerja «{unit}» juga distandarkan di {others}.',

  'suppression/unused': 'Komentar skj-disable-next-line untuk «{rules}» tidak menekan diagnostik apa pun; hapus komentar ini.',

  'type.string': 'teks',
  'type.number': 'angka',
  'type.object': 'pemetaan (kunci: nilai)',
  'type.array': 'daftar',
  'type.boolean': 'boolean',
  'type.null': 'kosong',
  'type.undefined': 'kosong',
  'type.int': 'bilangan bulat',
} as const;

export type MessageKey = keyof typeof id;
