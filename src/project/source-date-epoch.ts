// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/): a fixed "now" for
// reproducible runs — the date skj code records in the registry and the date skj render prints in and
// stamps on the lampiran. Both commands read it here, so both accept and refuse the same values.
import { UsageError } from './errors.js';

/** 9999-12-31T23:59:59Z, the last second a four-digit year can name. */
export const MAX_EPOCH = 253402300799;

/** Seconds since 1970-01-01 UTC from SOURCE_DATE_EPOCH, undefined when unset or empty; a usage error when unusable. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) throw new UsageError('cli.epoch-bad', { value: epoch });
  // Dates are written as YYYY-MM-DD: a later one would be written, then rejected by every later run.
  if (epoch.length > 15 || Number(epoch) > MAX_EPOCH) throw new UsageError('cli.epoch-range', { value: epoch, max: MAX_EPOCH });
  return Number(epoch);
}
