// Shared helpers of the render tests: load a project folder as `skj render` does, and run the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { loadProject } from '../../src/engine/project.js';
import { resolveProjects } from '../../src/project/files.js';
import { bundledData } from '../../src/reference/bundled.js';
import { buildRenderModel, type RenderModelInput } from '../../src/render/model.js';
import { bundledFonts } from '../../src/render/pdf/fonts.js';
import { fontMeasurer } from '../../src/render/pdf/index.js';
import { PageFlow } from '../../src/render/pdf/layout.js';
import { pageSetup } from '../../src/render/pdf/page.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const KOMINFO = join(REPO, 'examples/kominfo-tasikmalaya');
export const PURWAKARTA = join(REPO, 'examples/purwakarta');
export const LONG = join(REPO, 'test/fixtures/render-long');

export function loadFolder(dir: string) {
  const bundled = bundledData();
  const [p] = resolveProjects([dir], REPO, bundled);
  const { project, ref } = loadProject({ standar: p!.standar, kamus: p!.kamus, config: p!.config }, bundled);
  return { files: p!, project, ref, config: p!.config };
}

export function modelOf(dir: string, extra: Partial<RenderModelInput> = {}) {
  const { files, project, ref, config } = loadFolder(dir);
  const doc = buildRenderModel({
    project,
    ref,
    config: extra.config ?? config,
    rootRelative: (d) => relative(files.root!, files.absolute.get(d)!),
    ...extra,
  });
  return { doc, project, ref, config };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'skj-render-'));
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd: REPO, env, isTTY, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  const code = await run(['node', 'skj', ...argv], io);
  return { code, stdout, stderr };
}

function has(cmd: string): boolean {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** poppler-utils (pdftotext, pdfinfo) are installed by .ci/run; without them the PDF text tests are skipped. */
export const hasPoppler = has('pdftotext') && has('pdfinfo');

export function pdftotext(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** Text with all whitespace removed: line breaks chosen by the layout do not matter. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Column edges (x, pt, margins included) of the first table whose header starts with `head`, as the PDF layout sizes them. */
export function columnEdges(dir: string, head: string): number[] {
  const { size, margin } = pageSetup({});
  const flow = new PageFlow(fontMeasurer(bundledFonts()), { pageWidth: size[0], pageHeight: size[1], margin, textSize: 12, tableSize: 10, catchword: false });
  const table = modelOf(dir).doc.lampiran.flatMap((l) => l.blocks).find((b) => b.kind === 'table' && b.table.header[0]?.[0]?.paras[0]?.text === head);
  if (table?.kind !== 'table') throw new Error(`no table ${head}`);
  return flow.columnX(table.table);
}
