// skj explain and the README rule table come from the same data (issue 11 item 8).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeRuleTable, ruleAnchor } from '../../src/explain/rule-docs.js';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { RULES } from '../../src/index.js';
import { ROOT, skj } from '../support/cli.js';
import { BASE, both, edit, project } from './project.js';

const README = join(ROOT, 'README.md');
const BLOCK = /(<!-- rules:begin[^\n]*-->\n)[\s\S]*?(<!-- rules:end -->)/;

describe('rule documentation', () => {
  it('the README rule table is the generated one', () => {
    const text = readFileSync(README, 'utf8');
    const fresh = text.replace(BLOCK, (_, a: string, b: string) => `${a}${readmeRuleTable()}\n${b}`);
    if (process.env.SKJ_WRITE_README) writeFileSync(README, fresh);
    expect(text).toBe(fresh);
  });

  it('every rule has examples and both texts, and its source names no seed line', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const r of RULES) expect(readmeRuleTable()).toContain(`<a id="${ruleAnchor(r.id)}"></a>`);
    expect(readmeRuleTable()).not.toMatch(/\b00[013]:\d/);
  });

  it('skj explain RULE: what, source, examples and link, in id and en', async () => {
    const { id, en } = await both(ROOT, ['explain', 'kompetensi/below-floor']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Dasar hukum: PermenPANRB 38/2017; Perwal Serang 103/2021, Lampiran IV');
    expect(id.stdout).toContain('Salah: tingkatan: administrator + M.04: 2');
    expect(id.stdout).toContain('README.md#rule-kompetensi-below-floor');
    expect(en.stdout).toContain('Legal source: PermenPANRB 38/2017; Perwal Serang 103/2021, Lampiran IV');
    expect(en.stdout).toContain('Checks: level below the tier\'s minimum');
  });

  it('an unknown rule is a usage error with a suggestion', async () => {
    const { id, en } = await both(ROOT, ['explain', 'kompetensi/below-flor']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('skj: Aturan «kompetensi/below-flor» tidak dikenal; mungkin maksudnya «kompetensi/below-floor»?\n');
    expect(en.stderr).toBe('skj: Unknown rule «kompetensi/below-flor»; did you mean «kompetensi/below-floor»?\n');
  });

  it('stylish output links each reported rule to its README row', async () => {
    const dir = project({ 'standar/a.yaml': edit(BASE, '    M.04: 3', '    M.04: 2') });
    const { id, en } = await both(dir, ['validate']);
    expect(id.stdout).toMatch(/Penjelasan aturan \(juga: skj explain ATURAN\):\n {2}kompetensi\/below-floor {2}file:\S+README\.md#rule-kompetensi-below-floor/);
    expect(en.stdout).toContain('What the rules mean (also: skj explain RULE):');
  });

  it('SARIF rules carry the catalogue texts in the chosen language', async () => {
    const r = await skj(['validate', '--format', 'sarif', 'examples/purwakarta']);
    const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'persyaratan/pangkat-tier');
    expect(rule.fullDescription.text).toMatch(/^dasar lazim: tabel eselon PP 100\/2000/);
    expect(rule.helpUri).toMatch(/#rule-persyaratan-pangkat-tier$/);
  });
});
