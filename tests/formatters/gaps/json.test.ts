import { afterAll, describe, expect, it } from 'vitest';
import { gapsJson } from '../../../src/formatters/gaps/json.js';
import { removeCorpus } from '../../helpers/fixture.js';
import { ITEM_KEYS, gapsViews } from '../../helpers/gaps-fixture.js';

const v = gapsViews();
afterAll(() => removeCorpus(v.root));

describe('gaps json', () => {
  it('--state: exactly the contract members, in order', () => {
    const j = JSON.parse(gapsJson(v.state('MEX')));
    expect(Object.keys(j)).toEqual(['state', 'today', 'documents', 'summary', 'items']);
    expect(Object.keys(j.state)).toEqual(['id', 'name', 'membership']);
    expect(j.state).toEqual({ id: 'MEX', name: 'Mexico', membership: { status: 'participating', memberSince: 1948, changes: [] } });
    expect(j.documents).toEqual([{ id: 'strategy', title: 'The strategy text', status: 'adopted', date: '2021-11-11' }]);
    expect(Object.keys(j.summary).slice(0, 5)).toEqual(['byStatus', 'byAction', 'done', 'withRecord', 'coverage']);
    expect(j.summary).toMatchObject({ withRecord: 5, total: 6, stale: 1 });
    expect(j.summary.coverage).toBeCloseTo(5 / 6, 10);
    expect(j.items.map((i: { key: string }) => i.key)).toEqual(ITEM_KEYS);
    const first = j.items[0];
    expect(Object.keys(first).slice(0, 11)).toEqual(['key', 'paragraph', 'document', 'obligation', 'force', 'instrument', 'status', 'asOf', 'stale', 'records', 'evidence']);
    expect(first.records[0]).toEqual({
      commitment: 'MEX/untoc', status: 'done', events: [{ action: 'signed', date: '2000-12-13' }, { action: 'ratified', date: '2003-03-04' }],
      'as-of': '2014-01-27', evidence: [{ source: 'UN Treaty Collection, chapter XVIII-12', via: 'shared/data/untc.csv' }],
    });
    const none = j.items.find((i: { key: string }) => i.key === 'strategy/3');
    expect(none).not.toHaveProperty('asOf');
    expect(none).not.toHaveProperty('instrument');
    expect(none).toMatchObject({ status: 'no-record', stale: false, records: [], evidence: [] });
  });

  it('--state: membership with its changes for a state that left', () => {
    const j = JSON.parse(gapsJson(v.state('NIC')));
    expect(j.state.membership.status).toBe('withdrawn');
    expect(j.state.membership.changes.map((c: { event: string }) => c.event)).toEqual(['denounced-charter', 'withdrawal-effective']);
  });

  it('--all: the contract members, every state with a status for every key, and the instruments view', () => {
    const j = JSON.parse(gapsJson(v.all));
    expect(Object.keys(j).slice(0, 4)).toEqual(['today', 'documents', 'obligations', 'states']);
    expect(j.obligations.map((o: { key: string }) => o.key)).toEqual(ITEM_KEYS);
    expect(j.obligations[0]).toMatchObject({ key: 'strategy/1.a#untoc', paragraph: 'strategy/1.a', instrument: 'untoc' });
    expect(j.obligations[4]).not.toHaveProperty('instrument');
    for (const s of j.states) {
      expect(Object.keys(s).slice(0, 4)).toEqual(['id', 'name', 'summary', 'statuses']);
      expect(s).not.toHaveProperty('items');
      expect(Object.keys(s.statuses)).toEqual(ITEM_KEYS);
    }
    expect(j.instruments.map((i: { id: string }) => i.id)).toEqual(['untoc', 'untoc-tip', 'untoc-som', 'cifta']);
    expect(j.instruments[2].states).toEqual({ ARG: 'no-record', CUB: 'no-record', MEX: 'not-done', NIC: 'no-record' });
  });

  it('--instrument: each state with status, dates and source', () => {
    const j = JSON.parse(gapsJson(v.instrument('untoc')));
    expect(j.instrument).toEqual({ id: 'untoc', title: 'United Nations Convention against Transnational Organized Crime' });
    expect(j.states.find((s: { id: string }) => s.id === 'CUB')).toMatchObject({ status: 'done', asOf: '2014-01-27', stale: false, final: true, events: [{ action: 'signed', date: '2000-12-13' }, { action: 'ratified', date: '2007-02-09' }] });
  });

  it('adds `since` only when asked', () => {
    const since = { ref: 'v1', commit: 'a'.repeat(40), counts: { closed: 0, changed: 0, opened: 0, disappeared: 0, unchanged: 6 }, changes: [] };
    expect(JSON.parse(gapsJson(v.state('MEX')))).not.toHaveProperty('since');
    expect(JSON.parse(gapsJson({ ...v.state('MEX'), since })).since).toEqual(since);
  });
});
