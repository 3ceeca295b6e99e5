// Names the other files in a group (same code, same jabatan) without listing thousands of them:
// a message stays one readable line however large the repository.
const SHOWN = 3;

export function othersOf<T>(group: readonly T[], self: T, name: (item: T) => string): { others: string; more: number } {
  const shown: string[] = [];
  for (const item of group) {
    if (item === self) continue;
    if (shown.length === SHOWN) break;
    shown.push(name(item));
  }
  return { others: shown.join(', '), more: Math.max(0, group.length - 1 - shown.length) };
}
