
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
const [dir, mode] = process.argv.slice(2);
const check = mode === 'ajv' ? new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync("/work/wt/i12perf/schemas/standar.schema.json", 'utf8'))) : null;
let n = 0, bad = 0;
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else { const data = parse(readFileSync(p, 'utf8')); n++; if (check && !check(data)) bad++; } } };
walk(join(dir, 'standar'));
console.log(n, bad);
