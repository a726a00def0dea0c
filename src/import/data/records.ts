/**
 * What the data tables say, row by row: the file and instrument keys, the
 * cells of the UN Treaty Collection and OAS tables (dates, action suffixes)
 * and the commitment record each row makes (see src/import/data.ts for the
 * mapping and its contract).
 */
import type { CommitmentEvent, CommitmentRecord, CommitmentStatus, Evidence } from '../../model/types.js';
import { compareText as cmp, isCalendarDate } from '../../util/text.js';
import type { Row } from '../csv.js';

// ---------------------------------------------------------------------------
// Files and constants

export const STATES_FILE = 'oas_member_states.csv';
export const NAMES_FILE = 'iso_3166-1_es.csv';
export const UNTC_FILE = 'untc_participation_oas_members.csv';
export const A59_FILE = 'oas_a59_participation_oas_members.csv';

/** A record is the import's when an evidence `via` names one of these. */
export const OWNED_VIA = [UNTC_FILE, A59_FILE] as const;
/** A membership change is the import's when its source names this. */
export const OWNED_CHANGE_SOURCE = STATES_FILE;
/** A state `sources` entry is the import's when it names this folder. */
export const OWNED_SOURCE_PREFIX = 'sources/data/';

/** The scraped repository and commit (SOURCES.md). */
const UNTC_REPO = 'zmjones/untreaties@003ce13';

/** UNTC table -> corpus instrument. VI-15 and VI-17 are context for sc-1961, not records (see SC1961_NOTE). */
export const UNTC_INSTRUMENTS: Readonly<Record<string, string>> = {
  'XVIII-12': 'untoc',
  'XVIII-12-a': 'untoc-tip',
  'XVIII-12-b': 'untoc-som',
  'XVIII-12-c': 'untoc-firearms',
  'XVIII-14': 'uncac',
  'VI-18': 'sc-1961',
  'VI-16': 'cps-1971',
  'VI-19': 'cit-1988',
  'XXVII-17': 'minamata',
};
/** UNTC tables read only as context of sc-1961. */
export const SC1961_CONTEXT: Readonly<Record<string, string>> = {
  'VI-15': 'the Single Convention of 1961 as unamended',
  'VI-17': 'the 1972 Protocol amending it',
};
/** OAS depositary table -> corpus instrument. */
export const OAS_INSTRUMENTS: Readonly<Record<string, string>> = { 'A-59': 'ia-mla-op' };

/** Every instrument this import writes commitments for. */
export const IMPORT_INSTRUMENTS: readonly string[] = [...Object.values(UNTC_INSTRUMENTS), ...Object.values(OAS_INSTRUMENTS)].sort(cmp);

export const SC1961_NOTE =
  'sc-1961 is the Single Convention as amended by the 1972 Protocol, so its status is read from UNTC VI-18 ' +
  '(the 1961 Convention as amended) alone. A "participation" date is the date from which UNTC counts the state a party ' +
  'to the amended Convention by virtue of ratification, accession or succession to the 1972 Protocol (VI-17) or to the ' +
  '1961 Convention after the Protocol entered into force. VI-15 (the unamended Convention) and VI-17 (the Protocol) are ' +
  'separate tables: a party to the unamended Convention alone is not a party to the amended one, and a signature of ' +
  'either is not a signature of the amended Convention, so their events are given here as context only.';

/** UNTC column-3 suffixes (SOURCES.md; UNTC's own notation). No suffix is a ratification. */
export const UNTC_SUFFIX_ACTIONS: Readonly<Record<string, string>> = {
  '': 'ratified',
  a: 'acceded',
  A: 'accepted',
  AA: 'approved',
  d: 'succeeded',
  c: 'formal-confirmation',
};
/** What the data file's compiler wrote in col3_action_type, per action (a cross-check). */
const UNTC_COMPILER_ACTIONS: Readonly<Record<string, string>> = {
  ratification: 'ratified',
  accession: 'acceded',
  acceptance: 'accepted',
  approval: 'approved',
  succession: 'succeeded',
  'formal confirmation': 'formal-confirmation',
  'formal-confirmation': 'formal-confirmation',
};
/** OAS depositary tables: RA ratification, AC acceptance, AD adherence (accession). */
export const OAS_TYPE_ACTIONS: Readonly<Record<string, string>> = { RA: 'ratified', AC: 'accepted', AD: 'acceded' };
const OAS_COMPILER_TYPES: Readonly<Record<string, string>> = { ratification: 'ratified', acceptance: 'accepted', accession: 'acceded' };

/** Actions that make a state a party (status done). */
const CONSENT_ACTIONS = new Set(['ratified', 'acceded', 'accepted', 'approved', 'succeeded', 'formal-confirmation', 'participation']);


// ---------------------------------------------------------------------------
// Dates and cells

const MONTHS: Readonly<Record<string, string>> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};

/** A UNTC cell: `26 Sep 2001`, `5 Apr 1993 a`. Undefined when its date cannot be read; `suffix` is whatever follows. */
export function parseUntcCell(raw: string): { date: string; suffix: string } | undefined {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: (\S+))?$/.exec(raw.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const month = MONTHS[m[2]!];
  if (!month) return undefined;
  const date = `${m[3]}-${month}-${m[1]!.padStart(2, '0')}`;
  if (!isCalendarDate(date, false)) return undefined;
  return { date, suffix: m[4] ?? '' };
}

/** An OAS table date as printed, mm/dd/yy, to ISO (yy < 50 is 20yy). */
export function parseOasDate(raw: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(raw.trim());
  if (!m) return undefined;
  const yy = Number(m[3]);
  const date = `${yy < 50 ? 2000 + yy : 1900 + yy}-${m[1]}-${m[2]}`;
  return isCalendarDate(date, false) ? date : undefined;
}

/** The action a column-2 header stands for: a signature, or (VI-18) participation by virtue of the 1972 Protocol. */
export function col2Action(header: string): string | undefined {
  if (/^signature$/i.test(header.trim())) return 'signed';
  if (/^participation\b/i.test(header.trim())) return 'participation';
  return undefined;
}

function checkDate(what: string, got: string | undefined, compiled: string | undefined): void {
  if (got !== undefined && compiled !== undefined && compiled !== '' && got !== compiled) {
    throw new Error(`${what}: the raw date reads as ${got}, but the data file's parsed column says ${compiled}`);
  }
}

function checkAsOf(what: string, d: string | undefined): string {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d) || !isCalendarDate(d, false)) throw new Error(`${what}: no usable as-of date (${JSON.stringify(d ?? '')})`);
  return d;
}

function listed(what: string, v: string | undefined): boolean {
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new Error(`${what}: listed flag is ${JSON.stringify(v ?? '')}, expected true or false`);
}

// ---------------------------------------------------------------------------
// Rows -> records

/** A mapped row: a record, or the reason there is none (a warning). */
export interface Mapped {
  record?: CommitmentRecord;
  problem?: string;
}

function statusOf(events: CommitmentEvent[]): CommitmentStatus | undefined {
  if (events.some((e) => CONSENT_ACTIONS.has(e.action))) return 'done';
  if (events.some((e) => e.action === 'signed')) return 'in-progress';
  return undefined;
}

function untcUrl(no: string): string {
  const chapter = /^([IVXL]+)-/.exec(no)?.[1] ?? '';
  const n = romanToInt(chapter);
  return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${no}&chapter=${n}&clang=_en`;
}

function romanToInt(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!] ?? 0;
    const b = v[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** The evidence entry of a UNTC row. */
export function untcEvidence(row: Row): Evidence {
  const no = row['untc_mtdsg_no'] ?? '';
  const title = row['untc_title'] ? ` (${row['untc_title']})` : '';
  return {
    source: `UN Treaty Collection, status of treaties, chapter ${no}${title}`,
    via: `sources/data/${UNTC_FILE} (${UNTC_REPO}, ${row['source_path']} as last changed in ${row['source_file_last_commit']} on ${row['source_file_last_commit_date']}; a scrape of the UNTC tables)`,
    url: untcUrl(no),
  };
}

/** Events of a listed UNTC row, and the raw cells the import could not read. */
export function untcEvents(row: Row): { events: CommitmentEvent[]; unread: string[] } {
  const what = `${UNTC_FILE}: ${row['iso3']} ${row['untc_mtdsg_no']}`;
  const events: CommitmentEvent[] = [];
  const unread: string[] = [];
  const c2 = (row['col2_raw'] ?? '').trim();
  if (c2) {
    const p = parseUntcCell(c2);
    const action = col2Action(row['col2_header'] ?? '');
    if (p && action && p.suffix === '') {
      checkDate(what, p.date, row['col2_date']);
      events.push({ action, date: p.date });
    } else unread.push(`"${c2}" under "${row['col2_header'] ?? ''}"`);
  }
  const c3 = (row['col3_raw'] ?? '').trim();
  if (c3) {
    const p = parseUntcCell(c3);
    const action = p ? UNTC_SUFFIX_ACTIONS[p.suffix] : undefined;
    if (p && action) {
      checkDate(what, p.date, row['col3_date']);
      const compiled = row['col3_action_type'] ?? '';
      if (compiled && UNTC_COMPILER_ACTIONS[compiled] !== action) {
        throw new Error(`${what}: "${c3}" reads as ${action}, but the data file's col3_action_type says ${compiled}`);
      }
      events.push({ action, date: p.date });
    } else unread.push(`"${c3}" under "${row['col3_header'] ?? ''}"`);
  }
  return { events, unread };
}

/** One UNTC row (one state, one table) as a commitment record. */
export function mapUntcRow(row: Row): Mapped {
  const no = row['untc_mtdsg_no'] ?? '';
  const what = `${UNTC_FILE}: ${row['iso3']} ${no}`;
  const asOf = checkAsOf(what, row['source_file_last_commit_date']);
  const evidence = [untcEvidence(row)];
  if (!listed(what, row['listed_in_untc_table'])) {
    if ((row['col2_raw'] ?? '').trim() || (row['col3_raw'] ?? '').trim()) throw new Error(`${what}: not listed in the table, yet it has dates`);
    return {
      record: {
        status: 'not-done',
        'as-of': asOf,
        evidence,
        note: `Not in the participants table of UNTC ${no} as scraped (the table file was last changed on ${asOf}): no signature or consent to be bound recorded by then.`,
      },
    };
  }
  const { events, unread } = untcEvents(row);
  const status = statusOf(events);
  if (!status) return { problem: `${what}: listed in the table, but no date the import can read (${unread.join('; ') || 'no dates'}); no record written` };
  const record: CommitmentRecord = { status, events, 'as-of': asOf, evidence };
  if (unread.length) record.note = `The table also shows ${unread.join('; ')}, which the import could not read; the status does not count it.`;
  return { record };
}

/** A short account of a context row (VI-15, VI-17): "signed 1961-03-30, ratified 1968-02-07", "not listed". */
export function describeUntcRow(row: Row | undefined): string {
  if (!row) return 'no row in the data file';
  if (!listed(`${UNTC_FILE}: ${row['iso3']} ${row['untc_mtdsg_no']}`, row['listed_in_untc_table'])) return 'not listed';
  const { events, unread } = untcEvents(row);
  const parts = [...events.map((e) => `${e.action} ${e.date}`), ...unread.map((u) => `unread ${u}`)];
  return parts.join(', ') || 'listed without dates';
}

/** The sc-1961 record: VI-18, with VI-15 and VI-17 as context in the note. */
export function mapSc1961(vi18: Row, context: Readonly<Record<string, Row | undefined>>): Mapped {
  const m = mapUntcRow(vi18);
  if (!m.record) return m;
  const ctx = Object.keys(SC1961_CONTEXT)
    .sort(cmp)
    .map((no) => `${no} (${SC1961_CONTEXT[no]}): ${describeUntcRow(context[no])}`)
    .join('; ');
  const note = [m.record.note, SC1961_NOTE, `Context from the same scrape: ${ctx}.`].filter(Boolean).join(' ');
  return { record: { ...m.record, note } };
}

/** The evidence entry of an OAS A-59 row. */
export function a59Evidence(row: Row): Evidence {
  const ev: Evidence = {
    source: `OAS Department of International Law, signatories and ratifications table ${row['oas_treaty']} (Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters)`,
    via: `sources/data/${A59_FILE} (read from a stored copy of the page; the crawl date is unknown)`,
  };
  if (row['source_url']) ev.url = row['source_url'];
  return ev;
}

/** One OAS A-59 row as a commitment record; as-of is the latest deposit the page shows. */
export function mapA59Row(row: Row): Mapped {
  const what = `${A59_FILE}: ${row['iso3']} ${row['oas_treaty']}`;
  const asOf = checkAsOf(what, row['latest_deposit_on_page']);
  const evidence = [a59Evidence(row)];
  const asOfNote = `The as-of date is the latest deposit the table shows (${asOf}); the date the page was read is unknown, so the table may be newer.`;
  if (!listed(what, row['listed_in_oas_table'])) {
    if ((row['signature_raw'] ?? '') || (row['ra_ac_ad_raw'] ?? '') || (row['deposit_raw'] ?? '')) throw new Error(`${what}: not listed in the table, yet it has dates`);
    return { record: { status: 'not-done', 'as-of': asOf, evidence, note: `Not in the OAS table ${row['oas_treaty']}: no signature, ratification or accession recorded. ${asOfNote}` } };
  }
  const events: CommitmentEvent[] = [];
  const unread: string[] = [];
  const cell = (col: string, iso: string, action: string | undefined) => {
    const raw = (row[col] ?? '').trim();
    if (!raw) return;
    const d = parseOasDate(raw);
    if (d && action) {
      checkDate(what, d, row[iso]);
      events.push({ action, date: d });
    } else unread.push(`"${raw}" (${col.replace(/_raw$/, '')}${action ? '' : `, type "${row['instrument_type_code'] ?? ''}"`})`);
  };
  const code = (row['instrument_type_code'] ?? '').trim();
  const consent = OAS_TYPE_ACTIONS[code];
  const compiled = row['instrument_type'] ?? '';
  if (consent && compiled && OAS_COMPILER_TYPES[compiled] !== consent) throw new Error(`${what}: type ${code} reads as ${consent}, but the data file's instrument_type says ${compiled}`);
  cell('signature_raw', 'signature_date', 'signed');
  cell('ra_ac_ad_raw', 'ra_ac_ad_date', consent);
  const deposit = (row['deposit_raw'] ?? '').trim();
  if (deposit) {
    const d = parseOasDate(deposit);
    if (d) {
      checkDate(what, d, row['deposit_date']);
      events.push({ action: 'deposited', date: d });
    } else unread.push(`"${deposit}" (deposit)`);
  }
  // A deposit completes a consent of a known type; with an unknown type it is not counted.
  const status: CommitmentStatus | undefined =
    consent && events.some((e) => e.action === consent || e.action === 'deposited') ? 'done' : events.some((e) => e.action === 'signed') ? 'in-progress' : undefined;
  if (!status) return { problem: `${what}: listed in the table, but no date the import can read (${unread.join('; ') || 'no dates'}); no record written` };
  const notes: string[] = [];
  if (unread.length) notes.push(`The table also shows ${unread.join('; ')}, which the import could not read; the status does not count it.`);
  if (row['ref_note_no']) notes.push(`The table marks this entry with footnote ${row['ref_note_no']}, whose text was not captured.`);
  notes.push(asOfNote);
  return { record: { status, events, 'as-of': asOf, evidence, note: notes.join(' ') } };
}
