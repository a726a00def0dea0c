import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/formatters/csv.js';
import { gapsCsv, INSTRUMENT_COLUMNS, ITEM_COLUMNS } from '../../../src/formatters/gaps/csv.js';
import type { GapsDiff } from '../../../src/reports/gaps/diff.js';
import { removeCorpus } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, ITEM_KEYS, gapsViews } from '../../helpers/gaps-fixture.js';

const v = gapsViews();
afterAll(() => removeCorpus(v.root));

const rowsOf = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
};

describe('gaps csv', () => {
  it('--state: the contract columns and one row per item, CRLF-terminated', () => {
    const text = gapsCsv(v.state('MEX'));
    expect(text.endsWith('\r\n')).toBe(true);
    const { header, rows } = rowsOf(text);
    expect(header).toEqual([...ITEM_COLUMNS]);
    expect(header).toEqual(['state', 'key', 'paragraph', 'document', 'action', 'summary', 'force', 'instrument', 'status', 'as_of', 'stale', 'source', 'events', 'source_url', 'final', 'suspect']);
    expect(rows.map((r) => r.key)).toEqual(ITEM_KEYS);
    expect(rows[0]).toEqual({
      state: 'MEX', key: 'strategy/1.a#untoc', paragraph: 'strategy/1.a', document: 'strategy', action: 'join-instruments', summary: 'Join the Palermo Convention',
      force: 'urge', instrument: 'untoc', status: 'done', as_of: '2014-01-27', stale: 'false', source: 'UN Treaty Collection, chapter XVIII-12',
      events: 'signed 2000-12-13; ratified 2003-03-04', source_url: '', final: 'true', suspect: 'false',
    });
    expect(rows.find((r) => r.key === 'strategy/1.b#untoc-som')).toMatchObject({ status: 'not-done', stale: 'true', final: 'false', suspect: 'false', events: '' });
    expect(rows.find((r) => r.key === 'strategy/3')).toMatchObject({ status: 'no-record', as_of: '', stale: '', final: '', events: '', source_url: '', instrument: '', summary: 'Share data on seizures, | pipes and <tags> stay text' });
    expect(rows.find((r) => r.key === 'strategy/1.c#cifta')!.summary).toBe('Join CIFTA “the firearms convention”');
  });

  it('--all: one row per state and item', () => {
    const { rows } = rowsOf(gapsCsv(v.all));
    expect(rows).toHaveLength(4 * ITEM_KEYS.length);
    expect(rows.filter((r) => r.state === 'MEX').map((r) => r.status)).toEqual(['done', 'in-progress', 'not-done', 'not-applicable', 'partial', 'no-record']);
    expect(rows.find((r) => r.state === 'CUB' && r.key === 'strategy/1.a#untoc')).toMatchObject({ status: 'done', as_of: '2014-01-27', stale: 'false', final: 'true', events: 'signed 2000-12-13; ratified 2007-02-09' });
  });

  it('--instrument: one row per state', () => {
    const { header, rows } = rowsOf(gapsCsv(v.instrument('untoc')));
    expect(header).toEqual([...INSTRUMENT_COLUMNS]);
    expect(rows.map((r) => [r.state, r.status, r.membership])).toEqual([['ARG', 'no-record', 'participating'], ['CUB', 'done', 'not-participating'], ['MEX', 'done', 'participating'], ['NIC', 'not-done', 'withdrawn']]);
    expect(rows.find((r) => r.state === 'MEX')).toMatchObject({ events: 'signed 2000-12-13; ratified 2003-03-04', age_days: '4357', final: 'true', source_url: '' });
  });

  it('carries the source URLs in every mode, in the order of the sources', () => {
    const files = { ...GAPS_FIXTURE, 'commitments/MEX/untoc.md': String(GAPS_FIXTURE['commitments/MEX/untoc.md']).replace(/evidence: \[\{source: "UN Treaty Collection, chapter XVIII-12", via: shared\/data\/untc.csv\}\]/,
      'evidence: [{source: "UNTC, chapter XVIII-12", url: "https://treaties.un.org/x?a=1&b=2"}, {source: a note, url: "https://example.org/n"}]') };
    const w = gapsViews(files);
    try {
      const want = 'https://treaties.un.org/x?a=1&b=2; https://example.org/n';
      expect(rowsOf(gapsCsv(w.state('MEX'))).rows[0]).toMatchObject({ source: 'UNTC, chapter XVIII-12; a note', source_url: want });
      expect(rowsOf(gapsCsv(w.all)).rows.find((r) => r.state === 'MEX' && r.key === 'strategy/1.a#untoc')).toMatchObject({ source_url: want });
      expect(rowsOf(gapsCsv(w.instrument('untoc'))).rows.find((r) => r.state === 'MEX')).toMatchObject({ source_url: want });
    } finally {
      removeCorpus(w.root);
    }
  });

  it('--since: a change column on every row and a row for each item that disappeared', () => {
    const since: GapsDiff = {
      ref: 'v1', commit: 'a'.repeat(40), counts: { closed: 1, changed: 0, opened: 0, disappeared: 1, unchanged: 5 },
      changes: [
        { kind: 'closed', key: 'strategy/1.a#untoc', paragraph: 'strategy/1.a', instrument: 'untoc', before: 'not-done', after: 'done' },
        { kind: 'disappeared', key: 'strategy/9', paragraph: 'strategy/9', before: 'partial' },
      ],
    };
    const { header, rows } = rowsOf(gapsCsv({ ...v.state('MEX'), since }));
    expect(header.slice(-2)).toEqual(['change', 'status_then']);
    expect(rows).toHaveLength(ITEM_KEYS.length + 1);
    expect(rows[0]).toMatchObject({ key: 'strategy/1.a#untoc', change: 'closed', status_then: 'not-done' });
    expect(rows[1]).toMatchObject({ change: 'unchanged', status_then: 'in-progress' });
    expect(rows.at(-1)).toMatchObject({ state: 'MEX', key: 'strategy/9', paragraph: 'strategy/9', document: 'strategy', status: '', change: 'disappeared', status_then: 'partial' });
  });
});
