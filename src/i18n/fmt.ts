// Messages of `skj fmt`: arranging standard and kamus files in their canonical form (issue 9).
export const fmtId = {
  'cli.desc.fmt': 'merapikan berkas standar dan kamus ke bentuk baku (urutan kunci format, kode bertanda kutip, indentasi 2 spasi); komentar dan baris kosong dipertahankan',
  'cli.desc.fmt-paths': 'berkas atau folder yang dirapikan (bawaan: berkas standar dan kamus proyek menurut skj.yaml)',
  'cli.desc.fmt-check': 'hanya memeriksa (untuk CI): tidak menulis, menyebut berkas yang belum rapi, kode keluar 1 bila ada',
  'cli.desc.fmt-diff': 'menampilkan perubahan sebagai diff, tanpa menulis',
  'cli.fmt.written': '{path} dirapikan',
  'cli.fmt.would-change': '{path} belum rapi',
  'cli.fmt.summary': '{changed} berkas dirapikan, {clean} sudah rapi.',
  'cli.fmt.summary-check': '{changed} berkas belum rapi, {clean} sudah rapi. Jalankan skj fmt untuk merapikannya.',
  'cli.fmt.summary-clean': 'Semua berkas sudah rapi ({clean}).',
  'cli.fmt.failed': '{count} berkas tidak dapat dirapikan dan dibiarkan apa adanya; perbaiki masalah di atas lalu jalankan ulang.',
  'cli.fmt.unsafe': '{path}: skj fmt tidak dapat merapikan berkas ini tanpa mengubah isinya (mis. alias yang akan mendahului anchor-nya setelah kunci diurutkan); berkas tidak diubah. Rapikan secara manual, dan laporkan kasus ini ke pengembang skj.',
  'cli.fmt.symlink-outside': '{path} adalah tautan simbolis ke {target}, di luar proyek; tidak ditulis. Rapikan berkas itu di proyeknya sendiri.',
};

export const fmtEn: Record<keyof typeof fmtId, string> = {
  'cli.desc.fmt': 'format standard and kamus files in their canonical form (key order of the format, quoted codes, 2-space indentation), keeping comments and blank lines',
  'cli.desc.fmt-paths': 'files or folders to format (default: the project\'s standard and kamus files as skj.yaml lists them)',
  'cli.desc.fmt-check': 'check only (for CI): write nothing, list the files not yet formatted, exit 1 if there are any',
  'cli.desc.fmt-diff': 'show the changes as a diff, without writing',
  'cli.fmt.written': '{path} formatted',
  'cli.fmt.would-change': '{path} is not formatted',
  'cli.fmt.summary': 'Files formatted: {changed}; already formatted: {clean}.',
  'cli.fmt.summary-check': 'Files not formatted: {changed}; already formatted: {clean}. Run skj fmt to format them.',
  'cli.fmt.summary-clean': 'All files are formatted ({clean}).',
  'cli.fmt.failed': 'Files that could not be formatted and were left as they are: {count}. Fix the problems above and run again.',
  'cli.fmt.unsafe': '{path}: skj fmt cannot format this file without changing what it says (e.g. an alias that would come before its anchor once keys are ordered); the file is unchanged. Format it by hand, and report the case to the skj developers.',
  'cli.fmt.symlink-outside': '{path} is a symbolic link to {target}, outside the project; not written. Format that file in its own project.',
};
