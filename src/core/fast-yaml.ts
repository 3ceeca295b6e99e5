// The fast path of parsing: js-yaml (≈ 12× faster than `yaml`, no positions) for files that are
// plainly well-formed. It must give exactly the data `yaml` gives, so it resolves plain scalars with
// `yaml`'s YAML 1.2 core schema, and it declines (returns undefined) whenever the text uses a
// construct where the two parsers are known to differ; the caller then takes the slow path
// (`yaml.parseDocument`), which also locates every diagnostic. test/engine/fast-path.test.ts runs both
// paths over every fixture, example and hostile file and compares the diagnostics.
import jsyaml from 'js-yaml';

// yaml/dist/schema/core: the same tests and the same values.
const nullType = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
  construct: (s: string) =>
    s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
});

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

// Constructs the fast path leaves to `yaml`: directives, tags, anchors and aliases (alias-expansion
// limits), NUL and other C0 controls, keys longer than 1024 characters, a comment glued to a quoted
// scalar, and quoted scalars that span lines (indentation rules differ).
const DECLINE = /^%|(?:^|[\s[{,])[!&*]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|["']#/m;
// DECLINE by cheaper scans first (it runs on every file; its leading alternation scans slowly): each of
// its alternatives needs a control character, `"#`/`'#`, or one of `%!&*`, which few standards hold.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const INDICATOR = /[%!&*]/;

/** Whether DECLINE matches. */
function declined(text: string): boolean {
  return CONTROL.test(text) || text.includes('"#') || text.includes("'#") || (INDICATOR.test(text) && DECLINE.test(text));
}

function hasLongLine(text: string): boolean {
  if (text.length <= 1024) return false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > 1024) return true;
    if (end < 0) break;
    start = end + 1;
  }
  return false;
}

const QUOTE = /["']/g;

function quotedScalarsOnOneLine(text: string): boolean {
  // Only lines holding a quote can start a quoted scalar: jump from quote to quote.
  QUOTE.lastIndex = 0;
  for (let q = QUOTE.exec(text); q; q = QUOTE.exec(text)) {
    const start = text.lastIndexOf('\n', q.index) + 1;
    const nl = text.indexOf('\n', q.index);
    const end = nl < 0 ? text.length : nl;
    if (!lineQuotesClosed(text.slice(start, end))) return false;
    if (nl < 0) break;
    QUOTE.lastIndex = end + 1;
  }
  return true;
}

function lineQuotesClosed(line: string): boolean {
  // A quoted scalar starts at a key, after `key: `, after `- ` or after a flow indicator.
  const m = /^(?:[ \t]*-[ \t]+)*[ \t]*(?:["']|[^"'#]*?(?::[ \t]+|[[{,][ \t]*)["'])/.exec(line);
  if (!m) return true;
  let i = m[0].length - 1;
  for (;;) {
    const q = line[i]!;
    let j = i + 1;
    for (; j < line.length; j++) {
      if (q === '"' && line[j] === '\\') j++;
      else if (line[j] === q) {
        if (q === "'" && line[j + 1] === "'") j++;
        else break;
      }
    }
    if (j >= line.length) return false; // the scalar continues on the next line
    const next = /["']/.exec(line.slice(j + 1).replace(/#.*$/, ''));
    if (!next || !/(?::[ \t]+|[[{,][ \t]*)$/.test(line.slice(j + 1, j + 1 + next.index))) return true;
    i = j + 1 + next.index;
  }
}

/** The document's data by the fast path, or undefined when the slow path must decide. */
export function fastLoad(text: string): { data: unknown } | undefined {
  if (declined(text) || hasLongLine(text) || !quotedScalarsOnOneLine(text)) return undefined;
  try {
    const data = jsyaml.load(text, { schema: SCHEMA });
    return { data: data === undefined ? null : data };
  } catch {
    return undefined;
  }
}
