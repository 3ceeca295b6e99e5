// Shared by tingkatan/unknown and urusan/unknown: a value no dictionary knows, reported with what it
// may mean. `suggestion` (the first) is what the editor's quick fix writes (src/lsp/code-actions.ts).
import { anyOf } from '../i18n/messages.js';
import type { Report } from './rule.js';

export function unknownValue<T extends { nama: string }>(value: string, near: T[], written: (t: T) => string, shown: (t: T) => string): Pick<Report, 'variant' | 'params'> {
  return {
    variant: near.length ? 'suggest' : undefined,
    params: { value, suggestion: near[0] ? written(near[0]) : '', nama: near[0]?.nama ?? '', pilihan: anyOf(near.map(shown)), choices: near.length },
  };
}
