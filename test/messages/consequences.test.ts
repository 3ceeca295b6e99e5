// Consequences stated (issue 11 item 5): every message says what follows and why, and names what to run.
import { describe, expect, it } from 'vitest';
import { BASE, both, edit, project } from './project.js';

/** BASE with one warning (a placeholder left in ikhtisar). */
const WARNED = edit(BASE, /^ikhtisar: .*$/m, 'ikhtisar: "[ISI: ikhtisar]"');

describe('--max-warnings', () => {
  it('--quiet --max-warnings 0 with a warning: exit 1, the limit named, the hidden warning counted', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id, en } = await both(dir, ['validate', '--quiet', '--max-warnings', '0']);
    expect(id.code).toBe(1);
    expect(id.stdout).toBe('✔ 2 berkas diperiksa, tidak ada galat; 1 peringatan tidak ditampilkan (--quiet).\n');
    expect(id.stderr).toBe('skj menemukan terlalu banyak peringatan: 1 peringatan, padahal batasnya 0 (--max-warnings 0); karena itu kode keluar 1. Perbaiki peringatannya atau naikkan batasnya.\n');
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('skj found too many warnings: 1 warning, while the limit is 0 (--max-warnings 0); hence exit code 1. Fix the warnings or raise the limit.\n');
  });

  it('without --quiet: exit 1 and the same reason', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id, en } = await both(dir, ['validate', '--max-warnings', '0']);
    expect(id.code).toBe(1);
    expect(id.stdout).toContain('✖ 1 masalah (0 galat, 1 peringatan)');
    expect(id.stderr).toContain('terlalu banyak peringatan');
    expect(en.stderr).toContain('too many warnings');
  });

  it('within the limit: exit 0 and nothing on stderr', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id } = await both(dir, ['validate', '--quiet', '--max-warnings', '1']);
    expect([id.code, id.stderr]).toEqual([0, '']);
  });
});
