// kode.lock.yaml, the registry of every kode jabatan the project has ever used. `skj code` keeps it
// so that a number, once issued, is never issued again (DOMAIN §5); it is committed with the standards.
import * as z from 'zod';

/** The registry file, next to skj.yaml. */
export const REGISTRY_FILE = 'kode.lock.yaml';

export const REGISTRY_STATUS = ['aktif', 'pensiun'] as const;

const tanggal = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Tanggal YYYY-MM-DD');

export const kode12Schema = z
  .string()
  .regex(/^\d{12}$/)
  .describe('Kode jabatan 12 digit tanpa titik (K TT UUUUUU NNN)');

export const registryEntrySchema = z
  .strictObject({
    berkas: z.string().describe('Berkas standar yang memegang (atau terakhir memegang) kode ini, relatif terhadap akar proyek, garis miring POSIX'),
    nama: z.string().describe('Nama jabatan saat kode terakhir dipegang'),
    status: z.enum(REGISTRY_STATUS).describe('aktif: dipegang suatu standar; pensiun: tidak dipakai lagi dan tidak boleh diberikan lagi'),
    tanggal: tanggal.describe('Tanggal kode dicatat pertama kali'),
    pensiun: tanggal.optional().describe('Tanggal kode dipensiunkan'),
    pengganti: kode12Schema.optional().describe('Kode baru jabatan ini bila kode dipensiunkan oleh skj code --reassign'),
  })
  .describe('Satu kode jabatan yang pernah dipakai');

export const registrySchema = z
  .strictObject({
    version: z.literal(1),
    kode: z.record(kode12Schema, registryEntrySchema).describe('Kode 12 digit → catatan, terurut menurut kode'),
  })
  .describe('Registri kode jabatan (kode.lock.yaml), dikelola oleh skj code');

export type RegistryEntry = z.infer<typeof registryEntrySchema>;
export type Registry = z.infer<typeof registrySchema>;
export type RegistryStatus = (typeof REGISTRY_STATUS)[number];

/** Where validate's registry-aware rules find the registry: `ProjectModel.extra[KODE_REGISTRY]`. */
export const KODE_REGISTRY = 'kodeRegistry';

export interface RegistryRef {
  registry: Registry;
  /** The registry file as shown to the user. */
  file: string;
}

/** The project's registry, when it keeps one (a project without kode.lock.yaml is valid). */
export function registryOf(extra: Record<string, unknown> | undefined): RegistryRef | undefined {
  return extra?.[KODE_REGISTRY] as RegistryRef | undefined;
}
