// The files `skj init` writes into a new agency repository. Comments are in Bahasa Indonesia: they are
// read by the agency's staff, in their editor, next to the values they explain.
import { placeholder } from '../model/placeholder.js';

export interface InitAnswers {
  /** Nama instansi, e.g. "Dinas Kesehatan Kabupaten Contoh". */
  instansi?: string;
  /** Jenis peraturan, e.g. "Peraturan Bupati". */
  jenis?: string;
  /** Nama daerah, e.g. "Contoh". */
  daerah?: string;
  /** Jabatan penandatangan, e.g. "Bupati Contoh". */
  pejabat?: string;
}

/** A YAML scalar that reads back as exactly `s` (JSON strings are YAML double-quoted strings). */
const q = (s: string) => JSON.stringify(s);

/** `key: value` when the value is known, else the same line commented out with an example. */
function field(indent: string, key: string, value: string | undefined, example: string, comment: string): string {
  return value ? `${indent}${key}: ${q(value)}  # ${comment}` : `${indent}# ${key}: ${q(example)}  # ${comment}`;
}

export function skjYaml(a: InitAnswers): string {
  return `# Konfigurasi proyek skj: Standar Kompetensi Jabatan ASN (PermenPANRB 38/2017) sebagai berkas YAML.
# Dibaca oleh setiap perintah skj yang dijalankan di folder ini atau di bawahnya. Baris berawalan "#" adalah
# komentar; hapus "#" untuk memakai sebuah pengaturan. Penjelasan lengkap: README skj, bagian skj.yaml.

# Nama instansi pemilik standar; dicetak pada judul lampiran kamus ("KAMUS KOMPETENSI PADA ...").
${field('', 'instansi', a.instansi, 'Dinas Kesehatan Kabupaten Contoh', 'nama resmi instansi')}

# Letak berkas: standar kompetensi jabatan (satu jabatan per berkas) dan kamus kompetensi instansi.
standar: standar/**/*.yaml
kamus: kamus/**/*.yaml

# Peraturan kepala daerah yang menetapkan standar ini; dipakai skj render untuk kepala lampiran
# ("LAMPIRAN I : PERATURAN BUPATI ...") dan blok tanda tangan. Isi nomor dan tanggal setelah ditetapkan.
peraturan:
${field('  ', 'jenis', a.jenis, 'Peraturan Bupati', 'Peraturan Bupati, Peraturan Wali Kota, Peraturan Gubernur, ...')}
${field('  ', 'pejabat', a.pejabat, 'Bupati Contoh', 'jabatan penandatangan, dicetak di atas tanda tangan')}
${field('  ', 'daerah', a.daerah, 'Contoh', 'nama daerah (kabupaten, kota, atau provinsi)')}
  # nomor: 12  # nomor peraturan
  # tahun: 2025  # tahun peraturan
  # tentang: "Standar Kompetensi Jabatan di Lingkungan ..."  # judul peraturan (tanpa kata TENTANG)
  # tempat_ditetapkan: "Contoh"  # kota tempat peraturan ditetapkan
  # tanggal_ditetapkan: "2025-01-31"  # tanggal penetapan TTTT-BB-HH, dalam tanda kutip
  # penandatangan: "NAMA KEPALA DAERAH"  # nama penandatangan, huruf kapital

# Sub-urusan dan sub-sub-urusan instansi. Urusan Permendagri 90/2019 (mis. "1.02" Kesehatan) sudah dikenal
# skj; sub-urusan menambah digitnya pada kode jabatan 12 digit (skj code). Daftar urusan: npx skj kamus --urusan
# urusan:
#   - kode: "1.02.01"  # kode urusan induk + 2 digit
#     nama: "Pelayanan Kesehatan"
#     alias: ["Yankes"]  # nama lain yang boleh ditulis di standar

# Standar minimal tingkatan dari teks resmi PermenPANRB 38/2017 yang dipegang instansi, bila berbeda dari
# data bawaan skj (lihat: npx skj kamus --tingkatan terampil). Hanya kompetensi yang disebut yang berubah.
# tingkatan:
#   terampil:
#     standar_minimal: { M.08: 1 }
#     sumber: "PermenPANRB 38/2017, Lampiran ..."  # dasar hukum teks resmi

# Tingkat keparahan aturan skj validate: error, warning, atau off. Daftar aturan: README skj, bagian Aturan.
# aturan:
#   persyaratan/pangkat-tier: warning

# Tata letak lampiran cetak (skj render). Bawaannya mengikuti UU 12/2011 Lampiran II (kertas F4, huruf 12).
# render:
#   lampiran: [kamus, standar]  # urutan lampiran: I kamus kompetensi, II standar kompetensi
#   kamus: digunakan  # kompetensi di lampiran kamus: digunakan (yang dipakai standar) atau semua
#   kertas: F4  # F4 (215 x 330 mm), A4, Letter, Legal
#   margin_cm: { kiri: 3, kanan: 2, atas: 2, bawah: 2.5 }
#   font: "fonts/BOOKOS.TTF"  # Bookman Old Style milik instansi; bawaan TeX Gyre Bonum
#   ukuran_huruf: { teks: 12, tabel: 10 }  # dalam pt
#   kata_tangkap: false  # kata pertama halaman berikut di kaki halaman
#   kode_usulan: tampil  # kode jabatan yang belum resmi: tampil atau sembunyi
#   tanggal: false  # baris TANGGAL pada kepala lampiran
#   pdfa: false  # PDF/A-2b untuk arsip
`;
}

export function kamusTeknisYaml(a: InitAnswers): string {
  const nama = a.instansi ? `Kamus Kompetensi Teknis ${a.instansi}` : 'Kamus Kompetensi Teknis';
  return `# Kamus kompetensi teknis instansi. Kompetensi teknis disusun per urusan oleh kementerian/lembaga pembina,
# atau oleh instansi sendiri bila belum ada (PermenPANRB 38/2017). Setiap kompetensi memuat kode (T.01,
# T.02, ...), nama, definisi, dan level 1-5, masing-masing dengan deskripsi dan tiga indikator perilaku.
# Makna umum level: 1 paham, 2 dasar, 3 menengah, 4 mumpuni, 5 ahli. Kamus manajerial (M.01-M.08) dan
# sosial kultural (SK.01) bersifat nasional dan sudah dibawa skj: lihat npx skj kamus.
jenis: teknis
nama: ${q(nama)}
sumber: ${q(placeholder('dasar hukum kamus ini, mis. Peraturan Bupati Contoh Nomor 12 Tahun 2025, Lampiran I'))}
kompetensi: []
# Contoh satu kompetensi: ganti "kompetensi: []" di atas dengan "kompetensi:", lalu hapus "# " di awal
# baris-baris berikut dan isi teksnya.
#  - kode: T.01
#    nama: "Nama Kompetensi Teknis"
#    definisi: "Kemampuan dalam ..."
#    urusan: "1.02"  # kode urusan Permendagri 90/2019
#    level:
#      1:
#        deskripsi: "..."
#        indikator:
#          - "..."
#          - "..."
#          - "..."
#      2: { deskripsi: "...", indikator: ["...", "...", "..."] }
#      3: { deskripsi: "...", indikator: ["...", "...", "..."] }
#      4: { deskripsi: "...", indikator: ["...", "...", "..."] }
#      5: { deskripsi: "...", indikator: ["...", "...", "..."] }
`;
}

export const STANDAR_README = `# Standar kompetensi jabatan

Satu berkas YAML per jabatan. Buat standar baru dengan

    npx skj new --tingkatan pengawas --nama "Kepala Seksi ..."

lalu isi bagian yang bertanda [ISI: ...] dan periksa dengan \`npx skj validate\`.
`;

export function readme(a: InitAnswers): string {
  const title = a.instansi ? `Standar Kompetensi Jabatan ${a.instansi}` : 'Standar Kompetensi Jabatan';
  return `# ${title}

Repositori ini menyimpan Standar Kompetensi Jabatan ASN (PermenPANRB 38/2017) sebagai berkas YAML, yang
diperiksa, diberi kode, dan dicetak sebagai lampiran peraturan dengan [skj](https://www.npmjs.com/package/skj).

## Isi

| berkas | isi |
|---|---|
| \`skj.yaml\` | pengaturan: instansi, peraturan, lampiran cetak |
| \`standar/\` | satu berkas per jabatan |
| \`kamus/teknis.yaml\` | kamus kompetensi teknis instansi |
| \`kode.lock.yaml\` | registri kode jabatan, ditulis oleh \`skj code\`; jangan disunting manual |

## Pekerjaan sehari-hari

\`\`\`sh
npm ci                                  # sekali, setelah clone
npx skj validate                        # periksa semua standar dan kamus
npx skj validate --cache BERKAS         # periksa satu berkas cepat (hook pre-commit, editor): README skj
npx skj fmt                             # rapikan penulisan (urutan kunci, tanda kutip); komentar tetap
npx skj code                            # beri kode jabatan 12 digit kepada standar baru
npx skj render --format pdf             # cetak lampiran peraturan (PDF)
npx skj kamus M.03 --level 3            # lihat kamus kompetensi; --tingkatan pengawas: standar minimal
\`\`\`

Setiap perubahan diperiksa otomatis oleh CI (\`.github/workflows/skj.yml\` atau \`.gitlab-ci.yml\`).
Editor: Visual Studio Code dengan ekstensi YAML (Red Hat) memakai skema di \`.vscode/settings.json\` untuk
melengkapi dan memeriksa penulisan.
`;
}

export const GITHUB_WORKFLOW = `# Memeriksa standar kompetensi pada setiap push dan pull request.
name: skj
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
  security-events: write  # unggah hasil SARIF ke code scanning
jobs:
  skj:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Validasi (SARIF untuk code scanning)
        run: npx skj validate --format sarif > skj.sarif
        continue-on-error: true
      - name: Unggah SARIF
        uses: github/codeql-action/upload-sarif@v3
        if: always()
        continue-on-error: true  # repositori privat tanpa code scanning tetap lolos
        with:
          sarif_file: skj.sarif
          category: skj
      - name: Validasi (anotasi pada pull request)
        run: npx skj validate --format github
      - name: Kode jabatan tercatat di kode.lock.yaml
        run: npx skj code --check
      - name: Berkas standar dan kamus rapi (skj fmt)
        run: npx skj fmt --check
`;

export const GITLAB_CI = `# Memeriksa standar kompetensi pada setiap push dan merge request.
skj:
  image: node:20
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  script:
    - npm ci --cache .npm --prefer-offline
    - npx skj validate --format sarif > skj.sarif || true
    - npx skj validate
    - npx skj code --check
    - npx skj fmt --check
  artifacts:
    when: always
    paths: [skj.sarif]
`;

export const VSCODE_SETTINGS = `${JSON.stringify(
  {
    'yaml.schemas': {
      './node_modules/skj/schemas/skj.schema.json': 'skj.yaml',
      './node_modules/skj/schemas/standar.schema.json': 'standar/**/*.yaml',
      './node_modules/skj/schemas/kamus.schema.json': 'kamus/**/*.yaml',
      './node_modules/skj/schemas/kode.lock.schema.json': 'kode.lock.yaml',
    },
    '[yaml]': { 'editor.tabSize': 2, 'editor.insertSpaces': true },
  },
  null,
  2,
)}\n`;

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

export const GITATTRIBUTES = `# Akhir baris LF di semua sistem, agar diff standar tidak penuh perubahan semu.
* text=auto eol=lf
*.yaml text eol=lf
*.yml text eol=lf
*.md text eol=lf
*.pdf binary
*.docx binary
*.ttf binary
*.otf binary
`;

export const EDITORCONFIG = `# https://editorconfig.org: indentasi YAML dua spasi, UTF-8, akhir baris LF.
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true

[*.{yaml,yml}]
indent_style = space
indent_size = 2

[*.md]
trim_trailing_whitespace = false
`;

export const GITIGNORE = `node_modules/
.skjcache
skj.sarif
`;
