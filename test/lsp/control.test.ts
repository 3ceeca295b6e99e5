// Issue 7, case 10: control characters quoted from a file (an ESC sequence, a bell) reach the editor as
// visible escapes in the diagnostic message, as they do in the terminal formatters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, startClient, type Client } from './client.mjs';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('LSP diagnostic messages', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient({ env: { SKJ_LANG: 'en' } });
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('show control characters of a value as escapes', async () => {
    const abs = join(ROOT, 'examples/kominfo-tasikmalaya/standar/sekretaris.yaml');
    const text = readFileSync(abs, 'utf8').replace(/^tingkatan: .*$/m, 'tingkatan: "\\e[31mKepala\\a"');
    await client.open(abs, text);
    const ds = await client.diagnosticsWhen(abs, (d) => d.some((x) => x.code === 'tingkatan/unknown'), 20_000);
    const message = ds.find((x) => x.code === 'tingkatan/unknown')?.message ?? '';
    expect(message).toContain('\\x1B[31mKepala\\x07');
    for (const d of ds) expect(d.message).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
