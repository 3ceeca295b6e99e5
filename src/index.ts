// skj as a library: the same model and checks as the command line.
export { validate, type ValidateInput, type ValidateResult } from './engine/validate.js';
export { loadProject, type ParsedProject, type ProjectModel } from './engine/project.js';
export type { Diagnostic, Fix, Severity } from './core/diagnostic.js';
export { applyFixes, fixProject, MAX_PASSES, type AppliedFix, type FixResult } from './fix/apply.js';
export type { SourceFile, Range } from './core/source.js';
export { parseKode, displayKode } from './core/kode.js';
export { bundledData } from './reference/bundled.js';
export { message, type Lang } from './i18n/messages.js';
export { FORMATTERS } from './format/index.js';
export { RULES } from './rules/index.js';
export { standarSchema, type StandarFile } from './model/standar.js';
export { kamusSchema, type KamusFile } from './model/kamus.js';
export { configSchema, type Config } from './model/config.js';
export { resolveProjects } from './project/files.js';
export { planCodes, type Plan } from './code/plan.js';
export { registrySchema, type Registry } from './model/registry.js';
