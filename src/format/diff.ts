// `skj fmt --diff`: a file's change as a unified diff (git's a/ b/ names), control characters made
// visible, coloured on a terminal.
import { Chalk } from 'chalk';
import { createTwoFilesPatch } from 'diff';
import { escapeControl } from '../text/control.js';

export function unifiedDiff(path: string, before: string, after: string, color: boolean): string {
  const patch = escapeControl(createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
  if (!color) return patch;
  const c = new Chalk({ level: 1 });
  const paint = (l: string) => (/^(\+\+\+|---) /.test(l) ? c.bold(l) : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l);
  return patch.split('\n').map(paint).join('\n');
}
