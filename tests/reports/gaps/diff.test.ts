import { afterAll, describe, expect, it } from 'vitest';
import { diffAll, diffInstrument, diffRows, diffState } from '../../../src/reports/gaps/diff.js';
import { gapsAll, gapsForInstrument, gapsForState, type GapsOptions } from '../../../src/reports/gaps/index.js';
import { load, removeCorpus, type Files } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, GAPS_TODAY } from '../../helpers/gaps-fixture.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) removeCorpus(r);
});

function corpusOf(files: Files) {
  const r = load(files);
  roots.push(r.root);
  return r.corpus;
}

const opts: GapsOptions = { today: GAPS_TODAY, documents: ['strategy'], staleAfterYears: 5 };

/** The fixture a year later: MEX ratified the smuggling protocol, lost its CIFTA record, and the Strategy gained an obligation. */
function later(): Files {
  const files: Files = { ...GAPS_FIXTURE };
  files['commitments/MEX/untoc-som.md'] = String(files['commitments/MEX/untoc-som.md']).replace('status: not-done', 'status: done');
  delete files['commitments/MEX/cifta.md'];
  files['commitments/MEX/untoc.md'] = String(files['commitments/MEX/untoc.md']).replace(/ {2}- status: done[\s\S]*$/, '  - status: partial\n    as-of: 2025-01-01\n    evidence: [{source: a reservation}]\n---\n');
  files['paragraphs/strategy/7.md'] = String(files['paragraphs/strategy/2.md']).replace(/strategy\/2/g, 'strategy/7').replace('number: "2"', 'number: "7"');
  delete files['paragraphs/strategy/3.md'];
  return files;
}

describe('diffRows', () => {
  it('sorts each row into closed, changed, opened, disappeared or unchanged', () => {
    const row = (id: string, status: 'done' | 'not-done' | 'no-record' | 'partial') => ({ id, status, change: { key: id } });
    const d = diffRows(
      [row('a', 'not-done'), row('b', 'done'), row('c', 'partial'), row('gone', 'no-record')],
      [row('a', 'done'), row('b', 'not-done'), row('c', 'partial'), row('new', 'no-record')],
      'HEAD~1', 'f'.repeat(40),
    );
    expect(d.counts).toEqual({ closed: 1, changed: 1, opened: 1, disappeared: 1, unchanged: 1 });
    expect(d.changes).toEqual([
      { kind: 'closed', key: 'a', before: 'not-done', after: 'done' },
      { kind: 'changed', key: 'b', before: 'done', after: 'not-done' },
      { kind: 'opened', key: 'new', after: 'no-record' },
      { kind: 'disappeared', key: 'gone', before: 'no-record' },
    ]);
    expect(d.ref).toBe('HEAD~1');
  });
});

describe('between two revisions of the fixture', () => {
  const then = corpusOf(GAPS_FIXTURE);
  const now = corpusOf(later());

  it('finds what closed, changed, opened and disappeared for one state', () => {
    const d = diffState(gapsForState(then, 'MEX', opts), gapsForState(now, 'MEX', opts), 'v1', 'a'.repeat(40));
    expect(d.changes.map((c) => [c.kind, c.key, c.before ?? null, c.after ?? null])).toEqual([
      ['changed', 'strategy/1.a#untoc', 'done', 'partial'],
      ['closed', 'strategy/1.b#untoc-som', 'not-done', 'done'],
      ['changed', 'strategy/1.c#cifta', 'not-applicable', 'no-record'],
      ['opened', 'strategy/7', null, 'no-record'],
      ['disappeared', 'strategy/3', 'no-record', null],
    ]);
    expect(d.counts).toEqual({ closed: 1, changed: 2, opened: 1, disappeared: 1, unchanged: 2 });
    expect(d.changes.find((c) => c.key === 'strategy/1.b#untoc-som')).toMatchObject({ paragraph: 'strategy/1.b', instrument: 'untoc-som' });
  });

  it('names the state of each change over the hemisphere; a new obligation opens for every state', () => {
    const d = diffAll(gapsAll(then, opts), gapsAll(now, opts), 'v1', 'a'.repeat(40));
    expect(d.changes.filter((c) => c.kind === 'opened').map((c) => `${c.state} ${c.key}`)).toEqual(['ARG strategy/7', 'CUB strategy/7', 'MEX strategy/7', 'NIC strategy/7']);
    expect(d.changes.filter((c) => c.kind === 'disappeared')).toHaveLength(4);
    expect(d.changes.filter((c) => c.state === 'MEX' && c.kind !== 'opened' && c.kind !== 'disappeared').map((c) => c.key))
      .toEqual(['strategy/1.a#untoc', 'strategy/1.b#untoc-som', 'strategy/1.c#cifta']);
    expect(d.counts.unchanged).toBe(4 * 6 - 4 - 3);
  });

  it('compares states for one instrument', () => {
    const d = diffInstrument(gapsForInstrument(then, 'untoc-som', opts), gapsForInstrument(now, 'untoc-som', opts), 'v1', 'a'.repeat(40));
    expect(d.changes).toEqual([{ kind: 'closed', state: 'MEX', instrument: 'untoc-som', before: 'not-done', after: 'done' }]);
    expect(d.counts.unchanged).toBe(3);
  });

  it('finds nothing between a corpus and itself', () => {
    const d = diffState(gapsForState(then, 'MEX', opts), gapsForState(then, 'MEX', opts), 'v1', 'a'.repeat(40));
    expect(d.changes).toEqual([]);
    expect(d.counts.unchanged).toBe(6);
  });
});
