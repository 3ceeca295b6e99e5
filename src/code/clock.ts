// The date `skj code` records in the registry. SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
// makes runs reproducible; otherwise it is today's local date.
import { UsageError } from '../project/errors.js';

/** 9999-12-31T23:59:59Z, the last second a four-digit year can name. */
export const MAX_EPOCH = 253402300799;

export function today(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError('cli.code.bad-epoch', { value: epoch });
    // The registry stores YYYY-MM-DD: a later date would be written, then rejected by every later run.
    if (epoch.length > 15 || Number(epoch) > MAX_EPOCH) throw new UsageError('cli.code.epoch-range', { value: epoch, max: MAX_EPOCH });
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const d = now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
