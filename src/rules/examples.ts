// Per rule: a wrong and a right example, language-neutral markdown (YAML in backticks; `·` separates
// cases, `+` joins lines of one case, `×2` repeats). `skj explain` and the README rule tables are made
// from this and the catalogue (src/i18n/rules.ts); test/messages/explain.test.ts keeps them in step.
export interface RuleExample {
  bad: string;
  good: string;
}

export const RULE_EXAMPLES: Record<string, RuleExample> = {
  'yaml/syntax': { bad: "`nama: [Sekretaris` · `nama:` ×2", good: "`nama: Sekretaris`" },
  'schema': { bad: "`unit_kerjaa: Dinas …` · `urusan: 2.16`", good: "`unit_kerja: Dinas …` · `urusan: \"2.16\"`" },
  'kompetensi/unknown': { bad: "`Perikat Bangsa: 3`", good: "`SK.01: 3`" },
  'kompetensi/missing': { bad: "`manajerial: { M.01: 3, …, M.07: 3 }`", good: "`manajerial: { M.01: 3, …, M.08: 3 }`" },
  'kompetensi/below-floor': { bad: "`tingkatan: administrator` + `M.04: 2`", good: "`M.04: 3`" },
  'kompetensi/level': { bad: "`M.04: 7` · `M.04:`", good: "`M.04: 3`" },
  'kompetensi/wrong-group': { bad: "`manajerial: { …, T.04: 3 }`", good: "`teknis: { T.04: 3 }`" },
  'kompetensi/duplicate': { bad: "`M.01: 3` + `Integritas: 4`", good: "`M.01: 3`" },
  'kompetensi/text-drift': { bad: "`M.01: { level: 3, deskripsi: Mampu memastikan anggota … }`", good: "`M.01: 3`" },
  'kompetensi/teknis-without-level': { bad: "`teknis: [\"Manajemen Kepegawaian\"]`", good: "`teknis: { T.05: 3 }`" },
  'kompetensi/indikator-number': { bad: "`indikator: [\"3.1. …\", \"3.1. …\"]`", good: "`indikator: [\"3.1. …\", \"3.2. …\"]`" },
  'kompetensi/by-name': { bad: "`Integritas: 3`", good: "`M.01: 3`" },
  'kamus/duplicate-code': { bad: "`- kode: T.90` ×2", good: "`- kode: T.90` · `- kode: T.91`" },
  'kamus/missing-level': { bad: "`level: { 1: …, 4: … }`", good: "`level: { 1: …, 2: …, 3: …, 4: …, 5: … }`" },
  'kamus/empty-level': { bad: "`4: { deskripsi: Empat }`", good: "`4: { deskripsi: Empat, indikator: [...] }`" },
  'kamus/code-collision': { bad: "`kode: M.01`", good: "`kode: T.01`" },
  'kamus/manajerial-closed': { bad: "`jenis: manajerial`", good: "`jenis: teknis`" },
  'tingkatan/unknown': { bad: "`tingkatan: Adminstrator` · `tingkatan: Eselon I`", good: "`tingkatan: administrator` · `tingkatan: jpt-madya`" },
  'urusan/unknown': { bad: "`urusan: \"2.99\"` · `urusan: \"\"`", good: "`urusan: \"2.16\"`" },
  'kode/format': { bad: "`kode: \"1.04.4.....\"`", good: "`kode: \"2.04.160000.001\"`" },
  'kode/mismatch': { bad: "`tingkatan: administrator` + `kode: \"1.04.160000.001\"`", good: "`kode: \"2.04.160000.001\"`" },
  'kode/duplicate': { bad: "`kode: \"204160000001\"` ×2", good: "`skj code --reassign standar/salinan.yaml`" },
  'kode/unregistered': { bad: "`kode: \"2.04.160000.009\"`", good: "`skj code`" },
  'kode/retired': { bad: "`kode: \"205160000002\"`", good: "`skj code --reassign standar/kasubbag.yaml`" },
  'persyaratan/pangkat': { bad: "`pangkat: \"Minimal III/d, Pembina\"`", good: "`pangkat: \"Minimal III/d, Penata Tingkat I\"`" },
  'persyaratan/pangkat-tier': { bad: "`tingkatan: administrator` + `pangkat: II/a`", good: "`pangkat: III/d`" },
  'persyaratan/jenjang': { bad: "`jenjang: Sekolah tinggi`", good: "`jenjang: S-1/D-IV`" },
  'persyaratan/kategori': { bad: "`- nama: Analisis Kebijakan Publik` · `kategori: [mutlak, penting]`", good: "`kategori: perlu`" },
  'persyaratan/pelatihan-kepemimpinan': { bad: "`- { nama: Diklat Pim III, kategori: penting }`", good: "`- { nama: Pelatihan Kepemimpinan Administrator, kategori: mutlak }`" },
  'standar/duplicate-nama': { bad: "`nama: Sekretaris` ×2, `unit_kerja: Dinas X`", good: "`nama: Sekretaris` · `nama: Kepala Bidang`" },
  'standar/atasan': { bad: "`atasan: Sekretariss`", good: "`atasan: Sekretaris`" },
  'standar/placeholder': { bad: '`ikhtisar: "[ISI: ikhtisar jabatan]"`', good: '`ikhtisar: "Melaksanakan penyiapan bahan …"`' },
  'suppression/unused': { bad: "`# skj-disable-next-line kompetensi/level` + `M.04: 3`", good: "`M.04: 3`" },
};
