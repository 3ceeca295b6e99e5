// A project parsed whole (every document kept): what `skj render` and `skj code` build on. Validation
// does not keep documents (src/engine/validate.ts).
import type { KamusDoc } from '../core/kamus-doc.js';
import { buildKamusDoc } from '../core/kamus-doc.js';
import { SourceDoc, type ParseOptions, type SourceFile } from '../core/source.js';
import { buildStandarDoc, type StandarDoc } from '../core/standar-doc.js';
import type { Config } from '../model/config.js';
import type { BundledData } from '../reference/bundled.js';
import { buildReference, type Reference } from '../reference/reference.js';

export interface ProjectModel {
  standar: StandarDoc[];
  kamus: KamusDoc[];
  config?: Config;
  /** Registry-aware rules (skj code) read this; undefined when the project keeps none. */
  extra?: Record<string, unknown>;
}

export interface ProjectInput extends ParseOptions {
  standar: SourceFile[];
  kamus: SourceFile[];
  config?: Config;
  extra?: Record<string, unknown>;
}

export interface ParsedProject {
  project: ProjectModel;
  ref: Reference;
}

/** The agency kamus parsed, and the reference (bundled dictionaries + kamus + skj.yaml) built on it. */
export function loadReference(input: Omit<ProjectInput, 'standar'>, bundled: BundledData): { kamus: KamusDoc[]; ref: Reference } {
  const kamus = input.kamus.map((f) => buildKamusDoc(new SourceDoc(f, input)));
  const ref = buildReference(bundled, input.config, kamus.flatMap((k) => k.entries.map((e) => e.entry)));
  return { kamus, ref };
}

/** Parses and resolves a project: the model shared by code and render. */
export function loadProject(input: ProjectInput, bundled: BundledData): ParsedProject {
  const { kamus, ref } = loadReference(input, bundled);
  const standar = input.standar.map((f) => buildStandarDoc(new SourceDoc(f, input), ref));
  return { project: { standar, kamus, config: input.config, extra: input.extra }, ref };
}
