// Parse fast, locate lazily: the fast path (js-yaml, no positions) and the full path (yaml's
// Document) must give the same diagnostics, located the same, on every fixture, example and hostile
// file, and on the constructs where the two parsers are known to disagree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { resolveProjects } from '../../src/project/files.js';
import { bundledData } from '../../src/reference/bundled.js';
import { ROOT } from '../support/cli.js';

const bundled = bundledData();
const TREES = ['examples', 'test/fixtures'].map((d) => join(ROOT, d));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

function bothPaths(input: Omit<Parameters<typeof validate>[0], 'parse'>) {
  const fast = validate({ ...input, parse: 'auto' }, bundled);
  const full = validate({ ...input, parse: 'full' }, bundled);
  return { fast: fast.diagnostics, full: full.diagnostics };
}

// Where js-yaml and yaml differ (found by comparing them), plus the usual YAML hazards.
const TRICKY: Record<string, string> = {
  'multi-line double-quoted scalar, badly indented': 'nama: "Kepala\nDinas"\n',
  'multi-line single-quoted scalar': "nama: 'Kepala\n  Dinas'\n",
  'comment glued to a quoted scalar': 'nama: "Kepala Dinas"#x\n',
  'implicit key over 1024 characters': `${'k'.repeat(1100)}: 1\n`,
  'YAML 1.1 directive and octal': '%YAML 1.1\n---\nnama: 010\n',
  'tags': 'nama: !!str 12\ntingkatan: !!float 1\nurusan: !custom x\n',
  'anchors and aliases': 'nama: &a Kepala\nunit_kerja: *a\n',
  'alias bomb': 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'YAML 1.1 numbers that 1.2 reads as text': 'nama: 0b101\ntingkatan: +0x1\nurusan: +.5\nkode: 1_000\nikhtisar: 0755\n',
  'booleans and nulls': 'nama: yes\ntingkatan: True\nurusan: ~\nkode: NULL\nikhtisar: off\n',
  'duplicate keys': 'nama: a\nnama: b\nkompetensi:\n  manajerial: {M.01: 2, M.01: 3}\n',
  'empty document': '',
  'only a comment': '# nothing\n',
  'NUL and control characters': 'nama: "a\u0000b"\ntingkatan: x\u0007y\n',
  'tab indentation': 'nama: x\nkompetensi:\n\tmanajerial: {}\n',
  'two documents': 'nama: a\n---\nnama: b\n',
  'flow mapping document': '{nama: a, tingkatan: administrator, urusan: "2.16"}\n',
  'CRLF line ends': 'nama: Kepala\r\ntingkatan: administrator\r\nurusan: "2.16"\r\n',
  'unclosed flow sequence': 'kompetensi:\n  manajerial: [M.01\n',
  'bad escape': 'nama: "\\x"\n',
  'special keys': '__proto__: 1\nconstructor: 2\n1: 3\n"1": 4\n',
  'suppression comment': '# skj-disable-next-line schema\nnama: 1\n',
};

describe('fast path and full path agree', () => {
  const roots = TREES.flatMap((t) => [t, ...readdirSync(t).map((d) => join(t, d))]).filter((d) => existsSync(join(d, 'skj.yaml')));
  for (const root of roots) {
    it(`project ${relative(ROOT, root)}`, () => {
      const [p] = resolveProjects([], root, bundled);
      const { fast, full } = bothPaths({ standar: p!.standar, kamus: p!.kamus, config: p!.config });
      expect(fast).toEqual(full);
    });
  }

  const hostile = join(ROOT, 'test/fixtures/hostile');
  const loose = [...TREES, ...(existsSync(hostile) ? [hostile] : [])].flatMap(yamlFiles);
  it.each(loose.map((p) => relative(ROOT, p)))('%s as a lone standard', (path) => {
    const file = { path, text: readFileSync(join(ROOT, path), 'utf8') };
    const { fast, full } = bothPaths({ standar: [file], kamus: [] });
    expect(fast).toEqual(full);
  });

  it.each(Object.entries(TRICKY))('%s', (_, text) => {
    const { fast, full } = bothPaths({ standar: [{ path: 'x.yaml', text }], kamus: [] });
    expect(fast).toEqual(full);
  });
});
