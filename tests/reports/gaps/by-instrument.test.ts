/**
 * `plan gaps --by instrument`: one row per state × instrument across the
 * adopted texts, so that a ratification two texts ask for is counted once.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../../src/model/load.js';
import type { Corpus } from '../../../src/model/model.js';
import { gapsByInstrument } from '../../../src/reports/gaps/by-instrument.js';
import { docRefs, gapsForState, selectDocuments, type GapsOptions } from '../../../src/reports/gaps/index.js';
import { RULE_IDS } from '../../../src/rules/index.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, GAPS_TODAY } from '../../helpers/gaps-fixture.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'corpus');
let real: Corpus;
let fixture: { corpus: Corpus; root: string };
beforeAll(() => {
  real = loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
  fixture = load(GAPS_FIXTURE);
});
afterAll(() => removeCorpus(fixture.root));

const opts = (c: Corpus, over: Partial<GapsOptions> = {}): GapsOptions => ({ today: '2026-01-01', documents: selectDocuments(c, {}), staleAfterYears: 5, ...over });

describe('gapsByInstrument on the real corpus', () => {
  it('counts Mexico’s ratification of the UNTOC once, listing both paragraphs that ask for it', () => {
    const o = opts(real);
    const r = gapsByInstrument(real, ['MEX'], docRefs(real, o.documents), o);
    const untoc = r.rows.filter((x) => x.instrument === 'untoc');
    expect(untoc).toHaveLength(1);
    expect(untoc[0]!.askedBy.map((a) => a.key)).toEqual(['gtdot-workplan-2008/4.1#untoc', 'strategy-2021/2.i#untoc']);
    expect([untoc[0]!.status, untoc[0]!.final, untoc[0]!.stale]).toEqual(['done', true, false]);
    // The per-paragraph view counts the same ratification twice; this one once per instrument.
    const perParagraph = gapsForState(real, 'MEX', o).items.filter((i) => i.instrument);
    expect(perParagraph.length).toBeGreaterThan(r.rows.length);
    expect(new Set(r.rows.map((x) => x.instrument)).size).toBe(r.rows.length);
    expect(new Set(perParagraph.map((i) => i.instrument))).toEqual(new Set(r.rows.map((x) => x.instrument)));
    expect(r.summary.total).toBe(r.rows.length);
    expect(r.summary.withRecord).toBe(r.rows.filter((x) => x.status !== 'no-record').length);
  });

  it('gives every state a row for every instrument asked, states in code order', () => {
    const o = opts(real);
    const r = gapsByInstrument(real, [...real.states.keys()], docRefs(real, o.documents), o);
    expect(r.rows).toHaveLength(real.states.size * r.instruments.length);
    const ids = r.states.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(r.instruments.map((i) => i.id)).toContain('untoc');
  });
});

describe('gapsByInstrument on the fixture', () => {
  it('takes each state’s standing from its commitments on the instrument, and filters by status and force', () => {
    const c = fixture.corpus;
    const o = opts(c, { today: GAPS_TODAY });
    const r = gapsByInstrument(c, ['MEX', 'NIC'], docRefs(c, o.documents), o);
    expect(r.rows.map((x) => [x.state, x.instrument, x.status])).toEqual([
      ['MEX', 'untoc', 'done'], ['MEX', 'untoc-tip', 'in-progress'], ['MEX', 'untoc-som', 'not-done'], ['MEX', 'cifta', 'not-applicable'],
      ['NIC', 'untoc', 'not-done'], ['NIC', 'untoc-tip', 'no-record'], ['NIC', 'untoc-som', 'no-record'], ['NIC', 'cifta', 'no-record'],
    ]);
    expect(r.summary).toMatchObject({ total: 8, withRecord: 5, stale: 2 });
    const done = gapsByInstrument(c, ['MEX', 'NIC'], [], { ...o, status: ['done', 'not-done'] });
    expect(done.rows.map((x) => `${x.state}/${x.instrument}`)).toEqual(['MEX/untoc', 'MEX/untoc-som', 'NIC/untoc']);
    const should = gapsByInstrument(c, ['MEX'], [], { ...o, force: ['should'] });
    expect(should.rows.map((x) => x.instrument)).toEqual(['cifta']);
  });
});
