/**
 * `plan gaps --since <ref>`: what changed in a gap report between a revision
 * of the corpus and now. Pure: two reports in, a list of changes out.
 */
import type { GapStatus } from '../../model/types.js';
import type { GapsAllReport, GapsInstrumentReport, GapsStateReport } from './index.js';

/**
 * closed: the item is done now and was not; opened: a new item (an obligation
 * the texts did not ask then); changed: another change of status;
 * disappeared: the item was listed then and is not now.
 */
export type ChangeKind = 'closed' | 'opened' | 'changed' | 'disappeared';

export const CHANGE_KINDS: readonly ChangeKind[] = ['closed', 'changed', 'opened', 'disappeared'];

export interface GapChange {
  kind: ChangeKind;
  /** The state, for reports over several states. */
  state?: string;
  /** The item key (`--state`, `--all`); absent for `--instrument`, whose rows are states. */
  key?: string;
  paragraph?: string;
  instrument?: string;
  before?: GapStatus;
  after?: GapStatus;
}

export interface GapsDiff {
  /** The revision as given, and the commit it names. */
  ref: string;
  commit: string;
  counts: Record<ChangeKind | 'unchanged', number>;
  changes: GapChange[];
}

/** A row compared across revisions: its identity and its status. */
export interface Comparable {
  id: string;
  status: GapStatus;
  change: Omit<GapChange, 'kind' | 'before' | 'after'>;
}

/** Compares rows by id: the `now` order first, then rows that disappeared in their `then` order. */
export function diffRows(then: readonly Comparable[], now: readonly Comparable[], ref: string, commit: string): GapsDiff {
  const before = new Map(then.map((r) => [r.id, r]));
  const nowIds = new Set(now.map((r) => r.id));
  const counts: GapsDiff['counts'] = { closed: 0, changed: 0, opened: 0, disappeared: 0, unchanged: 0 };
  const changes: GapChange[] = [];
  for (const r of now) {
    const b = before.get(r.id);
    if (!b) {
      counts.opened++;
      changes.push({ kind: 'opened', ...r.change, after: r.status });
    } else if (b.status !== r.status) {
      const kind: ChangeKind = r.status === 'done' ? 'closed' : 'changed';
      counts[kind]++;
      changes.push({ kind, ...r.change, before: b.status, after: r.status });
    } else counts.unchanged++;
  }
  for (const r of then) {
    if (nowIds.has(r.id)) continue;
    counts.disappeared++;
    changes.push({ kind: 'disappeared', ...r.change, before: r.status });
  }
  return { ref, commit, counts, changes };
}

function stateRows(r: GapsStateReport): Comparable[] {
  return r.items.map((i) => ({ id: i.key, status: i.status, change: { key: i.key, paragraph: i.paragraph, ...(i.instrument ? { instrument: i.instrument } : {}) } }));
}

function allRows(r: GapsAllReport): Comparable[] {
  const ob = new Map(r.obligations.map((o) => [o.key, o]));
  return r.states.flatMap((s) => Object.entries(s.statuses).map(([key, status]) => {
    const o = ob.get(key);
    return { id: `${s.id}\u0000${key}`, status, change: { state: s.id, key, paragraph: o?.paragraph ?? key.split('#')[0]!, ...(o?.instrument ? { instrument: o.instrument } : {}) } };
  }));
}

function instrumentRows(r: GapsInstrumentReport): Comparable[] {
  return r.states.map((s) => ({ id: s.id, status: s.status, change: { state: s.id, instrument: r.instrument.id } }));
}

/** What changed between two `--state` reports. */
export function diffState(then: GapsStateReport, now: GapsStateReport, ref: string, commit: string): GapsDiff {
  return diffRows(stateRows(then), stateRows(now), ref, commit);
}

/** What changed between two `--all` reports (states that appear or go count their items as opened or disappeared). */
export function diffAll(then: GapsAllReport, now: GapsAllReport, ref: string, commit: string): GapsDiff {
  return diffRows(allRows(then), allRows(now), ref, commit);
}

/** What changed between two `--instrument` reports: one row per state. */
export function diffInstrument(then: GapsInstrumentReport, now: GapsInstrumentReport, ref: string, commit: string): GapsDiff {
  return diffRows(instrumentRows(then), instrumentRows(now), ref, commit);
}
