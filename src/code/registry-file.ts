// kode.lock.yaml on disk: read with located errors, written in one canonical, diff-friendly form
// (entries sorted by code, one field per line, so a new code is a block of added lines).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, stringify } from 'yaml';
import { fastLoad } from '../core/fast-yaml.js';
import { readCanonical } from '../model/registry-canonical.js';
import { SourceDoc } from '../core/source.js';
import { REGISTRY_FILE, registrySchema, type Registry } from '../model/registry.js';
import { UsageError } from '../project/errors.js';
import type { FileReader } from '../project/files.js';
import { readRequired } from '../project/read.js';
import { syntaxDetail } from '../rules/yaml-syntax.js';
import { reportIssue } from '../rules/schema.js';
import type { Report } from '../rules/rule.js';
import { localize } from '../i18n/localize.js';

export interface RegistryFile {
  /** Absolute path. */
  path: string;
  /** Display path. */
  file: string;
  /** The stored text, undefined when the project has no registry yet. */
  text?: string;
  registry?: Registry;
}

/** The registry's text as stored now (undefined when there is none), the way readRegistry reads it. */
export function registryTextNow(path: string, shown: string = path): string | undefined {
  return existsSync(path) ? readRequired(path, shown) : undefined;
}

/** A registry read and checked before (`skj validate --cache`), by the hash of its text. */
export interface RegistryKnown {
  knownRegistry(hash: string): Registry | undefined;
  rememberRegistry(memo: { hash: string; registry: Registry }): void;
}

export function readRegistry(root: string, reader: FileReader, known?: RegistryKnown): RegistryFile {
  const path = join(root, REGISTRY_FILE);
  const file = reader.display(path);
  const text = registryTextNow(path, file);
  if (text === undefined) return { path, file };
  const hash = known && createHash('sha1').update(text).digest('base64');
  const remembered = hash && known.knownRegistry(hash);
  if (remembered) return { path, file, text, registry: remembered };
  // A registry holds one entry per code ever issued (100k+ nationally): read it by the fast path and
  // build the position-bearing document only to locate an error.
  // The form skj code writes is read line by line (a second for 165,000 codes by the fast parser and the schema).
  const fast = readCanonical(text) ?? fastRead(text);
  if (fast) {
    if (hash) known.rememberRegistry({ hash, registry: fast });
    return { path, file, text, registry: fast };
  }
  const source = new SourceDoc({ path: file, text });
  const at = (r: { line: number; column: number }) => `${file}:${r.line}:${r.column}`;
  const first = source.syntax[0];
  if (first) {
    const { range, detail } = syntaxDetail(source, first);
    throw new UsageError('cli.code.registry-syntax', { where: at(range), detail });
  }
  duplicateCodes(source, at);
  const parsed = registrySchema.safeParse(source.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path) as (string | number)[];
    const where = at(source.locate(path, issue.code === 'unrecognized_keys' || issue.code === 'invalid_key' ? 'key' : 'value'));
    // A key that is not a 12-digit code has its own message; the rest are the catalogue's schema messages.
    if (issue.code === 'invalid_key') throw new UsageError('cli.code.registry-invalid', { where, detail: localize('cli.code.registry-key', { value: String(path[path.length - 1]) }) });
    const reports: Report[] = [];
    reportIssue(source, registrySchema, [], issue, { report: (r) => reports.push(r) });
    const r = reports[0]!;
    const located = r.path ? at(source.locate(r.path, r.target)) : where;
    throw new UsageError('cli.code.registry-invalid', { where: located, detail: localize(`schema.${r.variant}`, r.params) });
  }
  return { path, file, text, registry: parsed.data };
}

function fastRead(text: string): Registry | undefined {
  const fast = fastLoad(text);
  const valid = fast && registrySchema.safeParse(fast.data);
  return valid && valid.success ? valid.data : undefined;
}

/**
 * One code written twice, once quoted and once not ("204160000001" and 204160000001), is two different
 * YAML keys but one code: refuse it rather than keep whichever entry comes last (the fast path's parser
 * already rejects this as a duplicate key, so only the slow path needs it).
 */
function duplicateCodes(source: SourceDoc, at: (r: { line: number; column: number }) => string): void {
  const root = source.doc.contents;
  const kode = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'kode')?.value : undefined;
  if (!isMap(kode)) return;
  const seen = new Map<string, number>();
  for (const pair of kode.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const code = String(pair.key.value);
    const range = source.rangeOf(pair.key.range[0], pair.key.range[1]);
    const line = seen.get(code);
    if (line !== undefined) throw new UsageError('cli.code.registry-duplicate', { where: at(range), kode: code, line });
    seen.set(code, range.line);
  }
}

const HEADER = [
  '# Registri kode jabatan: setiap kode yang pernah diberikan, dikelola oleh `skj code` (README, bagian `skj code`).',
  '# Commit bersama standar dan jangan disunting manual: kode berstatus pensiun tidak boleh diberikan lagi.',
  '# Kode jabatan registry: every code ever issued, kept by `skj code`. Commit it; do not edit by hand.',
];

const scalar = (s: string) => (/[\n\r]/.test(s) ? JSON.stringify(s) : stringify(s, { lineWidth: 0 }).trimEnd());

export function stringifyRegistry(registry: Registry): string {
  const lines = [...HEADER, `version: ${registry.version}`];
  const codes = Object.keys(registry.kode).sort();
  if (codes.length === 0) lines.push('kode: {}');
  else lines.push('kode:');
  for (const kode of codes) {
    const e = registry.kode[kode]!;
    lines.push(`  "${kode}":`, `    berkas: ${scalar(e.berkas)}`, `    nama: ${scalar(e.nama)}`, `    status: ${e.status}`, `    tanggal: "${e.tanggal}"`);
    if (e.pensiun) lines.push(`    pensiun: "${e.pensiun}"`);
    if (e.pengganti) lines.push(`    pengganti: "${e.pengganti}"`);
  }
  return lines.join('\n') + '\n';
}
