// The date `skj code` records in the registry: SOURCE_DATE_EPOCH's when set (reproducible runs),
// otherwise today's local date.
import { sourceDateEpoch } from '../project/source-date-epoch.js';

export function today(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = sourceDateEpoch(env);
  if (epoch !== undefined) return new Date(epoch * 1000).toISOString().slice(0, 10);
  const d = now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
