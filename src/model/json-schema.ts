// JSON Schemas (draft-07) for editors (yaml-language-server), generated from the zod formats so that
// an editor and `skj validate` agree on structure. Written to schemas/ by `npm run schemas`.
import * as z from 'zod';
import { configSchema } from './config.js';
import { kamusSchema } from './kamus.js';
import { registrySchema } from './registry.js';
import { standarSchema } from './standar.js';

const SCHEMAS: Record<string, { title: string; schema: z.ZodType }> = {
  'standar.schema.json': { title: 'Standar Kompetensi Jabatan (skj)', schema: standarSchema },
  'kamus.schema.json': { title: 'Kamus kompetensi (skj)', schema: kamusSchema },
  'skj.schema.json': { title: 'Konfigurasi proyek skj (skj.yaml)', schema: configSchema },
  'kode.lock.schema.json': { title: 'Registri kode jabatan skj (kode.lock.yaml)', schema: registrySchema },
};

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { title, schema }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: 'draft-07', unrepresentable: 'throw' }) as Record<string, unknown>;
    out[file] = JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2) + '\n';
  }
  return out;
}
