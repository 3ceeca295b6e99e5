// Where the cursor is in a YAML file that is being typed, and so often not valid YAML yet: the keys of
// the enclosing block mappings, read from indentation alone.
export interface LineContext {
  /** Keys of the enclosing mappings, outermost first (sequence items add nothing). */
  parents: string[];
  /** The key whose value the cursor is in, e.g. "M.03" in "M.03: 2". */
  key?: string;
  on: 'key' | 'value';
  /** The text typed so far at the cursor (the key or value being completed). */
  prefix: string;
  /** Column (0-based) where that text starts. */
  start: number;
}

/** `key:` at the start of a line, after an optional sequence dash; group 1 = indentation. */
const KEY_LINE = /^(\s*)(?:-\s+)?(["']?)([^\s"':#-][^:#]*?|-[^\s:#][^:#]*?)\2\s*:(?=\s|$)/;
const DASH = /^(\s*)-(?:\s+|$)/;

export function lineContext(lines: readonly string[], line: number, character: number): LineContext {
  const current = (lines[line] ?? '').slice(0, character);
  const lead = /^\s*/.exec(current)![0].length;
  const dash = DASH.exec(current);
  const m = KEY_LINE.exec(current);
  let ctx: Pick<LineContext, 'key' | 'on' | 'start'>;
  if (m) {
    let start = m[0].length;
    while (start < current.length && /[\s"']/.test(current[start]!)) start++;
    ctx = { on: 'value', key: m[3]!.trim(), start };
  } else ctx = { on: 'key', start: dash ? dash[0].length : lead };

  const parents: string[] = [];
  let limit = lead;
  let seqAt = dash ? lead : -1;
  for (let i = line - 1; i >= 0 && (limit > 0 || seqAt === 0); i--) {
    const text = lines[i]!;
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const l = /^\s*/.exec(text)![0].length;
    if (DASH.test(text)) {
      if (l < limit) (limit = l), (seqAt = l);
      continue;
    }
    if (l < limit || (l === limit && l === seqAt)) {
      const k = KEY_LINE.exec(text);
      if (k) parents.unshift(k[3]!.trim());
      limit = l;
      seqAt = -1;
      if (l === 0) break;
    }
  }
  return { parents, ...ctx, prefix: current.slice(ctx.start) };
}

