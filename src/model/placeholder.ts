// Placeholders that `skj init` and `skj new` write where only the agency knows the text, e.g.
// "[ISI: ikhtisar jabatan]". They are part of the file format: rule standar/placeholder reports each
// as "to be filled" (a warning), and the rules that would read them as real values pass over them.
const PLACEHOLDER = /^\s*\[ISI\b[^\]]*\]/i;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** The placeholder for `what`, e.g. placeholder('ikhtisar jabatan') → "[ISI: ikhtisar jabatan]". */
export function placeholder(what: string): string {
  return `[ISI: ${what}]`;
}
