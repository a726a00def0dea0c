import { UsageError } from '../errors.js';
import { isCalendarDate } from '../util/text.js';

/** "Today": --today, else PLAN_TODAY, else the system date in UTC (never the local time zone). */
export function resolveToday(flag: string | undefined, env: Record<string, string | undefined>, now: Date = new Date()): string {
  const v = flag ?? env.PLAN_TODAY;
  if (v !== undefined && v !== '') {
    if (!isCalendarDate(v, false)) throw new UsageError(`Invalid date for ${flag !== undefined ? '--today' : 'PLAN_TODAY'}: \`${v}\`; expected YYYY-MM-DD.`);
    return v;
  }
  return now.toISOString().slice(0, 10);
}
