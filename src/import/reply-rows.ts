/**
 * Validation of a filled questionnaire's rows, before anything is written:
 * a row is answered when any reply cell is filled; an answered row needs a
 * known key of the state's questionnaire (once), the state of --state, a
 * status of the vocabulary, evidence (text or URL) for done and partial, a
 * real date not after --today nor after the reply's date, and a URL that is
 * an http(s) address. Every problem is kept with its row and column.
 */
import { normalisedBody } from '../model/fingerprint.js';
import type { CommitmentStatus } from '../model/types.js';
import { REPLY_STATUSES } from '../reports/questionnaire.js';
import { didYouMean, isCalendarDate } from '../util/text.js';
import type { ReplyRow, ReplySheet } from './reply-reader.js';

/** A problem at a cell: row as a spreadsheet numbers it, column as the file labels it. */
export interface ReplyProblem {
  row: number;
  column: string;
  message: string;
}

/** An answered row, checked. */
export interface Reply {
  row: number;
  key: string;
  status: CommitmentStatus;
  /** The date the answer speaks for: the row's, else the reply's --date. */
  asOf: string;
  evidence?: string;
  url?: string;
  comments?: string;
  /** The paragraph's words as the questionnaire showed them, when the column is there. */
  text?: string;
}

export interface RowContext {
  state: string;
  /** The reply's date (--date). */
  date: string;
  today: string;
  /** The keys of the state's questionnaire. */
  keys: ReadonlySet<string>;
}

const REPLY_COLUMNS = ['status', 'date', 'evidence', 'url', 'comments'] as const;

/** `Not done`, `IN PROGRESS`, `in_progress` → the vocabulary's spelling. */
export function normaliseStatus(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** A date cell's text as YYYY-MM-DD: a date-time's day part; anything else as given. */
function dayOf(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s.trim());
  return m ? m[1]! : s.trim();
}

function checkUrl(u: string): boolean {
  try {
    const p = new URL(u);
    return (p.protocol === 'http:' || p.protocol === 'https:') && !/\s/.test(u);
  } catch {
    return false;
  }
}

/** Checks one answered row; pushes its problems; returns the reply when it has none. */
function checkRow(r: ReplyRow, sheet: ReplySheet, ctx: RowContext, seen: Map<string, number>, problems: ReplyProblem[]): Reply | undefined {
  const at = (id: string, message: string) => problems.push({ row: r.row, column: sheet.label(sheet.columns.get(id) ?? 1), message });
  const before = problems.length;
  const key = r.cells.get('key');
  if (!key) at('key', 'a reply without a key: the Key column must keep the value the questionnaire gave');
  else if (!ctx.keys.has(key)) at('key', `unknown key \`${key}\`: not an item of ${ctx.state}'s questionnaire${didYouMean(key, ctx.keys)}`);
  else if (seen.has(key)) at('key', `key \`${key}\` is answered twice (first on row ${seen.get(key)})`);
  else seen.set(key, r.row);
  const st = r.cells.get('state');
  if (st !== undefined && st.toUpperCase() !== ctx.state) at('state', `this row is for ${st}, not ${ctx.state} (--state)`);
  const given = r.cells.get('status');
  const status = given === undefined ? undefined : normaliseStatus(given);
  if (given === undefined) at('status', 'a reply needs a status');
  else if (!REPLY_STATUSES.includes(status!)) at('status', `unknown status \`${given}\`${didYouMean(status!, REPLY_STATUSES)}; one of ${REPLY_STATUSES.join(', ')}`);
  const evidence = r.cells.get('evidence');
  const url = r.cells.get('url');
  if ((status === 'done' || status === 'partial') && !evidence && !url) at(sheet.columns.has('evidence') ? 'evidence' : 'status', `a ${status} reply needs evidence (the law, decree or website that shows it)`);
  if (url !== undefined && !checkUrl(url)) at('url', `not a web address: \`${url}\` (expected http:// or https://)`);
  for (const [id, max] of [['evidence', 1000], ['url', 2000], ['comments', 1900]] as const) {
    if ((r.cells.get(id)?.length ?? 0) > max) at(id, `longer than ${max} characters`);
  }
  const d = r.cells.get('date');
  const day = d === undefined ? ctx.date : dayOf(d);
  if (d !== undefined) {
    if (!isCalendarDate(day, false)) at('date', `not a date: \`${d}\` (expected YYYY-MM-DD, a real calendar day)`);
    else if (day > ctx.today) at('date', `${day} is after today (${ctx.today})`);
    else if (day > ctx.date) at('date', `${day} is after the reply's date ${ctx.date} (--date)`);
  }
  if (problems.length > before) return undefined;
  const comments = r.cells.get('comments');
  const text = r.cells.get('text');
  return {
    row: r.row, key: key!, status: status as CommitmentStatus, asOf: day,
    ...(evidence ? { evidence } : {}), ...(url ? { url } : {}), ...(comments ? { comments } : {}), ...(text ? { text: normalisedBody(text) } : {}),
  };
}

/** The answered rows, checked: the replies, or every problem found. */
export function checkRows(sheet: ReplySheet, ctx: RowContext): { replies: Reply[]; problems: ReplyProblem[] } {
  const problems: ReplyProblem[] = [];
  if (!sheet.columns.has('status')) problems.push({ row: 1, column: sheet.label(1), message: 'no `Reply: status` column heading: the questionnaire\'s headings must be kept' });
  const replies: Reply[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    if (!REPLY_COLUMNS.some((c) => r.cells.has(c))) continue;
    const reply = checkRow(r, sheet, ctx, seen, problems);
    if (reply) replies.push(reply);
  }
  return { replies, problems };
}
