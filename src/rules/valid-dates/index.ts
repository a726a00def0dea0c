import { isCalendarDate } from '../../util/text.js';
import { defineRule } from '../define.js';

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
export const validDates = defineRule({
  meta: {
    id: 'valid-dates',
    description: 'Dates are real calendar dates in ISO form (YYYY-MM-DD, or YYYY-MM / YYYY where partial dates are allowed).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'The schema checks the form of a date; this rule checks that it names a real day or month: `2024-02-30`, `2003-09-31` and `2005-13` are refused, the leap day `2024-02-29` is not. The dates checked are a document\'s date and adoption date, a paragraph\'s priority dates, an instrument\'s adoption and entry into force, a state\'s changes of OAS participation, and a commitment record\'s as-of and event dates. The front matter is read as written, so a date is checked even in a file the schema rejects for another reason; a value that is not a string is left to `schema`.',
    examples: [
      {
        title: 'The 31st of a month of 30 days',
        changes: [{ file: 'instruments/untoc.md', replace: [['entry-into-force: "2003-09-29"', 'entry-into-force: "2003-09-31"']] }],
        reports: ['`2003-09-31` is not a calendar date.'],
      },
      {
        title: 'A month 13 in a partial date',
        changes: [{ file: 'documents/draft.md', replace: [['date: 2005-04', 'date: 2005-13']] }],
        reports: ['`2005-13` is not a calendar date.'],
      },
      {
        title: 'A leap day is a calendar date',
        changes: [{ file: 'commitments/MEX/national-authority.md', replace: [['as-of: "2022-05-01"', 'as-of: "2024-02-29"']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      const fields = DATE_FIELDS[file.kind];
      if (!fields || !file.data) return;
      for (const f of fields) {
        for (const [path, v] of collect(file.data, f)) {
          if (typeof v !== 'string') continue; // the schema reports wrong types
          if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && !isCalendarDate(v)) ctx.report(file, { path }, `\`${v}\` is not a calendar date.`);
        }
      }
    },
  }),
});
