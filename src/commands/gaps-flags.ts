/**
 * The flags of `plan gaps` (and of the commands that share its options) as values: list flags
 * checked against what is allowed, `--stale-after` in years. Flags are the commands' business:
 * the reports take the values.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_STALE_AFTER_YEARS } from '../reports/gaps/dates.js';
import { didYouMean } from '../util/text.js';

/** Checks a list flag's values against the allowed ones (any case); returns them lower-cased. */
export function checkValues(flag: string, values: readonly string[] | undefined, allowed: readonly string[]): string[] | undefined {
  if (values === undefined) return undefined;
  const out: string[] = [];
  for (const v of values) {
    const lv = v.toLowerCase();
    if (!allowed.includes(lv)) {
      throw new UsageError(`Invalid ${flag} value \`${v}\`${didYouMean(lv, allowed)}`, `Valid values: ${allowed.join(', ')}.`);
    }
    if (!out.includes(lv)) out.push(lv);
  }
  if (out.length === 0) throw new UsageError(`${flag} needs at least one value.`, `Valid values: ${allowed.join(', ')}.`);
  return out;
}

/** Parses `--stale-after <years>`: a non-negative number of years; without it, the configuration's, else 5. */
export function parseStaleAfter(v: string | undefined, fallback: number | undefined): number {
  if (v === undefined) return fallback ?? DEFAULT_STALE_AFTER_YEARS;
  if (!/^\d+(\.\d+)?$/.test(v.trim())) throw new UsageError(`Invalid --stale-after \`${v}\`; expected a number of years (e.g. 5 or 2.5).`);
  return Number(v.trim());
}
