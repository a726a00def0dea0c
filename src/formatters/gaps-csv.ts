/**
 * `plan gaps --format csv`: RFC 4180 with a header row. `--state` and `--all`:
 * one row per state and item; `--instrument`: one row per state. With
 * --since, two more columns (`change`, `status_then`) and a row for each item
 * that disappeared.
 */
import type { CommitmentEvent, Evidence, GapStatus } from '../corpus/types.js';
import type { GapChange, GapsDiff } from '../reports/gaps-diff.js';
import type { GapsView } from '../reports/gaps.js';
import { csv, type CsvValue } from './csv.js';

/** Columns of `--state` and `--all` (contract of the CSV format). */
export const ITEM_COLUMNS = ['state', 'key', 'paragraph', 'document', 'action', 'summary', 'force', 'instrument', 'status', 'as_of', 'stale', 'source'] as const;

/** Columns of `--instrument`. */
export const INSTRUMENT_COLUMNS = ['state', 'name', 'membership', 'instrument', 'status', 'as_of', 'age_days', 'stale', 'events', 'source'] as const;

export const SINCE_COLUMNS = ['change', 'status_then'] as const;

const sources = (ev: readonly Evidence[]): string => ev.map((e) => e.source).join('; ');
const events = (ev: readonly CommitmentEvent[]): string => ev.map((e) => `${e.action} ${e.date}`).join('; ');

/** change and status_then of a row, from the diff. */
function sinceCells(d: GapsDiff | undefined, find: (c: GapChange) => boolean, status: GapStatus): CsvValue[] {
  if (!d) return [];
  const c = d.changes.find(find);
  if (!c) return ['unchanged', status];
  return [c.kind, c.before ?? ''];
}

export function gapsCsv(view: GapsView): string {
  const d = view.since;
  const extra = d ? [...SINCE_COLUMNS] : [];
  if (view.mode === 'instrument') {
    const r = view.report;
    const rows: CsvValue[][] = r.states.map((s) => [
      s.id, s.name, s.membership.status, r.instrument.id, s.status, s.asOf, s.ageDays, s.asOf ? s.stale : '', events(s.events), sources(s.evidence),
      ...sinceCells(d, (c) => c.state === s.id && c.kind !== 'disappeared', s.status),
    ]);
    for (const c of d?.changes ?? []) {
      if (c.kind === 'disappeared') rows.push([c.state, '', '', r.instrument.id, '', '', '', '', '', '', c.kind, c.before]);
    }
    return csv([...INSTRUMENT_COLUMNS, ...extra], rows);
  }
  const perState = view.mode === 'state' ? [{ id: view.report.state.id, items: view.report.items }] : view.report.states;
  const out: CsvValue[][] = perState.flatMap((s) => s.items.map((i) => [
    s.id, i.key, i.paragraph, i.document, i.obligation.action, i.obligation.summary, i.force, i.instrument, i.status, i.asOf, i.asOf ? i.stale : '', sources(i.evidence),
    ...sinceCells(d, (c) => c.key === i.key && (c.state === undefined || c.state === s.id) && c.kind !== 'disappeared', i.status),
  ]));
  for (const c of d?.changes ?? []) {
    if (c.kind !== 'disappeared') continue;
    const state = c.state ?? (view.mode === 'state' ? view.report.state.id : '');
    out.push([state, c.key, c.paragraph, (c.paragraph ?? '').split('/')[0], '', '', '', c.instrument, '', '', '', '', c.kind, c.before]);
  }
  return csv([...ITEM_COLUMNS, ...extra], out);
}
