// Messages of the data-safety guards (issue 7): globs that match nothing, mass retirement, restoring
// codes, the registry lock, and files skj code leaves alone rather than damage.
export const safetyId = {
  'cli.glob-empty': '{where}: pola {key} «{pattern}» tidak cocok dengan berkas apa pun. Periksa ejaan folder dan polanya (mis. standar/**/*.yaml); pola yang salah membuat seluruh standar tidak terbaca dan kodenya dianggap hilang.',
  'cli.desc.allow-retire': 'izinkan skj code mempensiunkan lebih dari 3 kode sekaligus, atau seluruh kode sebuah folder',
  'cli.desc.restore': 'aktifkan kembali kode yang dipensiunkan (boleh berulang); berkas yang memuat kode itu menjadi pemegangnya',
  'cli.code.retire-refused': 'skj code akan mempensiunkan {count} kode ({examples}){folders}, padahal kode pensiun tidak pernah diberikan lagi. Biasanya ini tanda pola standar di skj.yaml salah atau folder terhapus/terpindah. Periksa dengan `skj code --dry-run`; bila memang disengaja, jalankan `skj code --allow-retire`.',
  'cli.code.retire-refused.folders': ', termasuk seluruh kode folder {folders}',
  'cli.code.retire-needs-flag': 'Menulis rencana ini memerlukan --allow-retire: {count} kode akan dipensiunkan.',
  'cli.code.restore-bad': '--restore {value}: bukan kode jabatan 12 digit.',
  'cli.code.restore-unknown': '--restore {value}: kode ini tidak ada di registri {registry}.',
  'cli.code.restore-active': '--restore {value}: kode ini tidak pensiun (status aktif, dipegang {file}); tidak ada yang perlu dipulihkan.',
  'cli.code.restore-replaced': '--restore {value}: kode ini dipensiunkan oleh --reassign dan sudah diganti {pengganti}; tidak dapat dipulihkan.',
  'cli.code.restore-unheld': '--restore {value}: tidak ada standar yang memuat kode ini dan berkas terakhirnya ({file}) tidak ada atau sudah berkode. Tuliskan `kode: "{value}"` pada standarnya, lalu jalankan ulang.',
  'cli.code.registry.pulih': '{registry}: memulihkan {kode}: kembali aktif untuk {file} «{nama}»',
  'cli.code.locked': '{registry} sedang dikunci oleh skj code lain ({lock}); sudah ditunggu, tetapi belum dilepas. Jalankan ulang setelah proses itu selesai. Kunci dari proses yang mati dilepas otomatis setelah {stale} detik.',
  'cli.code.registry-changed': '{registry} diubah oleh penulis lain selama skj code berjalan (di luar kunci registri, mis. git checkout atau penyuntingan manual); tidak ada yang ditulis untuk proyek ini. Jalankan ulang.',
} as const;

export const safetyEn: Record<keyof typeof safetyId, string> = {
  'cli.glob-empty': '{where}: the {key} pattern «{pattern}» matches no file. Check the spelling of the folder and the pattern (e.g. standar/**/*.yaml); a wrong pattern hides every standard and makes their codes look gone.',
  'cli.desc.allow-retire': 'let skj code retire more than 3 codes at once, or every code of a folder',
  'cli.desc.restore': 'reactivate a retired code (repeatable); the file that carries it becomes its holder',
  'cli.code.retire-refused': 'skj code would retire {count} codes ({examples}){folders}, and a retired code is never issued again. This usually means a wrong standar pattern in skj.yaml or a deleted or moved folder. Check with `skj code --dry-run`; if it is intended, run `skj code --allow-retire`.',
  'cli.code.retire-refused.folders': ', including every code of folder {folders}',
  'cli.code.retire-needs-flag': 'Writing this plan needs --allow-retire: {count} codes would be retired.',
  'cli.code.restore-bad': '--restore {value}: not a 12-digit job code.',
  'cli.code.restore-unknown': '--restore {value}: this code is not in the registry {registry}.',
  'cli.code.restore-active': '--restore {value}: this code is not retired (active, held by {file}); nothing to restore.',
  'cli.code.restore-replaced': '--restore {value}: this code was retired by --reassign and replaced by {pengganti}; it cannot be restored.',
  'cli.code.restore-unheld': '--restore {value}: no standard carries this code and its last file ({file}) is missing or already has a code. Write `kode: "{value}"` in its standard, then run again.',
  'cli.code.registry.pulih': '{registry}: restoring {kode}: active again for {file} «{nama}»',
  'cli.code.locked': '{registry} is locked by another skj code ({lock}); waited, but it was not released. Run again when that process has finished. A lock left by a process that died is released by itself after {stale} seconds.',
  'cli.code.registry-changed': '{registry} was changed by another writer while skj code ran (outside the registry lock, e.g. git checkout or a hand edit); nothing was written for this project. Run again.',
};
