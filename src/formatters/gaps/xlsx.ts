/**
 * `plan gaps --format xlsx --out <file>`: a workbook (exceljs) for people who
 * work in spreadsheets. The view first (Items, States or Instruments), then
 * Totals (--all), Events (one row per dated event, in date cells), Sources
 * (every source once, as a clickable link) and About (what the report
 * covers, coverage, the legend and what "no record" means). Every sheet has a
 * frozen header, filters and readable widths; a status cell holds its word
 * and is coloured, so a greyscale print still reads.
 */
import ExcelJS from 'exceljs';
import type { CommitmentEvent, Evidence, GapStatus } from '../../model/types.js';
import {
  coverageText, datingText, documentsText, noRecordText,
  type GapItem, type GapsAllReport, type GapsByInstrumentReport, type GapsInstrumentReport, type GapsStateReport, type GapsView, type Summary,
} from '../../reports/gaps/index.js';
import { STATUS_STYLES } from '../../reports/html/status.js';
import { recordMark } from './table.js';

type Kind = 'text' | 'wide' | 'date' | 'status' | 'link' | 'number' | 'percent';
interface Column { header: string; kind: Kind; width?: number }
type Link = { text: string; url?: string | undefined };
type Value = string | number | boolean | undefined | Link;

/** The sheets of each mode, in order (the first is the one a spreadsheet opens on). */
export const SHEETS: Record<GapsView['mode'], readonly string[]> = {
  state: ['Items', 'Events', 'Sources', 'About'],
  all: ['Items', 'Totals', 'Events', 'Sources', 'About'],
  instrument: ['States', 'Events', 'Sources', 'About'],
  'by-instrument': ['Instruments', 'Events', 'Sources', 'About'],
};

const WIDTHS: Record<Kind, number> = { text: 16, wide: 60, date: 12, status: 15, link: 50, number: 10, percent: 10 };
const FILL = new Map(STATUS_STYLES.map((s) => [s.status as string, `FF${s.background.slice(1).toUpperCase()}`]));

/** Text an XLSX cell can hold: characters XML 1.0 forbids shown as `\u{..}`, at most Excel's 32767 characters. */
export function cellText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return t.length > 32_767 ? `${t.slice(0, 32_766)}…` : t;
}

/** A YYYY-MM-DD date as a date cell (UTC midnight); a partial date stays text. */
function dateValue(s: string | undefined): Date | string | undefined {
  if (!s) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : s;
}

const httpUrl = (u: string | undefined): string | undefined => (u && /^https?:\/\//i.test(u) ? u : undefined);

/** Every source once, numbered in order of first use. */
class Sources {
  readonly list: Array<Evidence & { uses: number }> = [];
  private readonly index = new Map<string, number>();
  add(ev: readonly Evidence[]): void {
    for (const e of ev) {
      const k = `${e.source}\u0000${e.via ?? ''}\u0000${e.url ?? ''}`;
      const i = this.index.get(k);
      if (i === undefined) {
        this.index.set(k, this.list.length);
        this.list.push({ ...e, uses: 1 });
      } else this.list[i]!.uses++;
    }
  }
}

function sheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? WIDTHS[c.kind] }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((v, i) => cellValue(v, columns[i]!.kind)));
    columns.forEach((c, i) => styleCell(row.getCell(i + 1), c.kind, r[i]));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return ws;
}

function cellValue(v: Value, kind: Kind): ExcelJS.CellValue {
  if (v === undefined || v === '') return null;
  if (typeof v === 'object') {
    const url = httpUrl(v.url);
    return url ? { text: cellText(v.text), hyperlink: url } : cellText(v.text);
  }
  if (kind === 'date' && typeof v === 'string') return dateValue(v) ?? null;
  return typeof v === 'string' ? cellText(v) : v;
}

function styleCell(cell: ExcelJS.Cell, kind: Kind, v: Value): void {
  cell.alignment = { vertical: 'top', wrapText: kind === 'wide' || kind === 'link' };
  if (kind === 'date') cell.numFmt = 'yyyy-mm-dd';
  if (kind === 'percent') cell.numFmt = '0%';
  if (kind === 'status' && typeof v === 'string') {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.get(v) ?? 'FFFFFFFF' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
  if (kind === 'link' && typeof v === 'object' && httpUrl(v.url)) cell.font = { color: { argb: 'FF0645AD' }, underline: true };
}

const firstSource = (ev: readonly Evidence[]): Link | undefined => (ev[0] ? { text: ev[0].source, url: ev[0].url } : undefined);
const eventsText = (ev: readonly CommitmentEvent[] | undefined): string => (ev ?? []).map((e) => `${e.action} ${e.date}`).join('; ');

const ITEM_COLUMNS: Column[] = [
  { header: 'State', kind: 'text', width: 8 }, { header: 'Key', kind: 'text', width: 34 }, { header: 'Document', kind: 'text', width: 20 },
  { header: 'What is asked', kind: 'wide' }, { header: 'Force', kind: 'text', width: 10 }, { header: 'Instrument', kind: 'text', width: 14 },
  { header: 'Status', kind: 'status' }, { header: 'As of', kind: 'date' }, { header: 'Record', kind: 'text', width: 8 },
  { header: 'Events', kind: 'text', width: 36 }, { header: 'Source', kind: 'link' },
];

function itemRows(state: string, items: readonly GapItem[], sources: Sources): Value[][] {
  return items.map((i) => {
    sources.add(i.evidence);
    return [state, i.key, i.document, i.obligation.summary, i.force, i.instrument, i.status, i.asOf, recordMark(i).replace('—', ''), eventsText(i.records[0]?.events), firstSource(i.evidence)];
  });
}

const TOTAL_COLUMNS: Column[] = [
  { header: 'State', kind: 'text', width: 8 }, { header: 'Name', kind: 'text', width: 28 }, { header: 'Items', kind: 'number' },
  { header: 'With a record', kind: 'number', width: 14 }, { header: 'Coverage', kind: 'percent' },
  ...STATUS_STYLES.map((s) => ({ header: s.status, kind: 'number' as const, width: 14 })), { header: 'Membership', kind: 'text', width: 18 },
];

function totalsRows(r: GapsAllReport): Value[][] {
  return r.states.map((s) => [s.id, s.name, s.summary.total, s.summary.withRecord, s.summary.coverage, ...STATUS_STYLES.map((st) => s.summary.byStatus[st.status]), s.membership.status]);
}

const EVENT_COLUMNS: Column[] = [
  { header: 'State', kind: 'text', width: 8 }, { header: 'About', kind: 'text', width: 34 }, { header: 'Event', kind: 'text', width: 14 },
  { header: 'Date', kind: 'date' }, { header: 'Status', kind: 'status' }, { header: 'As of', kind: 'date' }, { header: 'Source', kind: 'link' },
];

interface Dated { state: string; about: string; status: GapStatus; asOf?: string | undefined; events: readonly CommitmentEvent[]; evidence: readonly Evidence[] }

function eventRows(list: readonly Dated[]): Value[][] {
  return list.flatMap((d) => d.events.map((e) => [d.state, d.about, e.action, e.date, d.status, d.asOf, firstSource(d.evidence)]));
}

function sourcesSheet(wb: ExcelJS.Workbook, s: Sources): void {
  sheet(wb, 'Sources', [
    { header: 'No.', kind: 'number', width: 6 }, { header: 'Source', kind: 'link', width: 70 }, { header: 'Via', kind: 'wide', width: 50 },
    { header: 'Address', kind: 'text', width: 50 }, { header: 'Rows citing it', kind: 'number', width: 14 },
  ], s.list.map((e, i) => [i + 1, { text: e.source, url: e.url }, e.via, e.url, e.uses]));
}

function aboutSheet(wb: ExcelJS.Workbook, title: string, lines: string[], state?: { id: string; name: string }): void {
  const ws = wb.addWorksheet('About');
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 100;
  ws.addRow([cellText(title)]).font = { bold: true, size: 14 };
  for (const l of lines) {
    const row = ws.addRow(['', cellText(l)]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow(['Legend', 'Each status cell holds its word; the colour only repeats it.']).font = { bold: true };
  for (const s of STATUS_STYLES) {
    const row = ws.addRow([s.status, meaning(s.status)]);
    styleCell(row.getCell(1), 'status', s.status);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  const nr = ws.addRow(['No record', cellText(noRecordText(state?.id, state?.name))]);
  nr.getCell(1).font = { bold: true };
  nr.getCell(2).alignment = { wrapText: true, vertical: 'top' };
}

function meaning(s: GapStatus): string {
  switch (s) {
    case 'done': return 'A source says the state has done it (for a treaty: ratified, acceded, accepted, approved or succeeded).';
    case 'partial': return 'A source says the state has done part of it.';
    case 'in-progress': return 'A source says the state has started (for a treaty: signed, not yet bound).';
    case 'not-done': return 'A source says the state had not done it on the record’s date.';
    case 'not-applicable': return 'A source says it does not apply to the state.';
    default: return 'No source in the corpus says either way (see below).';
  }
}

function header(documents: GapsStateReport['documents'], today: string, years: number, summary: Pick<Summary, 'byStatus' | 'total' | 'withRecord'>, noun: string): string[] {
  return [`Computed against: ${documentsText(documents)}.`, `${coverageText(summary, noun)}.`, datingText(today, years)];
}

function stateBook(wb: ExcelJS.Workbook, r: GapsStateReport): void {
  const sources = new Sources();
  sheet(wb, 'Items', ITEM_COLUMNS, itemRows(r.state.id, r.items, sources));
  sheet(wb, 'Events', EVENT_COLUMNS, eventRows(r.items.map((i) => ({ state: r.state.id, about: i.key, status: i.status, asOf: i.asOf, events: i.records[0]?.events ?? [], evidence: i.evidence }))));
  sourcesSheet(wb, sources);
  aboutSheet(wb, `Gaps: ${r.state.name} (${r.state.id})`, [...header(r.documents, r.today, r.summary.staleAfterYears, r.summary, 'item'),
    'One row per paragraph that asks something (a paragraph that names several instruments gives one row each); --by instrument counts each instrument once.'], r.state);
}

function allBook(wb: ExcelJS.Workbook, r: GapsAllReport): void {
  const sources = new Sources();
  sheet(wb, 'Items', ITEM_COLUMNS, r.states.flatMap((s) => itemRows(s.id, s.items, sources)));
  sheet(wb, 'Totals', TOTAL_COLUMNS, totalsRows(r));
  sheet(wb, 'Events', EVENT_COLUMNS, eventRows(r.states.flatMap((s) => s.items.map((i) => ({ state: s.id, about: i.key, status: i.status, asOf: i.asOf, events: i.records[0]?.events ?? [], evidence: i.evidence })))));
  sourcesSheet(wb, sources);
  const total = r.states.reduce((n, s) => n + s.summary.total, 0);
  const byStatus = Object.fromEntries(STATUS_STYLES.map((st) => [st.status, r.states.reduce((n, s) => n + s.summary.byStatus[st.status], 0)])) as Summary['byStatus'];
  aboutSheet(wb, `Gaps: ${r.states.length} states × ${r.obligations.length} items`, header(r.documents, r.today, r.staleAfterYears, { byStatus, total, withRecord: total - byStatus['no-record'] }, 'state item'));
}

function instrumentBook(wb: ExcelJS.Workbook, r: GapsInstrumentReport): void {
  const sources = new Sources();
  sheet(wb, 'States', [
    { header: 'State', kind: 'text', width: 8 }, { header: 'Name', kind: 'text', width: 28 }, { header: 'Membership', kind: 'text', width: 16 },
    { header: 'Instrument', kind: 'text', width: 14 }, { header: 'Status', kind: 'status' }, { header: 'As of', kind: 'date' },
    { header: 'Record', kind: 'text', width: 8 }, { header: 'Events', kind: 'text', width: 36 }, { header: 'Source', kind: 'link' },
  ], r.states.map((s) => {
    sources.add(s.evidence);
    return [s.id, s.name, s.membership.status, r.instrument.id, s.status, s.asOf, recordMark(s).replace('—', ''), eventsText(s.events), firstSource(s.evidence)];
  }));
  sheet(wb, 'Events', EVENT_COLUMNS, eventRows(r.states.map((s) => ({ state: s.id, about: r.instrument.id, status: s.status, asOf: s.asOf, events: s.events, evidence: s.evidence }))));
  sourcesSheet(wb, sources);
  aboutSheet(wb, `Gaps: ${r.instrument.title ?? r.instrument.id} (${r.instrument.id})`, [
    ...header(r.documents, r.today, r.staleAfterYears, r.summary, 'state'),
    r.obligations.length ? `Asked by: ${r.obligations.map((o) => o.key).join(', ')}.` : 'No obligation of these documents names it.',
  ]);
}

function byInstrumentBook(wb: ExcelJS.Workbook, r: GapsByInstrumentReport): void {
  const sources = new Sources();
  sheet(wb, 'Instruments', [
    { header: 'State', kind: 'text', width: 8 }, { header: 'Instrument', kind: 'text', width: 14 }, { header: 'Title', kind: 'wide', width: 50 },
    { header: 'Status', kind: 'status' }, { header: 'As of', kind: 'date' }, { header: 'Record', kind: 'text', width: 8 },
    { header: 'Events', kind: 'text', width: 36 }, { header: 'Asked by', kind: 'wide', width: 40 }, { header: 'Source', kind: 'link' },
  ], r.rows.map((x) => {
    sources.add(x.evidence);
    return [x.state, x.instrument, x.title, x.status, x.asOf, recordMark(x).replace('—', ''), eventsText(x.events), x.askedBy.map((a) => a.key).join('; '), firstSource(x.evidence)];
  }));
  sheet(wb, 'Events', EVENT_COLUMNS, eventRows(r.rows.map((x) => ({ state: x.state, about: x.instrument, status: x.status, asOf: x.asOf, events: x.events, evidence: x.evidence }))));
  sourcesSheet(wb, sources);
  const one = r.states.length === 1 ? r.states[0] : undefined;
  aboutSheet(wb, `Gaps by instrument: ${one ? `${one.name} (${one.id})` : `${r.states.length} states`}`, [
    ...header(r.documents, r.today, r.staleAfterYears, r.summary, one ? 'instrument' : 'state-instrument pair'),
    'One row per state and instrument: a ratification counts once, however many paragraphs ask for it.',
  ], one);
}

/** The workbook's bytes. Deterministic for a given report (its dates are the report's today). */
export async function gapsXlsx(view: GapsView): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan';
  wb.created = new Date(`${view.report.today}T00:00:00Z`);
  wb.modified = wb.created;
  switch (view.mode) {
    case 'state': stateBook(wb, view.report); break;
    case 'all': allBook(wb, view.report); break;
    case 'instrument': instrumentBook(wb, view.report); break;
    case 'by-instrument': byInstrumentBook(wb, view.report); break;
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
