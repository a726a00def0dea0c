import { isCalendarDate } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** Paths of date fields by kind; `*` walks a list. */
const DATE_FIELDS: Record<string, string[][]> = {
  document: [['date'], ['adopted', 'date']],
  paragraph: [['priority', '*', 'date']],
  instrument: [['adopted', 'date'], ['entry-into-force']],
  state: [['oas', 'changes', '*', 'date']],
  commitment: [['records', '*', 'as-of'], ['records', '*', 'events', '*', 'date']],
};

/** Every (path, value) of a field pattern in data. */
export function collect(data: unknown, pattern: string[], prefix: Array<string | number> = []): Array<[Array<string | number>, unknown]> {
  if (pattern.length === 0) return [[prefix, data]];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((v, i) => collect(v, rest, [...prefix, i]));
  }
  if (!Object.prototype.hasOwnProperty.call(data, head)) return [];
  return collect((data as Record<string, unknown>)[head], rest, [...prefix, head]);
}

/** Dates are real calendar dates (2024-02-30 is not). */
export const validDates: Rule = {
  id: 'valid-dates',
  description: 'Dates are real calendar dates in ISO form (YYYY-MM-DD, or YYYY-MM / YYYY where partial dates are allowed).',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    const fields = DATE_FIELDS[file.kind];
    if (!fields || !file.data) return;
    for (const f of fields) {
      for (const [path, v] of collect(file.data, f)) {
        if (typeof v !== 'string') continue; // the schema reports wrong types
        if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && !isCalendarDate(v)) ctx.report(file, { path }, `\`${v}\` is not a calendar date.`);
      }
    }
  },
};
