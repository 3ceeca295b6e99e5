// schemas/*.json are generated from the zod formats and must stay current (`npm run schemas`
// rewrites them); ajv and zod must agree on every example and fixture file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemas } from '../src/model/json-schema.js';
import { configSchema } from '../src/model/config.js';
import { kamusSchema } from '../src/model/kamus.js';
import { standarSchema } from '../src/model/standar.js';
import { registrySchema } from '../src/model/registry.js';
import { walk } from '../src/project/glob.js';
import { ROOT } from './support/cli.js';

const generated = jsonSchemas();

describe('schemas/', () => {
  it.each(Object.keys(generated))('%s is current', (file) => {
    const path = join(ROOT, 'schemas', file);
    if (process.env.SKJ_WRITE_SCHEMAS) writeFileSync(path, generated[file]!);
    expect(readFileSync(path, 'utf8'), `${file} is stale: run npm run schemas`).toBe(generated[file]);
  });
});

describe('ajv and zod agree', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const kinds = {
    standar: { zod: standarSchema, ajv: ajv.compile(JSON.parse(generated['standar.schema.json']!)) },
    kamus: { zod: kamusSchema, ajv: ajv.compile(JSON.parse(generated['kamus.schema.json']!)) },
    config: { zod: configSchema, ajv: ajv.compile(JSON.parse(generated['skj.schema.json']!)) },
    registry: { zod: registrySchema, ajv: ajv.compile(JSON.parse(generated['kode.lock.schema.json']!)) },
  };
  const files = ['examples', 'test/fixtures'].flatMap((dir) => walk(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('expected.yaml') && !f.startsWith('hostile/')).map((f) => `${dir}/${f}`));

  it('covers the examples and fixtures', () => expect(files.length).toBeGreaterThan(30));

  it.each(files)('%s', (file) => {
    const data = parse(readFileSync(join(ROOT, file), 'utf8'));
    const kind = file.endsWith('skj.yaml') ? 'config' : file.endsWith('kode.lock.yaml') ? 'registry' : /\/kamus\//.test(file) ? 'kamus' : 'standar';
    const { zod, ajv: validateAjv } = kinds[kind];
    const zodOk = zod.safeParse(data).success;
    expect(validateAjv(data), JSON.stringify(validateAjv.errors)).toBe(zodOk);
    if (file.startsWith('examples/')) expect(zodOk).toBe(true);
  });
});
