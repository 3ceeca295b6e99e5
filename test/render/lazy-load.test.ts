// pdfkit and the fonts are loaded only by `skj render`: the static import graph of the CLI and of
// `skj validate` must not reach them (dynamic `await import()` is how render pulls them in).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './support.js';

/** Modules reachable through static, value (non-type) imports and re-exports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    for (const st of src.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(st)) {
        const clause = st.importClause;
        const typeOnly =
          clause?.isTypeOnly ||
          (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
        if (!typeOnly) spec = st.moduleSpecifier;
      } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) spec = st.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      const name = spec.text;
      if (name.startsWith('.')) visit(resolve(dirname(file), name.replace(/\.js$/, '.ts')));
      else if (!name.startsWith('node:')) packages.add(name.split('/')[0]!.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!);
    }
  };
  visit(resolve(REPO, entry));
  return { files, packages };
}

const rel = (files: Set<string>) => [...files].map((f) => f.slice(REPO.length));

describe('lazy loading of the PDF renderer', () => {
  it('skj validate (the CLI entry and the validate command) never imports pdfkit, fontkit or src/render', () => {
    for (const entry of ['src/cli/main.ts', 'src/cli/validate.ts', 'src/index.ts'].filter((f) => { try { readFileSync(resolve(REPO, f)); return true; } catch { return false; } })) {
      const g = staticGraph(entry);
      expect([...g.packages], entry).not.toContain('pdfkit');
      expect([...g.packages], entry).not.toContain('fontkit');
      expect([...g.packages], entry).not.toContain('docx');
      expect(rel(g.files).filter((f) => f.startsWith('src/render/') || f === 'src/cli/render.ts'), entry).toEqual([]);
    }
  });

  it('skj render imports pdfkit only dynamically, when a PDF is asked for', () => {
    const render = staticGraph('src/cli/render.ts');
    expect([...render.packages]).not.toContain('pdfkit');
    expect(rel(render.files)).toContain('src/render/markdown.ts');
    expect(rel(render.files).filter((f) => f.startsWith('src/render/pdf/'))).toEqual([]);
    // The check can fail: the PDF writer does import pdfkit statically.
    expect([...staticGraph('src/render/pdf/index.ts').packages]).toContain('pdfkit');
    expect(readFileSync(resolve(REPO, 'src/cli/render.ts'), 'utf8')).toContain("import('../render/pdf/index.js')");
    // The Word writer likewise: docx is reached only through a dynamic import.
    expect([...render.packages]).not.toContain('docx');
    expect([...staticGraph('src/render/docx/index.ts').packages]).toContain('docx');
    expect(readFileSync(resolve(REPO, 'src/cli/render.ts'), 'utf8')).toContain("import('../render/docx/index.js')");
  });
});
