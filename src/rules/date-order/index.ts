import { defineRule } from '../define.js';

/** Compares partial ISO dates on their common precision. */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Dates in order: nothing done to an instrument before it existed; no as-of in the future. */
export const dateOrder = defineRule({
  meta: {
    id: 'date-order',
    description: 'Dates are in order: no treaty action before the instrument was adopted, no event after its record\'s as-of, no as-of after today, entry into force not before adoption.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'Some dates cannot come in the wrong order, so when they do one of them is mistyped: an instrument does not enter into force before it is adopted, no state signs or ratifies it before its adoption, a record does not report an event after its own as-of (the date it speaks for), and neither a record\'s as-of nor a document\'s date is after today (`--today` or `PLAN_TODAY` pins "today" for reproducible runs). Partial dates are compared on what both give: `2005-04` is neither before nor after `2005-04-20`.',
    examples: [
      {
        title: 'A ratification dated before the Palermo Convention was adopted',
        changes: [{ file: 'commitments/MEX/untoc.md', replace: [['{action: ratified, date: "2003-03-04"}', '{action: ratified, date: "1999-03-04"}']] }],
        reports: ['ratified on 1999-03-04, before the instrument `untoc` was adopted (2000-11-15).'],
      },
      {
        title: 'Entry into force before adoption',
        changes: [{ file: 'instruments/untoc.md', replace: [['entry-into-force: "2003-09-29"', 'entry-into-force: "1999-09-29"']] }],
        reports: ['Entry into force 1999-09-29 is before adoption 2000-11-15.'],
      },
      {
        title: 'A draft dated after today (2026-01-01)',
        changes: [{ file: 'documents/draft.md', replace: [['date: 2005-04', 'date: 2026-03']] }],
        reports: ['Date 2026-03 is after today (2026-01-01).'],
      },
      {
        title: 'A record as of the day of the signature it reports',
        changes: [{ file: 'commitments/MEX/untoc.md', replace: [['as-of: "2001-01-01"', 'as-of: "2000-12-13"']] }],
        reports: [],
      },
    ],
  },
  create(ctx) {
    const c = ctx.corpus;
    return {
      instrument(ins) {
        const a = ins.fm.adopted?.date;
        const e = ins.fm['entry-into-force'];
        if (a && e && before(e, a)) ctx.report(ins.file, { path: ['entry-into-force'] }, `Entry into force ${e} is before adoption ${a}.`);
      },
      commitment(cm) {
        const adopted = cm.fm.instrument ? c.instruments.get(cm.fm.instrument)?.fm.adopted?.date : undefined;
        cm.fm.records.forEach((r, i) => {
          if (before(ctx.today, r['as-of'])) ctx.report(cm.file, { path: ['records', i, 'as-of'] }, `as-of ${r['as-of']} is after today (${ctx.today}).`);
          (r.events ?? []).forEach((ev, j) => {
            if (adopted && before(ev.date, adopted)) ctx.report(cm.file, { path: ['records', i, 'events', j, 'date'] }, `${ev.action} on ${ev.date}, before the instrument \`${cm.fm.instrument}\` was adopted (${adopted}).`);
            if (before(r['as-of'], ev.date)) ctx.report(cm.file, { path: ['records', i, 'events', j, 'date'] }, `${ev.action} on ${ev.date}, after the record's as-of ${r['as-of']}.`);
          });
        });
      },
      // Every document is in a group; its file's findings are kept when that file is reported on.
      document({ document: d }) {
        if (d && before(ctx.today, d.fm.date)) ctx.report(d.file, { path: ['date'] }, `Date ${d.fm.date} is after today (${ctx.today}).`);
      },
    };
  },
});
