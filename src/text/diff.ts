// A word-level difference, readable in a terminal: "… mendorong [-Seluruh-] {+seluruh+} …".

function lcsTable(a: string[], b: string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t;
}

/** Words of `expected` removed in `actual` as [-…-], words added as {+…+}; unchanged runs are shortened. */
export function wordDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split(/\s+/).filter(Boolean);
  const b = actual.split(/\s+/).filter(Boolean);
  const t = lcsTable(a, b);
  const parts: { kind: '=' | '-' | '+'; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) parts.push({ kind: '=', word: a[i++]! }), j++;
    else if (j < b.length && (i === a.length || t[i]![j + 1]! >= t[i + 1]![j]!)) parts.push({ kind: '+', word: b[j++]! });
    else parts.push({ kind: '-', word: a[i++]! });
  }
  const out: string[] = [];
  let k = 0;
  while (k < parts.length) {
    const p = parts[k]!;
    if (p.kind === '=') {
      let end = k;
      while (end < parts.length && parts[end]!.kind === '=') end++;
      const run = parts.slice(k, end).map((x) => x.word);
      const keepStart = k === 0 ? 0 : context;
      const keepEnd = end === parts.length ? 0 : context;
      if (run.length > keepStart + keepEnd + 1) out.push(...run.slice(0, keepStart), '…', ...run.slice(run.length - keepEnd));
      else out.push(...run);
      k = end;
    } else {
      let end = k;
      while (end < parts.length && parts[end]!.kind === p.kind) end++;
      const words = parts.slice(k, end).map((x) => x.word).join(' ');
      out.push(p.kind === '-' ? `[-${words}-]` : `{+${words}+}`);
      k = end;
    }
  }
  return out.join(' ');
}
