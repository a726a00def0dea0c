/**
 * `plan gaps --by instrument`: one row per state × instrument that the texts
 * ask states to join, across all the documents computed against, with the
 * paragraphs that ask for it. A ratification is one fact however many
 * paragraphs urge it, so it is counted once here; the default view counts
 * paragraphs (obligation items).
 */
import type { Corpus } from '../../model/model.js';
import { filterForce, membershipOf, obligationItems, standing, summarize } from './index.js';
import type { DocRef, GapsByInstrumentReport, GapsOptions, InstrumentRow } from './types.js';
import { compareText as cmp } from '../../util/text.js';

/**
 * The report for `states` (one with --state, every state with a file
 * otherwise); `documents` are the DocRefs of opts.documents.
 */
export function gapsByInstrument(corpus: Corpus, states: readonly string[], documents: DocRef[], opts: GapsOptions): GapsByInstrumentReport {
  const items = filterForce(obligationItems(corpus, opts.documents), opts.force);
  const askedBy = new Map<string, InstrumentRow['askedBy']>();
  for (const o of items) {
    if (!o.instrument) continue;
    const list = askedBy.get(o.instrument) ?? [];
    list.push({ key: o.key, paragraph: o.paragraph, document: o.document, ...(o.force ? { force: o.force } : {}) });
    askedBy.set(o.instrument, list);
  }
  const instruments = [...askedBy.keys()].map((id) => {
    const title = corpus.instruments.get(id)?.fm.title;
    return { id, ...(title ? { title } : {}) };
  });
  const ids = [...states].sort(cmp);
  const rows: InstrumentRow[] = [];
  for (const state of ids) {
    const mine = corpus.commitmentsByState.get(state) ?? [];
    for (const inst of instruments) {
      const s = standing(mine.filter((c) => c.fm.instrument === inst.id), opts.today, opts.staleAfterYears);
      rows.push({
        state, name: corpus.states.get(state)?.fm.name.en ?? state, instrument: inst.id, ...(inst.title ? { title: inst.title } : {}),
        askedBy: askedBy.get(inst.id) ?? [], status: s.status, ...(s.asOf ? { asOf: s.asOf } : {}), stale: s.stale, final: s.final,
        events: s.events, evidence: s.evidence, records: s.records,
      });
    }
  }
  const kept = opts.status ? rows.filter((r) => opts.status!.includes(r.status)) : rows;
  const { byAction: _byAction, ...summary } = summarize(kept);
  return {
    today: opts.today,
    documents,
    states: ids.map((id) => ({ id, name: corpus.states.get(id)?.fm.name.en ?? id, membership: membershipOf(corpus.states.get(id), opts.today) })),
    instruments,
    rows: kept,
    summary,
    staleAfterYears: opts.staleAfterYears,
  };
}
