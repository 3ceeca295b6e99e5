// The bundled examples carry the codes `skj code` gave them and their registry: the CI gate holds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

describe.each(['kominfo-tasikmalaya', 'purwakarta'])('examples/%s', (name) => {
  it('passes skj code --check and writes nothing', async () => {
    const r = await skj(['code', '--check', '--format', 'json', join('examples', name)]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, mode: 'check', ok: true, assignments: [], registry: [], problems: [] });
    expect(r.code).toBe(0);
  });

  it('has no registry diagnostics in skj validate', async () => {
    const r = await skj(['validate', '--format', 'json', join(ROOT, 'examples', name)]);
    expect((JSON.parse(r.stdout).diagnostics as { rule: string }[]).filter((d) => d.rule.startsWith('kode/'))).toEqual([]);
  });
});
