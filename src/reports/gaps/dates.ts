/**
 * Date arithmetic of `plan gaps`: ages, the stale cut-off, and which records
 * are final facts that never go stale.
 */
import type { CommitmentEvent, CommitmentStatus } from '../../model/types.js';

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  return Math.floor(Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date `years` before `today`: calendar years for a whole number (29
 * February falls back to the 28th), else days (365.2425 a year).
 */
export function yearsBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  if (Number.isInteger(years)) {
    const yy = y - years;
    const leap = yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0);
    const dd = m === 2 && d === 29 && !leap ? 28 : d;
    return `${String(yy).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  }
  const t = new Date(Date.UTC(y, m - 1, d) - Math.round(years * 365.2425) * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** Records of statuses that can change, older than this many years, are stale, unless the corpus configuration or the caller says otherwise. */
export const DEFAULT_STALE_AFTER_YEARS = 5;

/** The cut-off in years: the one given, else the corpus configuration's, else 5. */
export function staleAfterYearsOf(config: { staleAfterYears?: number }, given?: number): number {
  return given ?? config.staleAfterYears ?? DEFAULT_STALE_AFTER_YEARS;
}

/** Is a record with this as-of stale on `today`: older than the cut-off? */
export function isStale(asOf: string, today: string, staleAfterYears: number): boolean {
  return asOf < yearsBefore(today, staleAfterYears);
}

/**
 * Treaty actions after which a state is bound: a record `done` by one of
 * them is a final fact (it happened on that date and stays true), unlike a
 * status that can change (not done, in progress, partial, an answer to an
 * obligation that is not a treaty).
 */
export const FINAL_EVENTS: ReadonlySet<string> = new Set([
  'ratified', 'ratification', 'acceded', 'accession', 'accepted', 'acceptance', 'approved', 'approval',
  'succeeded', 'succession', 'deposited', 'deposit', 'participation', 'definitive-signature', 'formal-confirmation',
]);

/** Is this record a final fact: `done` through a treaty action? */
export function isFinalRecord(r: { status: CommitmentStatus; events?: readonly CommitmentEvent[] | undefined }): boolean {
  return r.status === 'done' && (r.events ?? []).some((e) => FINAL_EVENTS.has(e.action));
}

/** An age in days as people read it: `20d`, `8mo`, `12.0y`; `future` when negative. */
export function formatAge(days: number | undefined): string {
  if (days === undefined) return '';
  if (days < 0) return 'future';
  if (days < 31) return `${days}d`;
  if (days < 365) return `${Math.floor(days / 30.44)}mo`;
  return `${(days / 365.2425).toFixed(1)}y`;
}
