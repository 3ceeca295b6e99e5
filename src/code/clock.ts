// The date `skj code` records in the registry. SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
// makes runs reproducible; otherwise it is today's local date.
import { UsageError } from '../project/errors.js';

export function today(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError('cli.code.bad-epoch', { value: epoch });
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const d = now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
