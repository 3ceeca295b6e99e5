// A standard's file name from its nama: "Kepala Seksi Pelayanan Kesehatan" → kepala-seksi-pelayanan-kesehatan.yaml,
// with -2, -3, ... when the name is taken.

export function slug(nama: string): string {
  const s = nama
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'jabatan';
}

export function uniqueFileName(nama: string, taken: (name: string) => boolean): string {
  const base = slug(nama);
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base}.yaml` : `${base}-${i}.yaml`;
    if (!taken(name)) return name;
  }
}
