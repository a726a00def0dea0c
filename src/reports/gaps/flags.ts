/**
 * The flags of `plan gaps` (and of the commands that share its options) as
 * values: list flags checked against what is allowed, `--stale-after` in years.
 */
import { FORCES } from '../../model/types.js';
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../util/text.js';

/** Default `--stale-after`, in years, when neither the flag nor the corpus config says. */
export const DEFAULT_STALE_AFTER_YEARS = 5;

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

export const FORCE_VALUES: readonly string[] = FORCES;

/** Parses `--stale-after <years>`: a non-negative number of years. */
export function parseStaleAfter(v: string | undefined, fallback: number | undefined): number {
  if (v === undefined) return fallback ?? DEFAULT_STALE_AFTER_YEARS;
  if (!/^\d+(\.\d+)?$/.test(v.trim())) throw new UsageError(`Invalid --stale-after \`${v}\`; expected a number of years (e.g. 5 or 2.5).`);
  return Number(v.trim());
}
