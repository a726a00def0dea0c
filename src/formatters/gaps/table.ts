import { letterLabel } from '../../util/labels.js';
/**
 * `plan gaps --format table` (the default): for a terminal, readable at 100
 * columns, colour only when asked (a TTY). Corpus text is made printable
 * (control characters and escapes shown, never interpreted).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { GapStatus } from '../../model/types.js';
import { CHANGE_KINDS, type GapsDiff } from '../../reports/gaps/diff.js';
import {
  GAP_STATUSES, coverageText, datingText, documentsText, eventsText, membershipLine, noRecordText, percentOf, sourcesText,
  type GapsAllReport, type GapsInstrumentReport, type GapsStateReport, type GapsView, type Summary,
} from '../../reports/gaps/index.js';
import { printable } from '../../util/text.js';
import { byInstrumentTable } from './by-instrument-table.js';
import { maxOf, pushAll } from '../../util/arrays.js';

export interface GapsFormatOptions {
  color: boolean;
}

/** Lines never exceed this many columns (corpus text is cut with `…`). */
export const WIDTH = 100;

/** The status symbols of the matrices (the same as the HTML report's). */
export const SYMBOLS: Record<GapStatus, string> = {
  done: '✓', partial: '◐', 'in-progress': '→', 'not-done': '✗', 'not-applicable': '–', 'no-record': '?',
};

/** Symbols and their meaning, one line. */
export function legend(): string {
  return `Legend: ${GAP_STATUSES.map((s) => `${SYMBOLS[s]} ${s}`).join('  ')}  · filtered out`;
}

const clean = (s: string): string => printable(s, 10_000);

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function cut(s: string, n: number = WIDTH): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n - 1).join('') + '…';
}

/** Words wrapped to the width (a word longer than a line is cut). */
export function wrap(s: string, n: number = WIDTH, indent = ''): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : `${indent}${word}`;
    if (width(next) > n && line) {
      out.push(line);
      line = cut(`${indent}${word}`, n);
    } else line = cut(next, n);
  }
  if (line) out.push(line);
  return out;
}

/** The membership lines of the states that do not take part (or every state with changes when `all`). */
function membershipLines(states: ReadonlyArray<{ id: string; name: string; membership: GapsAllReport['states'][number]['membership'] }>, c: ChalkInstance): string[] {
  return states.flatMap((s) => {
    if (s.membership.status === 'participating') return [];
    const m = membershipLine(clean(s.name), s.id, s.membership);
    return m ? wrap(m).map((l) => c.bold(l)) : [];
  });
}

function painter(c: ChalkInstance): (status: GapStatus, text: string) => string {
  return (status, text) => {
    switch (status) {
      case 'done': return c.green(text);
      case 'partial': case 'in-progress': return c.yellow(text);
      case 'not-done': return c.red(text);
      default: return c.dim(text);
    }
  };
}

/**
 * The counts every format agrees on, coverage first: `6 items; 5 with a record (83%): 1 done, ...; 1 no record.`,
 * then the stale count.
 */
export function summaryLines(s: Pick<Summary, 'byStatus' | 'total' | 'withRecord' | 'stale'>, noun = 'item'): string[] {
  return [
    ...wrap(`${coverageText(s, noun)}.`),
    `${s.stale} stale record${s.stale === 1 ? '' : 's'} (a status that can change, recorded before the cut-off).`,
  ];
}

/** What a RECORD mark means, and what "no record" means, once at the end of a report. */
export function explanationLines(noRecords: number, state?: string, name?: string): string[] {
  const out = ['', ...wrap('RECORD: "final" is a ratification, accession or other final treaty act, recorded as of the date shown (it does not expire); "stale" is a status that can change whose record is older than the cut-off; "suspect" is a record that answered its paragraph as it read before a change (review it, then plan confirm).')];
  if (noRecords > 0) pushAll(out, ['', ...wrap(noRecordText(state, name))]);
  return out;
}

/** The RECORD mark of a record: `suspect` (its paragraph changed since), `final`, `stale` or nothing. */
export function recordMark(r: { asOf?: string | undefined; stale: boolean; final: boolean; suspect?: boolean }): string {
  if (!r.asOf) return '—';
  return r.suspect ? 'suspect' : r.final ? 'final' : r.stale ? 'stale' : '';
}

/** Numbered sources, so rows can point at them with `[n]`. */
class Sources {
  private readonly list: string[] = [];
  ref(text: string): string {
    if (!text) return '';
    let i = this.list.indexOf(text);
    if (i < 0) i = this.list.push(text) - 1;
    return `[${i + 1}]`;
  }
  lines(): string[] {
    if (this.list.length === 0) return [];
    return ['', 'Sources:', ...this.list.flatMap((s, i) => {
      const head = `  [${i + 1}] `;
      const [first, ...rest] = wrap(clean(s), WIDTH - head.length);
      return [head + first, ...rest.map((l) => ' '.repeat(head.length) + l)];
    })];
  }
}

function sinceLines(d: GapsDiff | undefined, paint: (s: GapStatus, t: string) => string, what: 'item' | 'state'): string[] {
  if (!d) return [];
  const out = ['', ...wrap(`Since ${clean(d.ref)} (${d.commit.slice(0, 12)}): ${CHANGE_KINDS.map((k) => `${d.counts[k]} ${k}`).join(', ')}; ${d.counts.unchanged} unchanged.`)];
  const rows = CHANGE_KINDS.flatMap((k) => d.changes.filter((c) => c.kind === k));
  const labels = rows.map((c) => (what === 'state' ? (c.state ?? '') : `${c.state ? `${c.state}  ` : ''}${clean(c.key ?? '')}`));
  const wLabel = maxOf(labels.map(width), 0);
  rows.forEach((c, i) => {
    const before = c.before ? paint(c.before, c.before) : '(none)';
    const after = c.after ? paint(c.after, c.after) : '(none)';
    out.push(`  ${pad(c.kind, 12)}${pad(cut(labels[i]!, 60), Math.min(wLabel, 60))}  ${before} → ${after}`);
  });
  return out;
}

function staleNote(today: string, years: number): string[] {
  return wrap(datingText(today, years));
}

function stateTable(r: GapsStateReport, c: ChalkInstance, since: GapsDiff | undefined): string {
  const paint = painter(c);
  const sources = new Sources();
  const out: string[] = [];
  pushAll(out, wrap(`${clean(r.state.name)} (${r.state.id}): what ${documentsText(r.documents)} ask${r.documents.length === 1 ? 's' : ''} of member states`).map((l) => c.bold(l)));
  const m = membershipLine(clean(r.state.name), r.state.id, r.state.membership);
  if (m) pushAll(out, wrap(m).map((l) => (r.state.membership.status === 'participating' ? l : c.bold(l))));
  pushAll(out, staleNote(r.today, r.summary.staleAfterYears));
  pushAll(out, wrap('One row per paragraph that asks something (a paragraph that names several instruments gives one row each); --by instrument counts each instrument once.'));
  out.push('');
  if (r.items.length === 0) {
    out.push('No item: these texts ask nothing of member states that a state can meet or not (or the filters left none).');
  } else {
    const wStatus = maxOf(r.items.map((i) => i.status.length), 6);
    const wForce = maxOf(r.items.map((i) => (i.force ?? '—').length), 5);
    const ages = r.items.map(recordMark);
    const wAge = maxOf(ages.map((a) => a.length), 6);
    const indent = ' '.repeat(wStatus + 2);
    out.push(c.dim(`${pad('STATUS', wStatus)}  ${pad('FORCE', wForce)}  ${pad('AS OF', 10)}  ${pad('RECORD', wAge)}  ITEM`));
    r.items.forEach((it, n) => {
      const head = `${pad(it.status, wStatus)}  ${pad(it.force ?? '—', wForce)}  ${pad(it.asOf ?? '—', 10)}  ${pad(ages[n]!, wAge)}  `;
      const line = cut(head + clean(it.key));
      out.push(paint(it.status, it.status) + line.slice(it.status.length));
      pushAll(out, wrap(clean(it.obligation.summary), WIDTH, indent));
      const [current, ...history] = it.records;
      if (current) {
        const ev = eventsText(current.events);
        const ref = sources.ref(sourcesText(current.evidence));
        const detail = [clean(ev), ref].filter(Boolean).join(' ');
        if (detail) pushAll(out, wrap(detail, WIDTH, indent));
        // A record's note can run to paragraphs: one line here, in full in markdown and JSON.
        if (current.note) out.push(c.dim(cut(`${indent}note: ${clean(current.note)}`)));
      }
      for (const h of history) {
        const ref = sources.ref(sourcesText(h.evidence));
        out.push(c.dim(cut(`${indent}earlier: ${h.status} as of ${h['as-of']}${h.events?.length ? `, ${clean(eventsText(h.events))}` : ''}${ref ? ` ${ref}` : ''}`)));
      }
    });
  }
  out.push('');
  pushAll(out, summaryLines(r.summary));
  const actions = Object.entries(r.summary.byAction);
  if (actions.length) pushAll(out, wrap(`By action: ${actions.map(([a, n]) => `${clean(a)} ${n}`).join(', ')}.`));
  pushAll(out, sinceLines(since, paint, 'item'));
  pushAll(out, explanationLines(r.summary.byStatus['no-record'], r.state.id, clean(r.state.name)));
  pushAll(out, sources.lines());
  return out.join('\n') + '\n';
}

/** Columns of a matrix split into chunks that fit the width. */
function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function matrix(
  title: string, states: GapsAllReport['states'], columns: Array<{ label: string; status: (s: GapsAllReport['states'][number]) => GapStatus | undefined; legend: string }>,
  paint: (s: GapStatus, t: string) => string,
): string[] {
  if (columns.length === 0) return [];
  const out: string[] = ['', title];
  const cell = maxOf(columns.map((x) => x.label.length + 1), 3);
  const per = Math.max(1, Math.floor((WIDTH - 5) / cell));
  for (const part of chunks(columns, per)) {
    out.push(`     ${part.map((x) => pad(x.label, cell)).join('')}`.trimEnd());
    for (const s of states) {
      const cells = part.map((x) => {
        const st = x.status(s);
        return st ? paint(st, SYMBOLS[st]) + ' '.repeat(cell - 1) : '·' + ' '.repeat(cell - 1);
      });
      out.push(`${pad(s.id, 5)}${cells.join('')}`.trimEnd());
    }
    for (const x of part) out.push(cut(`  ${x.label} ${x.legend}`));
  }
  return out;
}


/** Obligation columns split into those with a record for some state and those with none for any (no-record or filtered out everywhere). */
export function splitBlank<T extends { key: string }>(r: GapsAllReport, columns: T[]): { shown: T[]; blank: T[] } {
  const shown: T[] = [];
  const blank: T[] = [];
  for (const o of columns) (r.states.some((s) => { const st = s.statuses[o.key]; return st !== undefined && st !== 'no-record'; }) ? shown : blank).push(o);
  return { shown, blank };
}

function allTable(r: GapsAllReport, c: ChalkInstance, since: GapsDiff | undefined): string {
  const paint = painter(c);
  const out: string[] = [];
  const others = r.obligations.filter((o) => !o.instrument);
  pushAll(out, wrap(`The hemisphere: ${r.states.length} states × ${r.obligations.length} items (${r.instruments.length} instruments, ${others.length} other obligations) of ${documentsText(r.documents)}`).map((l) => c.bold(l)));
  pushAll(out, staleNote(r.today, r.staleAfterYears));
  pushAll(out, membershipLines(r.states, c));
  if (r.states.length === 0) out.push('', 'No state: the corpus has no state files yet (corpus/states/).');
  else if (r.obligations.length === 0) out.push('', 'No item: these texts ask nothing of member states that a state can meet or not (or the filters left none).');
  const firstKey = new Map<string, string>();
  for (const o of r.obligations) if (o.instrument && !firstKey.has(o.instrument)) firstKey.set(o.instrument, o.key);
  pushAll(out, matrix('States × instruments', r.states, r.instruments.map((inst, i) => ({
    label: String(i + 1),
    status: (s) => s.statuses[firstKey.get(inst.id)!],
    legend: `${inst.id}${inst.title ? ` — ${clean(inst.title)}` : ''}`,
  })), paint));
  // Columns where no state has a record say nothing a matrix can show: one line lists them.
  const { shown, blank } = splitBlank(r, others);
  pushAll(out, matrix('States × other obligations', r.states, shown.map((o, i) => ({
    label: letterLabel(i),
    status: (s) => s.statuses[o.key],
    legend: `${clean(o.key)}${o.force ? ` (${o.force})` : ''} — ${clean(o.summary)}`,
  })), paint));
  if (blank.length && r.states.length) {
    pushAll(out, ['', ...wrap(`No state has a record on ${blank.length} other obligation${blank.length === 1 ? '' : 's'}: ${blank.map((o) => clean(o.key)).join(', ')}.`)]);
  }
  if (r.states.length) {
    out.push('', 'Totals (every item)');
    const wName = Math.min(24, maxOf(r.states.map((s) => width(clean(s.name))), 4));
    const counts = GAP_STATUSES.map((k) => SYMBOLS[k].padStart(4)).join('');
    out.push(c.dim(`${pad('STATE', 5)}  ${pad('NAME', wName)}  ${'RECORD'.padStart(7)}${'%'.padStart(5)}${counts}  MEMBERSHIP`));
    for (const s of r.states) {
      const done = `${s.summary.withRecord}/${s.summary.total}`.padStart(7) + percentOf(s.summary.withRecord, s.summary.total).padStart(5);
      const row = GAP_STATUSES.map((k) => String(s.summary.byStatus[k]).padStart(4)).join('');
      const mem = s.membership.status === 'participating' ? '' : s.membership.status;
      out.push(`${pad(s.id, 5)}  ${pad(cut(clean(s.name), wName), wName)}  ${done}${row}  ${mem}`.trimEnd());
    }
    const total = r.states.reduce((n, s) => n + s.summary.total, 0);
    const byStatus = Object.fromEntries(GAP_STATUSES.map((k) => [k, r.states.reduce((n, s) => n + s.summary.byStatus[k], 0)])) as Summary['byStatus'];
    const stale = r.states.reduce((n, s) => n + s.summary.stale, 0);
    pushAll(out, ['', ...summaryLines({ byStatus, total, withRecord: total - byStatus['no-record'], stale }, 'state item')]);
  }
  pushAll(out, sinceLines(since, paint, 'item'));
  out.push('', legend());
  if (r.states.some((s) => s.summary.byStatus['no-record'] > 0)) pushAll(out, ['', ...wrap(noRecordText())]);
  return out.join('\n') + '\n';
}

function instrumentTable(r: GapsInstrumentReport, c: ChalkInstance, since: GapsDiff | undefined): string {
  const paint = painter(c);
  const sources = new Sources();
  const out: string[] = [];
  out.push(c.bold(cut(`${r.instrument.title ? `${clean(r.instrument.title)} (${r.instrument.id})` : r.instrument.id}: where each state stands`)));
  pushAll(out, staleNote(r.today, r.staleAfterYears));
  pushAll(out, membershipLines(r.states, c));
  out.push(cut(r.obligations.length
    ? `Asked by ${documentsText(r.documents)}: ${r.obligations.map((o) => `${clean(o.key)}${o.force ? ` (${o.force})` : ''}`).join(', ')}`
    : `No obligation of ${documentsText(r.documents)} names it.`));
  out.push('');
  if (r.states.length === 0) out.push('No state (the corpus has no state files yet, or the filters left none).');
  else {
    const wStatus = maxOf(r.states.map((s) => s.status.length), 6);
    const ages = r.states.map(recordMark);
    const wAge = maxOf(ages.map((a) => a.length), 6);
    out.push(c.dim(`STATE  ${pad('STATUS', wStatus)}  ${pad('AS OF', 10)}  ${pad('RECORD', wAge)}  EVENTS, SOURCE`));
    r.states.forEach((s, n) => {
      const detail = [clean(eventsText(s.events)), sources.ref(sourcesText(s.evidence))].filter(Boolean).join(' ');
      const line = cut(`${pad(s.id, 5)}  ${pad(s.status, wStatus)}  ${pad(s.asOf ?? '—', 10)}  ${pad(ages[n]!, wAge)}  ${detail}`.trimEnd());
      out.push(line.slice(0, 7) + paint(s.status, s.status) + line.slice(7 + s.status.length));
    });
  }
  pushAll(out, ['', ...summaryLines(r.summary, 'state')]);
  pushAll(out, sinceLines(since, paint, 'state'));
  pushAll(out, explanationLines(r.summary.byStatus['no-record']));
  pushAll(out, sources.lines());
  return out.join('\n') + '\n';
}

/** The table for any gap report. */
export function gapsTable(view: GapsView, opts: GapsFormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  switch (view.mode) {
    case 'state': return stateTable(view.report, c, view.since);
    case 'all': return allTable(view.report, c, view.since);
    case 'instrument': return instrumentTable(view.report, c, view.since);
    case 'by-instrument': return byInstrumentTable(view.report, c);
  }
}
