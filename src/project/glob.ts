// Minimal glob matching for skj.yaml patterns ("standar/**/*.yaml", "kamus/*.yml", "{a,b}/*.yaml"),
// because Node 20 has no fs.glob.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more directories; a trailing "**" matches everything below.
      if (glob[i + 2] === '/') (re += '(?:[^/]+/)*'), (i += 2);
      else (re += '.*'), (i += 1);
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** Every file below `root` (relative POSIX paths, sorted), skipping VCS and build folders. */
export function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      // A link to a file is listed (and read through); a dangling one too, so reading it reports it. Links
      // to folders are not followed: a loop would never end.
      else if (entry.isFile() || (entry.isSymbolicLink() && !isDirectory(full))) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function matchAny(path: string, patterns: RegExp[]): boolean {
  return patterns.some((p) => p.test(path));
}
