import type { LegacyRule as Rule } from '../types.js';

/** Compares partial ISO dates on their common precision. */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Dates in order: nothing done to an instrument before it existed; no as-of in the future. */
export const dateOrder: Rule = {
  id: 'date-order',
  description: 'Dates are in order: no treaty action before the instrument was adopted, no event after its record\'s as-of, no as-of after today, entry into force not before adoption.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    for (const ins of c.instruments.values()) {
      const a = ins.fm.adopted?.date;
      const e = ins.fm['entry-into-force'];
      if (a && e && before(e, a)) ctx.report(ins.file, { path: ['entry-into-force'] }, `Entry into force ${e} is before adoption ${a}.`);
    }
    for (const cm of c.commitments.values()) {
      if (!ctx.wanted(cm.file)) continue;
      const adopted = cm.fm.instrument ? c.instruments.get(cm.fm.instrument)?.fm.adopted?.date : undefined;
      cm.fm.records.forEach((r, i) => {
        if (before(ctx.today, r['as-of'])) ctx.report(cm.file, { path: ['records', i, 'as-of'] }, `as-of ${r['as-of']} is after today (${ctx.today}).`);
        (r.events ?? []).forEach((ev, j) => {
          if (adopted && before(ev.date, adopted)) ctx.report(cm.file, { path: ['records', i, 'events', j, 'date'] }, `${ev.action} on ${ev.date}, before the instrument \`${cm.fm.instrument}\` was adopted (${adopted}).`);
          if (before(r['as-of'], ev.date)) ctx.report(cm.file, { path: ['records', i, 'events', j, 'date'] }, `${ev.action} on ${ev.date}, after the record's as-of ${r['as-of']}.`);
        });
      });
    }
    for (const d of c.documents.values()) {
      if (before(ctx.today, d.fm.date)) ctx.report(d.file, { path: ['date'] }, `Date ${d.fm.date} is after today (${ctx.today}).`);
    }
  },
};
