/**
 * `plan gaps --format csv`: RFC 4180 with a header row. `--state` and `--all`:
 * one row per state and item; `--instrument`: one row per state. With
 * --since, two more columns (`change`, `status_then`) and a row for each item
 * that disappeared.
 */
import type { CommitmentEvent, Evidence, GapStatus } from '../../model/types.js';
import type { GapChange, GapsDiff } from '../../reports/gaps/diff.js';
import type { GapsByInstrumentReport, GapsView } from '../../reports/gaps/index.js';
import { csv, type CsvValue } from '../csv.js';

/**
 * Columns of `--state` and `--all` (contract of the CSV format). `final`: the
 * record is a ratification or other final treaty act (recorded as of its
 * date, never stale); `events`: the record's dated events; `source_url`: the
 * sources' addresses, `; `-separated in the order of `source`; `suspect`: the
 * deciding record answered its paragraph as it read before a change (review, then
 * `plan confirm`).
 */
export const ITEM_COLUMNS = ['state', 'key', 'paragraph', 'document', 'action', 'summary', 'force', 'instrument', 'status', 'as_of', 'stale', 'source', 'events', 'source_url', 'final', 'suspect'] as const;

/** Columns of `--instrument`. */
export const INSTRUMENT_COLUMNS = ['state', 'name', 'membership', 'instrument', 'status', 'as_of', 'age_days', 'stale', 'events', 'source', 'source_url', 'final'] as const;

/** Columns of `--by instrument`: one row per state × instrument. */
export const BY_INSTRUMENT_COLUMNS = ['state', 'name', 'instrument', 'title', 'status', 'as_of', 'stale', 'final', 'events', 'source', 'source_url', 'asked_by'] as const;

export const SINCE_COLUMNS = ['change', 'status_then'] as const;

const sources = (ev: readonly Evidence[]): string => ev.map((e) => e.source).join('; ');
const urls = (ev: readonly Evidence[]): string => ev.map((e) => e.url ?? '').filter(Boolean).join('; ');
const events = (ev: readonly CommitmentEvent[] | undefined): string => (ev ?? []).map((e) => `${e.action} ${e.date}`).join('; ');

/** change and status_then of a row, from the diff. */
function sinceCells(d: GapsDiff | undefined, find: (c: GapChange) => boolean, status: GapStatus): CsvValue[] {
  if (!d) return [];
  const c = d.changes.find(find);
  if (!c) return ['unchanged', status];
  return [c.kind, c.before ?? ''];
}

function byInstrumentCsv(r: GapsByInstrumentReport): string {
  return csv([...BY_INSTRUMENT_COLUMNS], r.rows.map((x) => [
    x.state, x.name, x.instrument, x.title, x.status, x.asOf, x.asOf ? x.stale : '', x.asOf ? x.final : '', events(x.events), sources(x.evidence), urls(x.evidence),
    x.askedBy.map((a) => a.key).join('; '),
  ]));
}

export function gapsCsv(view: GapsView): string {
  if (view.mode === 'by-instrument') return byInstrumentCsv(view.report);
  const d = view.since;
  const extra = d ? [...SINCE_COLUMNS] : [];
  if (view.mode === 'instrument') {
    const r = view.report;
    const rows: CsvValue[][] = r.states.map((s) => [
      s.id, s.name, s.membership.status, r.instrument.id, s.status, s.asOf, s.ageDays, s.asOf ? s.stale : '', events(s.events), sources(s.evidence),
      urls(s.evidence), s.asOf ? s.final : '',
      ...sinceCells(d, (c) => c.state === s.id && c.kind !== 'disappeared', s.status),
    ]);
    for (const c of d?.changes ?? []) {
      if (c.kind === 'disappeared') rows.push([c.state, '', '', r.instrument.id, '', '', '', '', '', '', '', '', c.kind, c.before]);
    }
    return csv([...INSTRUMENT_COLUMNS, ...extra], rows);
  }
  const perState = view.mode === 'state' ? [{ id: view.report.state.id, items: view.report.items }] : view.report.states;
  const out: CsvValue[][] = perState.flatMap((s) => s.items.map((i) => [
    s.id, i.key, i.paragraph, i.document, i.obligation.action, i.obligation.summary, i.force, i.instrument, i.status, i.asOf, i.asOf ? i.stale : '', sources(i.evidence),
    events(i.records[0]?.events), urls(i.evidence), i.asOf ? i.final : '', i.asOf ? i.suspect === true : '',
    ...sinceCells(d, (c) => c.key === i.key && (c.state === undefined || c.state === s.id) && c.kind !== 'disappeared', i.status),
  ]));
  for (const c of d?.changes ?? []) {
    if (c.kind !== 'disappeared') continue;
    const state = c.state ?? (view.mode === 'state' ? view.report.state.id : '');
    out.push([state, c.key, c.paragraph, (c.paragraph ?? '').split('/')[0], '', '', '', c.instrument, '', '', '', '', '', '', '', '', c.kind, c.before]);
  }
  return csv([...ITEM_COLUMNS, ...extra], out);
}
