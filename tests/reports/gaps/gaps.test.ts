import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/model/model.js';
import {
  effectiveForce, formatAge, gapsAll, gapsForInstrument, gapsForState, isStale, membershipOf, obligationItems,
  isFinalRecord, reportStatuses, resolveInstrument, resolveState, selectDocuments, standing, summarize, yearsBefore, GAP_STATUSES,
  type GapsOptions,
} from '../../../src/reports/gaps/index.js';
// The flags are the command's (src/commands/gaps-flags.ts); the reports take their values.
import { checkValues, parseStaleAfter } from '../../../src/commands/gaps-flags.js';
import { load, removeCorpus, type Files } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, GAPS_TODAY, ITEM_KEYS, MEX_EXPECTED } from '../../helpers/gaps-fixture.js';
import { usage } from '../../helpers/usage.js';

let corpus: Corpus;
let root: string;
const roots: string[] = [];

function loadFiles(files: Files): Corpus {
  const r = load(files);
  roots.push(r.root);
  return r.corpus;
}

beforeAll(() => {
  ({ corpus, root } = load(GAPS_FIXTURE));
});
afterAll(() => {
  removeCorpus(root);
  for (const r of roots) removeCorpus(r);
});

const opts = (over: Partial<GapsOptions> = {}): GapsOptions => ({ today: GAPS_TODAY, documents: selectDocuments(corpus, {}), staleAfterYears: 5, ...over });


describe('obligation items', () => {
  it('expands instrument lists, skips the lead-in of obliged children, and keeps only obligations addressed to member states', () => {
    expect(obligationItems(corpus, ['strategy']).map((i) => i.key)).toEqual(ITEM_KEYS);
  });

  it('gives a list item without addressees or force those of its lead-in, and keeps its own force when it has one', () => {
    const items = obligationItems(corpus, ['strategy']);
    const by = new Map(items.map((i) => [i.key, i]));
    expect(by.get('strategy/1.a#untoc')?.force).toBe('urge');
    expect(by.get('strategy/1.b#untoc-som')?.force).toBe('urge');
    expect(by.get('strategy/1.c#cifta')?.force).toBe('should');
    expect(by.get('strategy/2')?.force).toBe('shall');
    expect(effectiveForce(corpus, corpus.paragraphs.get('strategy/1.a')!)).toBe('urge');
  });

  it('makes one item per instrument of an inline list, each pointing at the same paragraph and obligation', () => {
    const items = obligationItems(corpus, ['strategy']).filter((i) => i.paragraph === 'strategy/1.b');
    expect(items.map((i) => [i.key, i.instrument])).toEqual([['strategy/1.b#untoc-tip', 'untoc-tip'], ['strategy/1.b#untoc-som', 'untoc-som']]);
    expect(items[0]!.obligation).toBe(items[1]!.obligation);
  });

  it('makes a lead-in with obligations but no obliged children an item of its own', () => {
    const files = { ...GAPS_FIXTURE };
    for (const k of ['paragraphs/strategy/1.a.md', 'paragraphs/strategy/1.b.md', 'paragraphs/strategy/1.c.md']) delete files[k];
    const c = loadFiles(files);
    expect(obligationItems(c, ['strategy']).map((i) => i.key)).toEqual([
      'strategy/1#untoc', 'strategy/1#untoc-tip', 'strategy/1#untoc-som', 'strategy/1#cifta', 'strategy/2', 'strategy/3',
    ]);
  });
});

describe('lead-ins and their items', () => {
  it('keeps on the lead-in only the instruments that no item carries', () => {
    const files = { ...GAPS_FIXTURE };
    delete files['paragraphs/strategy/1.c.md'];
    const keys = obligationItems(loadFiles(files), ['strategy']).map((i) => i.key);
    expect(keys.filter((k) => k.startsWith('strategy/1'))).toEqual(['strategy/1#cifta', 'strategy/1.a#untoc', 'strategy/1.b#untoc-tip', 'strategy/1.b#untoc-som']);
  });

  it('keeps a lead-in that asks something of its own (no instruments) beside its obliged items', () => {
    const files = {
      ...GAPS_FIXTURE,
      'paragraphs/strategy/1.md': GAPS_FIXTURE['paragraphs/strategy/1.md']!.replace(
        /obligation:\n(?:  .*\n)+/,
        'obligation:\n  action: adopt-national-strategy\n  summary: Develop national strategies\n  subject: national strategies\n',
      ),
    };
    const keys = obligationItems(loadFiles(files), ['strategy']).map((i) => i.key);
    expect(keys.filter((k) => k.startsWith('strategy/1'))).toEqual(['strategy/1', 'strategy/1.a#untoc', 'strategy/1.b#untoc-tip', 'strategy/1.b#untoc-som', 'strategy/1.c#cifta']);
  });
});

describe('documents', () => {
  it('defaults to the adopted documents, adds drafts with includeDrafts, and takes --document ids as given', () => {
    expect(selectDocuments(corpus, {})).toEqual(['strategy']);
    expect(selectDocuments(corpus, { includeDrafts: true })).toEqual(['draft', 'strategy']);
    expect(selectDocuments(corpus, { ids: ['draft'] })).toEqual(['draft']);
    expect(selectDocuments(corpus, { ids: ['strategy', 'draft', 'draft'] })).toEqual(['draft', 'strategy']);
  });

  it('rejects an unknown document with the nearest ids', () => {
    const e = usage(() => selectDocuments(corpus, { ids: ['stratgy'] }));
    expect(e.message).toContain('`stratgy`');
    expect(e.message).toContain('did you mean `strategy`');
  });

  it('counts the draft obligation only when drafts are in', () => {
    expect(gapsForState(corpus, 'MEX', opts()).items.map((i) => i.key)).not.toContain('draft/1');
    const withDrafts = gapsForState(corpus, 'MEX', opts({ documents: selectDocuments(corpus, { includeDrafts: true }) }));
    expect(withDrafts.items.map((i) => i.key)).toEqual(['draft/1', ...ITEM_KEYS]);
    expect(withDrafts.items[0]!.status).toBe('no-record');
    expect(gapsForState(corpus, 'MEX', opts({ documents: ['draft'] })).items.map((i) => i.key)).toEqual(['draft/1']);
  });
});

describe('one state', () => {
  it('gives MEX the known status, as-of, staleness and history of every item', () => {
    const r = gapsForState(corpus, 'MEX', opts());
    expect(r.items.map((i) => i.key)).toEqual(ITEM_KEYS);
    for (const i of r.items) {
      const want = MEX_EXPECTED[i.key]!;
      expect({ key: i.key, status: i.status, asOf: i.asOf, stale: i.stale, history: Math.max(0, i.records.length - 1) })
        .toEqual({ key: i.key, status: want.status, asOf: want.asOf, stale: want.stale, history: want.history });
    }
  });

  it('covers every status once: five of six items with a record, one of those five done', () => {
    const r = gapsForState(corpus, 'MEX', opts());
    expect(r.summary.byStatus).toEqual({ done: 1, partial: 1, 'in-progress': 1, 'not-done': 1, 'not-applicable': 1, 'no-record': 1 });
    expect(r.summary.byAction).toEqual({ 'designate-authority': 1, 'join-instruments': 4, 'share-information': 1 });
    expect(r.summary.withRecord).toBe(5);
    expect(r.summary.coverage).toBeCloseTo(5 / 6, 10);
    // The share done is over the items with a record, never over all items.
    expect(r.summary.done).toBeCloseTo(1 / 5, 10);
    expect(r.summary.total).toBe(6);
    // untoc is done by ratification (final, never stale); untoc-som not-done 2014 is stale.
    expect(r.summary.stale).toBe(1);
    expect(r.summary.staleAfterYears).toBe(5);
  });

  it('lists records newest first with the deciding one first, and takes evidence from it', () => {
    const r = gapsForState(corpus, 'MEX', opts());
    const untoc = r.items.find((i) => i.key === 'strategy/1.a#untoc')!;
    expect(untoc.records.map((x) => [x.status, x['as-of']])).toEqual([['done', '2014-01-27'], ['in-progress', '2001-01-01']]);
    expect(untoc.evidence.map((e) => e.source)).toEqual(['UN Treaty Collection, chapter XVIII-12']);
    const tip = r.items.find((i) => i.key === 'strategy/1.b#untoc-tip')!;
    // The newer record is first in the file here; order in the file does not matter, as-of does.
    expect(tip.records.map((x) => x.status)).toEqual(['in-progress', 'not-done']);
    expect(tip.evidence.map((e) => e.source)).toEqual(['a note verbale of 2024']);
  });

  it('breaks an as-of tie by the later record in file order, across the commitments that answer a paragraph', () => {
    const item = gapsForState(corpus, 'MEX', opts()).items.find((i) => i.key === 'strategy/2')!;
    expect(item.records.map((x) => [x.commitment, x.status, x['as-of']])).toEqual([
      ['MEX/national-authority', 'partial', '2023-05-01'],
      ['MEX/national-authority', 'not-done', '2023-05-01'],
      ['MEX/focal-point', 'not-done', '2020-02-02'],
    ]);
    expect(item.evidence).toEqual([{ source: 'a corrected report' }]);
  });

  it('gives no-record, no as-of and no evidence where a state has nothing', () => {
    const r = gapsForState(corpus, 'ARG', opts());
    expect(r.items.map((i) => i.status)).toEqual(ITEM_KEYS.map(() => 'no-record'));
    for (const i of r.items) {
      expect(i.asOf).toBeUndefined();
      expect(i.stale).toBe(false);
      expect(i.records).toEqual([]);
      expect(i.evidence).toEqual([]);
    }
    expect(r.summary.done).toBe(0);
  });

  it('computes a state with no file (an older revision) from its commitments, named by its id', () => {
    const r = gapsForState(corpus, 'XXX', opts());
    expect(r.state.name).toBe('XXX');
    expect(r.items.every((i) => i.status === 'no-record')).toBe(true);
  });

  it('turns every item into no-record when the state has no commitments any more', () => {
    const files = Object.fromEntries(Object.entries(GAPS_FIXTURE).filter(([k]) => !k.startsWith('commitments/MEX/')));
    const r = gapsForState(loadFiles(files), 'MEX', opts());
    expect(r.items.map((i) => i.key)).toEqual(ITEM_KEYS);
    expect(r.summary.byStatus['no-record']).toBe(ITEM_KEYS.length);
  });

  it('filters by force and by status, and counts only what is kept', () => {
    const byForce = gapsForState(corpus, 'MEX', opts({ force: ['shall', 'should'] }));
    expect(byForce.items.map((i) => i.key)).toEqual(['strategy/1.c#cifta', 'strategy/2']);
    expect(byForce.summary.total).toBe(2);
    const byStatus = gapsForState(corpus, 'MEX', opts({ status: ['done', 'no-record'] }));
    expect(byStatus.items.map((i) => i.key)).toEqual(['strategy/1.a#untoc', 'strategy/3']);
    expect(byStatus.summary.byStatus).toMatchObject({ done: 1, 'no-record': 1, partial: 0 });
  });
});

describe('staleness', () => {
  it('is counted back from today by whole calendar years', () => {
    expect(yearsBefore('2026-01-01', 5)).toBe('2021-01-01');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
    expect(yearsBefore('2026-01-01', 0.5)).toBe('2025-07-02');
    expect(isStale('2020-12-31', '2026-01-01', 5)).toBe(true);
    expect(isStale('2021-01-01', '2026-01-01', 5)).toBe(false);
  });

  it('follows --stale-after, then the corpus config, then 5 years', () => {
    expect(parseStaleAfter(undefined, undefined)).toBe(5);
    expect(parseStaleAfter(undefined, 20)).toBe(20);
    expect(parseStaleAfter('2.5', 20)).toBe(2.5);
    expect(usage(() => parseStaleAfter('five', undefined)).message).toContain('`five`');
    expect(usage(() => parseStaleAfter('-1', undefined)).message).toContain('--stale-after');
    const lenient = gapsForState(corpus, 'MEX', opts({ staleAfterYears: 20 }));
    expect(lenient.summary.stale).toBe(0);
    const strict = gapsForState(corpus, 'MEX', opts({ staleAfterYears: 2 }));
    expect(strict.items.filter((i) => i.stale).map((i) => i.key)).toEqual(['strategy/1.b#untoc-som', 'strategy/1.c#cifta', 'strategy/2']);
  });

  it('never calls a final fact stale: a ratification is recorded as of its date', () => {
    const r = gapsForState(corpus, 'MEX', opts({ staleAfterYears: 1 }));
    const untoc = r.items.find((i) => i.key === 'strategy/1.a#untoc')!;
    expect([untoc.status, untoc.final, untoc.stale, untoc.asOf]).toEqual(['done', true, false, '2014-01-27']);
    // A status that can change goes stale, however it was reached.
    for (const i of r.items.filter((x) => x.asOf && x.key !== 'strategy/1.a#untoc')) expect([i.key, i.final, i.stale]).toEqual([i.key, false, true]);
    expect(isFinalRecord({ status: 'done', events: [{ action: 'signed', date: '2000-01-01' }] })).toBe(false);
    expect(isFinalRecord({ status: 'in-progress', events: [{ action: 'ratified', date: '2000-01-01' }] })).toBe(false);
    for (const a of ['ratified', 'acceded', 'accepted', 'approved', 'succeeded', 'deposited']) expect(isFinalRecord({ status: 'done', events: [{ action: a, date: '2000-01-01' }] }), a).toBe(true);
  });

  it('reads stale-after-years from plan.config.yaml', () => {
    const c = loadFiles({ ...GAPS_FIXTURE, 'plan.config.yaml': 'stale-after-years: 12\n' });
    expect(c.config.staleAfterYears).toBe(12);
  });

  it('writes ages as days, months or years', () => {
    expect([formatAge(undefined), formatAge(-3), formatAge(0), formatAge(30), formatAge(45), formatAge(364), formatAge(4357)])
      .toEqual(['', 'future', '0d', '30d', '1mo', '11mo', '11.9y']);
  });
});

describe('membership', () => {
  it('says not-participating and withdrawn, the latter from a withdrawal-effective change on or before today', () => {
    expect(membershipOf(corpus.states.get('MEX'), GAPS_TODAY).status).toBe('participating');
    expect(membershipOf(corpus.states.get('ARG'), GAPS_TODAY).status).toBe('participating');
    expect(membershipOf(corpus.states.get('CUB'), GAPS_TODAY).status).toBe('not-participating');
    const nic = membershipOf(corpus.states.get('NIC'), GAPS_TODAY);
    expect(nic.status).toBe('withdrawn');
    expect(nic.changes.map((c) => c.event)).toEqual(['denounced-charter', 'withdrawal-effective']);
    expect(membershipOf(corpus.states.get('NIC'), '2023-11-18').status).toBe('participating');
    expect(membershipOf(corpus.states.get('NIC'), '2023-11-19').status).toBe('withdrawn');
  });

  it('still lists the items of a state that left', () => {
    const r = gapsForState(corpus, 'NIC', opts());
    expect(r.state.membership.status).toBe('withdrawn');
    expect(r.items.map((i) => [i.key, i.status])[0]).toEqual(['strategy/1.a#untoc', 'not-done']);
    expect(r.items).toHaveLength(ITEM_KEYS.length);
  });
});

describe('the hemisphere', () => {
  it('gives every state the same keys, in the order of the obligations', () => {
    const r = gapsAll(corpus, opts());
    expect(r.obligations.map((o) => o.key)).toEqual(ITEM_KEYS);
    expect(r.states.map((s) => s.id)).toEqual(['ARG', 'CUB', 'MEX', 'NIC']);
    for (const s of r.states) expect(Object.keys(s.statuses)).toEqual(ITEM_KEYS);
  });

  it('agrees with the one-state report for each state', () => {
    const r = gapsAll(corpus, opts());
    for (const s of r.states) {
      const one = gapsForState(corpus, s.id, opts());
      expect(s.statuses).toEqual(Object.fromEntries(one.items.map((i) => [i.key, i.status])));
      const { staleAfterYears: _y, ...summary } = one.summary;
      expect(s.summary).toEqual(summary);
    }
  });

  it('has a states × instruments view, in order of first appearance', () => {
    const r = gapsAll(corpus, opts());
    expect(r.instruments.map((i) => i.id)).toEqual(['untoc', 'untoc-tip', 'untoc-som', 'cifta']);
    expect(r.instruments[0]!.states).toEqual({ ARG: 'no-record', CUB: 'done', MEX: 'done', NIC: 'not-done' });
    expect(r.instruments[0]!.title).toBe('United Nations Convention against Transnational Organized Crime');
  });

  it('lists every status for --fail-on', () => {
    const statuses = reportStatuses(gapsAll(corpus, opts()));
    expect(statuses).toHaveLength(4 * ITEM_KEYS.length);
    expect(new Set(statuses)).toEqual(new Set(GAP_STATUSES));
  });
});

describe('one instrument', () => {
  it("gives every state's standing with the deciding record's events and the obligations naming it", () => {
    const r = gapsForInstrument(corpus, 'untoc', opts());
    expect(r.obligations.map((o) => o.key)).toEqual(['strategy/1.a#untoc']);
    expect(r.states.map((s) => [s.id, s.status, s.asOf ?? null, s.stale])).toEqual([
      ['ARG', 'no-record', null, false],
      ['CUB', 'done', '2014-01-27', false],
      ['MEX', 'done', '2014-01-27', false],
      ['NIC', 'not-done', '2014-01-27', true],
    ]);
    expect(r.states.find((s) => s.id === 'MEX')!.events).toEqual([{ action: 'signed', date: '2000-12-13' }, { action: 'ratified', date: '2003-03-04' }]);
    expect(r.summary.byStatus).toMatchObject({ done: 2, 'not-done': 1, 'no-record': 1 });
    expect(r.summary.withRecord).toBe(3);
    expect(r.summary.done).toBeCloseTo(2 / 3, 10);
  });

  it('filters states by status', () => {
    expect(gapsForInstrument(corpus, 'untoc', opts({ status: ['done'] })).states.map((s) => s.id)).toEqual(['CUB', 'MEX']);
  });
});

describe('resolving what the user typed', () => {
  it('takes a state code in any case, or its English or Spanish name with or without accents', () => {
    expect(resolveState(corpus, 'mex')).toBe('MEX');
    expect(resolveState(corpus, ' Mex ')).toBe('MEX');
    expect(resolveState(corpus, 'Mexico')).toBe('MEX');
    expect(resolveState(corpus, 'MÉXICO')).toBe('MEX');
    expect(resolveState(corpus, 'méxico')).toBe('MEX');
  });

  it('names an unknown state and suggests the nearest codes', () => {
    const e = usage(() => resolveState(corpus, 'mexx'));
    expect(e.message).toContain('`mexx`');
    expect(e.message).toContain('`MEX`');
    expect(e.hint).toContain('ISO 3166-1 alpha-3');
    expect(usage(() => resolveState(corpus, 'Mexco')).message).toBe('Unknown state `Mexco`; did you mean `MEX` (Mexico)?');
  });

  it('names an unknown instrument and suggests the nearest ids', () => {
    expect(resolveInstrument(corpus, 'UNTOC')).toBe('untoc');
    expect(resolveInstrument(corpus, 'Protocol against the smuggling of migrants')).toBe('untoc-som');
    const e = usage(() => resolveInstrument(corpus, 'untok'));
    expect(e.message).toContain('`untok`');
    expect(e.message).toContain('`untoc`');
  });

  it('checks list values against the allowed ones and lists them', () => {
    expect(checkValues('--status', ['Done', 'no-record', 'done'], GAP_STATUSES)).toEqual(['done', 'no-record']);
    const e = usage(() => checkValues('--status', ['don'], GAP_STATUSES));
    expect(e.message).toContain('`don`');
    expect(e.message).toContain('did you mean `done`');
    expect(e.hint).toContain('not-applicable');
  });
});

describe('standing and summary', () => {
  it('is no-record with no commitments', () => {
    expect(standing([], GAPS_TODAY, 5)).toMatchObject({ status: 'no-record', stale: false, records: [] });
  });

  it('counts an empty list as nothing done', () => {
    expect(summarize([])).toEqual({ byStatus: { done: 0, partial: 0, 'in-progress': 0, 'not-done': 0, 'not-applicable': 0, 'no-record': 0 }, byAction: {}, done: 0, withRecord: 0, coverage: 0, total: 0, stale: 0 });
  });

  it('never takes a share done over items without a record', () => {
    const s = summarize([{ status: 'done' }, { status: 'no-record' }, { status: 'no-record' }, { status: 'no-record' }]);
    expect([s.withRecord, s.coverage, s.done]).toEqual([1, 0.25, 1]);
    expect(summarize([{ status: 'no-record' }]).done).toBe(0);
  });
});
