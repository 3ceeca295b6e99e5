// Messages about skj.yaml (project configuration), in both languages.
export const configId = {
  'cli.config-schema': '{where}: skj.yaml tidak sah: {detail}',
  'cli.config-urusan.nama': '{where}: urusan {value} tidak ada dalam daftar bawaan, jadi memerlukan `nama`.',
  'cli.config-urusan.digit': '{where}: urusan {value} di skj.yaml memerlukan `digit`, dua digit urusan pada kode jabatan (mis. digit: "01").',
  'cli.config-urusan.digit-sub': '{where}: `digit` hanya untuk urusan (X.YY); digit sub-urusan {value} diambil dari kodenya sendiri.',
  'cli.config-urusan.duplicate-digit': '{where}: urusan {value} dan {other} sama-sama berdigit "{digit}"; setiap urusan memerlukan digit sendiri agar kode jabatan tidak tertukar. Beri {other} digit lain di skj.yaml.',
} as const;

export const configEn: Record<keyof typeof configId, string> = {
  'cli.config-schema': '{where}: skj.yaml is invalid: {detail}',
  'cli.config-urusan.nama': '{where}: urusan {value} is not in the bundled list, so it needs a `nama`.',
  'cli.config-urusan.digit': '{where}: urusan {value} in skj.yaml needs a `digit`, the two urusan digits of the job code (e.g. digit: "01").',
  'cli.config-urusan.digit-sub': '{where}: `digit` is for an urusan (X.YY) only; the digits of sub-urusan {value} come from its own code.',
  'cli.config-urusan.duplicate-digit': '{where}: urusan {value} and {other} both have digits "{digit}"; each urusan needs its own digits so that job codes cannot be confused. Give {other} other digits in skj.yaml.',
};
