/** The --by instrument view in table, markdown, CSV and JSON. */
import { afterAll, describe, expect, it } from 'vitest';
import { byInstrumentTable } from '../../../src/formatters/gaps/by-instrument-table.js';
import { byInstrumentMd } from '../../../src/formatters/gaps/by-instrument-markdown.js';
import { parseCsv } from '../../../src/formatters/csv.js';
import { BY_INSTRUMENT_COLUMNS, gapsCsv } from '../../../src/formatters/gaps/csv.js';
import { gapsJson } from '../../../src/formatters/gaps/json.js';
import { gapsByInstrument } from '../../../src/reports/gaps/by-instrument.js';
import { docRefs, selectDocuments, type GapsView } from '../../../src/reports/gaps/index.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, GAPS_TODAY } from '../../helpers/gaps-fixture.js';

const { corpus, root } = load(GAPS_FIXTURE);
afterAll(() => removeCorpus(root));
const opts = { today: GAPS_TODAY, documents: selectDocuments(corpus, {}), staleAfterYears: 5 };
const view = (states: string[]): GapsView & { mode: 'by-instrument' } => ({ mode: 'by-instrument', report: gapsByInstrument(corpus, states, docRefs(corpus, opts.documents), opts) });

describe('--by instrument, table', () => {
  const out = byInstrumentTable(view(['MEX']).report);
  it('says what a row counts, gives each instrument once with what asks for it, and coverage first', () => {
    expect(out).toContain('One row per state and instrument: a ratification counts once, however many paragraphs ask for it.');
    const L = out.split('\n');
    const row = L.find((l) => l.includes(' untoc — '))!;
    expect(row.split(/\s{2,}/).slice(0, 3)).toEqual(['done', '2014-01-27', 'final']);
    expect(L[L.indexOf(row) + 2]!.trim()).toBe('asked by strategy/1.a (urge)');
    expect(out.replace(/\n(?=[a-z])/g, ' ')).toContain('\n4 instruments; 4 with a record (100%): 1 done, 1 in progress, 1 not done, 1 not applicable; 0 no record.\n');
    for (const l of L) expect([...l].length).toBeLessThanOrEqual(100);
  });
  it('has a state column and one "asked by" list per instrument for several states, and explains "no record"', () => {
    const all = byInstrumentTable(view(['ARG', 'MEX']).report);
    expect(all).toMatch(/\nARG {4}no-record/);
    expect(all).toContain('\nAsked by:\n  untoc: strategy/1.a (urge)\n');
    expect(all).toContain('"No record" means that no source in the corpus says either way');
  });
});

describe('--by instrument, markdown', () => {
  it('is a table with one row per state and instrument, the paragraphs that ask, and the coverage line', () => {
    const out = byInstrumentMd(view(['ARG', 'MEX']).report);
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Status') && !l.startsWith('| ---') && /^\| [A-Z]{3} \|/.test(l));
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.startsWith('| MEX | `untoc`'))).toContain('| `strategy/1.a` |');
    expect(out).toContain('8 state-instrument pairs; 4 with a record (50%)');
  });
});

describe('--by instrument, csv and json', () => {
  it('gives one CSV row per state and instrument with events, sources, addresses and the asking paragraphs', () => {
    const [header, ...rows] = parseCsv(gapsCsv(view(['MEX', 'NIC'])));
    expect(header).toEqual([...BY_INSTRUMENT_COLUMNS]);
    expect(rows).toHaveLength(8);
    const untoc = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(untoc).toMatchObject({ state: 'MEX', instrument: 'untoc', status: 'done', as_of: '2014-01-27', stale: 'false', final: 'true', events: 'signed 2000-12-13; ratified 2003-03-04', asked_by: 'strategy/1.a#untoc' });
  });
  it('prints the report with `by: instrument` in JSON', () => {
    const j = JSON.parse(gapsJson(view(['MEX'])));
    expect(j.by).toBe('instrument');
    expect(j.rows.map((r: { instrument: string }) => r.instrument)).toEqual(['untoc', 'untoc-tip', 'untoc-som', 'cifta']);
    expect(j.summary).toMatchObject({ total: 4, withRecord: 4, coverage: 1 });
  });
});
