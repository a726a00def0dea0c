/**
 * The data importer: builds corpus/states/<ISO3>.md (the 35 OAS member
 * states) and corpus/commitments/<ISO3>/<instrument>.md (their records on
 * ten instruments) from the sourced tables in sources/data/ (see its
 * SOURCES.md):
 *
 * - oas_member_states.csv: membership, admission year, ISO codes, status notes;
 * - iso_3166-1_es.csv: English and Spanish names, a snapshot of the Debian
 *   iso-codes package (refreshed with {@link isoNamesSnapshot});
 * - untc_participation_oas_members.csv: the UN Treaty Collection tables
 *   (a 2014-2015 scrape) for the UNTOC family, UNCAC, the drug conventions
 *   and Minamata;
 * - oas_a59_participation_oas_members.csv: the OAS table of the Optional
 *   Protocol to the Inter-American MLA Convention (A-59).
 *
 * Mapping (contract, design README): ratified, acceded, accepted, approved,
 * succeeded or formally confirmed -> done; signed only -> in-progress; a state
 * absent from the participants table -> not-done as of that table's date.
 * A raw cell the import cannot read is kept verbatim in the record's note and
 * does not count toward the status; nothing is guessed. Each parsed date is
 * checked against the date column the data file's compiler derived from the
 * same raw string, and a disagreement stops the import.
 *
 * Ownership and re-runs: the import owns a commitment record when one of its
 * evidence entries has a `via` naming one of the two participation CSVs; it
 * replaces those records and keeps every other record (a state's report, a
 * newer table added by hand) and the file's body. In a state file it owns the
 * codes, the en/es names, member-since, participation, the membership note,
 * the changes whose source names oas_member_states.csv and the `sources`
 * entries naming sources/data/; other keys and entries are kept. Output is
 * byte-identical on re-run, and writes are atomic.
 *
 * Rhetoric is not a record: nothing here reads the paragraphs.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CommitmentEvent, CommitmentRecord, CommitmentStatus, Evidence, MembershipChange } from '../corpus/types.js';
import { writeFilesAtomic, type FileToWrite } from '../util/atomic-write.js';
import { isCalendarDate } from '../util/text.js';
import { csvField, readTable, type Row } from './csv.js';
import { ordered, renderFile, splitFrontMatter, type YamlStyle } from './render.js';

export { csvField, parseCsv, readTable, type Row } from './csv.js';

// ---------------------------------------------------------------------------
// Files and constants

export const STATES_FILE = 'oas_member_states.csv';
export const NAMES_FILE = 'iso_3166-1_es.csv';
export const UNTC_FILE = 'untc_participation_oas_members.csv';
export const A59_FILE = 'oas_a59_participation_oas_members.csv';

/** A record is the import's when an evidence `via` names one of these. */
export const OWNED_VIA = [UNTC_FILE, A59_FILE] as const;
/** A membership change is the import's when its source names this. */
const OWNED_CHANGE_SOURCE = STATES_FILE;
/** A state `sources` entry is the import's when it names this folder. */
const OWNED_SOURCE_PREFIX = 'sources/data/';

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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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

// ---------------------------------------------------------------------------
// States

/**
 * Membership statements curated from a state's status_note in
 * oas_member_states.csv. Each one names the phrases of the note it rests on;
 * when the note no longer contains them, the import stops so that a person
 * re-reads the note (nothing is asserted from a note nobody has read). A state
 * with a note and no entry here gets the note and no participation.
 */
interface Curated {
  rests: string[];
  participation?: 'participating' | 'not-participating' | 'withdrawn';
  /** Appended to the status note in oas.note. */
  addendum?: string;
  changes: MembershipChange[];
}

const VIA_STATES = `sources/data/${STATES_FILE}, status_note`;
const OAS_PAGE = 'OAS member-states page (https://www.oas.org/fr/a_propos/etats_membres.asp, stored copy)';

export const MEMBERSHIP: Readonly<Record<string, Curated>> = {
  CUB: {
    rests: ['1962 exclusion of the Government of Cuba', 'AG/RES. 2438 (XXXIX-O/09), 3 Jun 2009', 'Cuba does not participate'],
    participation: 'not-participating',
    changes: [
      { event: 'excluded', date: '1962', source: `${OAS_PAGE}, via ${VIA_STATES}`, note: 'The exclusion was of the Government of Cuba from participation; the data give the year only.' },
      {
        event: 'exclusion-lifted',
        date: '2009-06-03',
        source: `AG/RES. 2438 (XXXIX-O/09), as cited by the ${OAS_PAGE}, via ${VIA_STATES}`,
        note: "The 1962 exclusion ceased to have effect; participation is subject to a dialogue process at Cuba's request. Cuba does not participate.",
      },
    ],
  },
  NIC: {
    rests: ['Denounced the OAS Charter on 19 Nov 2021 under Art. 143', 'Press reports dated 2023-11-20', 'No OAS notice of the effective date was found'],
    participation: 'withdrawn',
    addendum: '`withdrawn` rests on the two-year rule of Charter art. 143 applied to the 2021 notice. The withdrawal itself is reported by the press only (news-pravda.com, the outlet this corpus flags as low-reliability for Venezuela, and pledgetimes.com): no OAS or UN source for it was found here. Verify with the OAS before relying on it, as for Venezuela.',
    changes: [
      {
        event: 'denounced-charter',
        date: '2021-11-19',
        source: `the data file's summary (${VIA_STATES}); no OAS document of the notice was found (see sources/data/SOURCES.md)`,
        note: 'Under Charter art. 143 a denunciation takes effect two years after the notice.',
      },
      {
        event: 'withdrawal-effective',
        date: '2023-11-19',
        source: `press reports dated 2023-11-20 (news-pravda.com; pledgetimes.com), via ${VIA_STATES}; no OAS notice of the effective date was found`,
        note: 'The date is two years after the notice (Charter art. 143); the press reports say the withdrawal took effect then. Reported by the press only: no OAS or UN source was found.',
      },
    ],
  },
  VEN: {
    rests: ['low reliability', 'still list it among the 35'],
    addendum: 'No change of membership is recorded here: the only report of one comes from a source flagged as low-reliability.',
    changes: [],
  },
};

export interface IsoNames {
  iso3: string;
  name_en: string;
  name_es: string;
  official_name_en: string;
  official_name_es: string;
}

export const STATE_SOURCES = [
  `${OAS_PAGE}: membership and year of admission; cross-checked with the CIA World Factbook entry "Organization of American States" (35 members); via sources/data/${STATES_FILE}`,
  `ISO 3166-1 codes: Debian iso-codes 4.15.0-1 (iso_3166-1.json), via sources/data/${STATES_FILE}`,
  `English and Spanish names: Debian iso-codes 4.15.0-1 (iso_3166-1.json and the Spanish catalogue iso_3166-1.mo), via sources/data/${NAMES_FILE}`,
];

/** A state's front matter from its rows (before merging with the file on disk). */
export function stateProfile(row: Row, names: IsoNames | undefined, warnings: string[] = []): Record<string, unknown> {
  const iso3 = row['iso3'] ?? '';
  const what = `${STATES_FILE}: ${iso3}`;
  if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`${what}: bad iso3`);
  if (!names || !names.name_en) throw new Error(`${NAMES_FILE}: no names for ${iso3}; refresh the snapshot (node dist/import/data-cli.js --refresh-names)`);
  const year = Number(row['oas_admission_year']);
  if (!Number.isInteger(year) || year < 1948 || year > 2100) throw new Error(`${what}: bad oas_admission_year ${JSON.stringify(row['oas_admission_year'])}`);
  const name: Record<string, string> = { en: names.name_en };
  if (names.name_es) name['es'] = names.name_es;
  const official: Record<string, string> = {};
  if (names.official_name_en) official['en'] = names.official_name_en;
  if (names.official_name_es) official['es'] = names.official_name_es;
  const statusNote = (row['status_note'] ?? '').trim();
  const cur = MEMBERSHIP[iso3];
  const oas: Record<string, unknown> = { 'member-since': year };
  if (cur) {
    const missing = cur.rests.filter((p) => !statusNote.includes(p));
    if (missing.length) throw new Error(`${what}: the status_note no longer says ${missing.map((p) => JSON.stringify(p)).join(', ')}; re-read it and update MEMBERSHIP in src/import/data.ts`);
    if (cur.participation) oas['participation'] = cur.participation;
    oas['note'] = cur.addendum ? `${statusNote} ${cur.addendum}` : statusNote;
    if (cur.changes.length) oas['changes'] = cur.changes.map((c) => ({ ...c }));
  } else if (statusNote) {
    oas['note'] = statusNote;
    warnings.push(`${what}: a status_note nobody has curated; written as the membership note, participation left out`);
  } else {
    // Listed by the OAS page as a member with no caveat.
    oas['participation'] = 'participating';
  }
  const out: Record<string, unknown> = { id: iso3, iso2: row['iso2'], numeric: row['iso_numeric'], name };
  if (Object.keys(official).length) out['official-name'] = official;
  out['oas'] = oas;
  out['sources'] = [...STATE_SOURCES];
  return out;
}

// ---------------------------------------------------------------------------
// Names snapshot (iso-codes)

/** Parses a GNU gettext .mo catalogue (either byte order) into msgid -> msgstr. */
export function parseMo(buf: Buffer): Map<string, string> {
  if (buf.length < 20) throw new Error('not a .mo file: too short');
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && magic !== 0xde120495) throw new Error('not a .mo file: bad magic number');
  const u32 = (off: number) => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const n = u32(8);
  const orig = u32(12);
  const trans = u32(16);
  const str = (table: number, i: number) => {
    const len = u32(table + 8 * i);
    const off = u32(table + 8 * i + 4);
    if (off + len > buf.length) throw new Error('not a .mo file: string out of bounds');
    return buf.toString('utf8', off, off + len);
  };
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) out.set(str(orig, i), str(trans, i));
  return out;
}

interface IsoEntry {
  alpha_3: string;
  name: string;
  common_name?: string;
  official_name?: string;
}

/**
 * The names snapshot (CSV text) for the given states from iso-codes: the
 * English short name is `common_name` where iso-codes gives one (Bolivia,
 * Venezuela), else `name`; Spanish names are the catalogue's translations of
 * the same strings; official names where iso-codes has them.
 */
export function isoNamesSnapshot(isoJson: string, moBytes: Buffer, iso3s: readonly string[]): string {
  const all = (JSON.parse(isoJson) as { '3166-1': IsoEntry[] })['3166-1'];
  const by = new Map(all.map((e) => [e.alpha_3, e]));
  const es = parseMo(moBytes);
  const lines = [['iso3', 'name_en', 'name_es', 'official_name_en', 'official_name_es']];
  for (const iso of [...iso3s].sort(cmp)) {
    const e = by.get(iso);
    if (!e) throw new Error(`iso-codes has no ${iso}`);
    const en = e.common_name ?? e.name;
    lines.push([iso, en, es.get(en) ?? '', e.official_name ?? '', e.official_name ? (es.get(e.official_name) ?? '') : '']);
  }
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The PO header of a .mo catalogue (its translation of ""). */
export function moHeader(moBytes: Buffer): string {
  return parseMo(moBytes).get('') ?? '';
}

// ---------------------------------------------------------------------------
// Rendering and merging

/** How the data importer writes YAML: names and events as flow maps. */
export const DATA_STYLE: YamlStyle = { flowMaps: ['name', 'official-name'], flowItems: ['events'] };

/** A states or commitments file as the data importer writes it. */
export function renderDataFile(data: Record<string, unknown>, body: string): string {
  return renderFile(data, body, DATA_STYLE);
}

const RECORD_ORDER = ['status', 'events', 'as-of', 'evidence', 'note'];
const EVIDENCE_ORDER = ['source', 'via', 'url'];

function orderRecord(r: CommitmentRecord): Record<string, unknown> {
  const o = ordered(r as unknown as Record<string, unknown>, RECORD_ORDER);
  if (Array.isArray(o['evidence'])) o['evidence'] = (o['evidence'] as Array<Record<string, unknown>>).map((e) => (e && typeof e === 'object' ? ordered(e, EVIDENCE_ORDER) : e));
  if (Array.isArray(o['events'])) o['events'] = (o['events'] as Array<Record<string, unknown>>).map((e) => (e && typeof e === 'object' ? ordered(e, ['action', 'date']) : e));
  return o;
}

/** Whether the import owns a record: an evidence `via` names one of its source files. */
export function isOwnedRecord(r: unknown): boolean {
  if (!r || typeof r !== 'object') return false;
  const ev = (r as { evidence?: unknown }).evidence;
  if (!Array.isArray(ev)) return false;
  return ev.some((e) => {
    const via = e && typeof e === 'object' ? (e as { via?: unknown }).via : undefined;
    return typeof via === 'string' && OWNED_VIA.some((f) => via.includes(f));
  });
}

function asOfOf(r: unknown): string {
  const a = r && typeof r === 'object' ? (r as Record<string, unknown>)['as-of'] : undefined;
  return typeof a === 'string' ? a : '';
}

/** Imported records first, then kept ones, stably ordered by as-of (history first, the newest last). */
export function mergeRecords(imported: CommitmentRecord[], old: unknown): unknown[] {
  const kept = Array.isArray(old) ? old.filter((r) => !isOwnedRecord(r)) : [];
  const all: unknown[] = [...imported.map(orderRecord), ...kept];
  return all.map((r, i) => ({ r, i })).sort((a, b) => cmp(asOfOf(a.r), asOfOf(b.r)) || a.i - b.i).map((x) => x.r);
}

const COMMITMENT_ORDER = ['id', 'state', 'instrument', 'answers', 'records'];
const STATE_ORDER = ['id', 'iso2', 'numeric', 'name', 'official-name', 'oas', 'sources'];
const OAS_ORDER = ['member-since', 'participation', 'note', 'changes'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** A state's new front matter: computed keys over the file's, hand-added keys and entries kept. */
export function mergeState(computed: Record<string, unknown>, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const out: Record<string, unknown> = { ...o, ...computed };
  for (const k of ['name', 'official-name']) {
    if (isRecord(o[k])) {
      const extra = Object.fromEntries(Object.entries(o[k]).filter(([lang]) => !(isRecord(computed[k]) && lang in computed[k])));
      out[k] = ordered({ ...(isRecord(computed[k]) ? computed[k] : {}), ...extra }, ['en', 'es', 'fr', 'pt']);
    }
  }
  const oldOas = isRecord(o['oas']) ? o['oas'] : {};
  const newOas = computed['oas'] as Record<string, unknown>;
  const oas: Record<string, unknown> = { ...oldOas, ...newOas };
  // Keys the import computes are its own: drop stale values it no longer produces.
  for (const k of ['participation', 'note']) if (!(k in newOas)) delete oas[k];
  const keptChanges = Array.isArray(oldOas['changes'])
    ? oldOas['changes'].filter((c) => !(isRecord(c) && typeof c['source'] === 'string' && c['source'].includes(OWNED_CHANGE_SOURCE)))
    : [];
  const changes = [...((newOas['changes'] as unknown[]) ?? []), ...keptChanges];
  const dateOf = (c: unknown) => (isRecord(c) && typeof c['date'] === 'string' ? c['date'] : '');
  const sortedChanges = changes.map((c, i) => ({ c, i })).sort((a, b) => cmp(dateOf(a.c), dateOf(b.c)) || a.i - b.i).map((x) => x.c);
  if (sortedChanges.length) oas['changes'] = sortedChanges.map((c) => (isRecord(c) ? ordered(c, ['event', 'date', 'source', 'note']) : c));
  else delete oas['changes'];
  out['oas'] = ordered(oas, OAS_ORDER);
  const keptSources = Array.isArray(o['sources']) ? o['sources'].filter((s) => !(typeof s === 'string' && s.includes(OWNED_SOURCE_PREFIX))) : [];
  out['sources'] = [...(computed['sources'] as string[]), ...keptSources];
  return ordered(out, STATE_ORDER);
}

// ---------------------------------------------------------------------------
// The import

export interface DataImportOptions {
  /** sources/data */
  dataDir: string;
  /** corpus */
  corpusDir: string;
  /** Compute only; write and delete nothing. */
  dryRun?: boolean;
}

export interface DataImportResult {
  /** Files written (or, with dryRun, that would be). */
  written: string[];
  /** Files deleted (or that would be): they held only imported records the data no longer support. */
  deleted: string[];
  unchanged: number;
  warnings: string[];
  states: number;
  /** Commitment files the import writes, and the status of their imported record. */
  commitments: { files: number; byStatus: Record<string, number>; byInstrument: Record<string, Record<string, number>> };
}

interface Planned {
  path: string;
  content: string | null;
  old?: string;
}

function readIfFile(path: string): string | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parseExisting(path: string, text: string): { data: Record<string, unknown>; body: string } {
  let parsed: ReturnType<typeof splitFrontMatter>;
  try {
    parsed = splitFrontMatter(text);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}; fix it (or move it away) and re-run`);
  }
  if (!parsed) throw new Error(`${path}: no front matter; fix it (or move it away) and re-run`);
  return { data: parsed.data, body: parsed.body.replace(/\r\n?/g, '\n') };
}

/** Every (state, instrument) record the data give, with the warnings. */
export function computeRecords(dataDir: string, states: readonly string[], warnings: string[]): Map<string, CommitmentRecord> {
  const out = new Map<string, CommitmentRecord>();
  const known = new Set(states);
  const untc = readTable(join(dataDir, UNTC_FILE), [
    'untc_mtdsg_no', 'untc_title', 'iso3', 'listed_in_untc_table', 'col2_header', 'col3_header', 'col2_raw', 'col3_raw',
    'col2_date', 'col3_date', 'col3_action_type', 'source_path', 'source_file_last_commit', 'source_file_last_commit_date',
  ]);
  const byKey = new Map<string, Row>();
  for (const r of untc) {
    const key = `${r['iso3']}|${r['untc_mtdsg_no']}`;
    if (byKey.has(key)) throw new Error(`${UNTC_FILE}: two rows for ${r['iso3']} ${r['untc_mtdsg_no']}`);
    byKey.set(key, r);
  }
  const put = (iso: string, instrument: string, m: Mapped) => {
    if (m.problem) warnings.push(m.problem);
    if (m.record) out.set(`${iso}/${instrument}`, m.record);
  };
  for (const r of untc) {
    const no = r['untc_mtdsg_no']!;
    const iso = r['iso3']!;
    if (!known.has(iso)) {
      warnings.push(`${UNTC_FILE}: ${iso} ${no} is not an OAS member in ${STATES_FILE}; skipped`);
      continue;
    }
    const instrument = UNTC_INSTRUMENTS[no];
    if (!instrument) {
      if (!(no in SC1961_CONTEXT)) warnings.push(`${UNTC_FILE}: table ${no} maps to no instrument; skipped`);
      continue;
    }
    if (instrument === 'sc-1961') {
      const ctx: Record<string, Row | undefined> = {};
      for (const c of Object.keys(SC1961_CONTEXT)) ctx[c] = byKey.get(`${iso}|${c}`);
      put(iso, instrument, mapSc1961(r, ctx));
    } else put(iso, instrument, mapUntcRow(r));
  }
  const a59 = readTable(join(dataDir, A59_FILE), [
    'oas_treaty', 'iso3', 'listed_in_oas_table', 'signature_raw', 'ra_ac_ad_raw', 'deposit_raw', 'instrument_type_code',
    'ref_note_no', 'signature_date', 'ra_ac_ad_date', 'deposit_date', 'instrument_type', 'source_url', 'latest_deposit_on_page',
  ]);
  for (const r of a59) {
    const iso = r['iso3']!;
    const instrument = OAS_INSTRUMENTS[r['oas_treaty'] ?? ''];
    if (!known.has(iso)) {
      warnings.push(`${A59_FILE}: ${iso} is not an OAS member in ${STATES_FILE}; skipped`);
      continue;
    }
    if (!instrument) {
      warnings.push(`${A59_FILE}: table ${r['oas_treaty']} maps to no instrument; skipped`);
      continue;
    }
    if (out.has(`${iso}/${instrument}`)) throw new Error(`${A59_FILE}: two rows for ${iso} ${r['oas_treaty']}`);
    put(iso, instrument, mapA59Row(r));
  }
  return out;
}

/** Reads the names snapshot into iso3 -> names. */
export function readNames(dataDir: string): Map<string, IsoNames> {
  const rows = readTable(join(dataDir, NAMES_FILE), ['iso3', 'name_en', 'name_es', 'official_name_en', 'official_name_es']);
  return new Map(rows.map((r) => [r['iso3']!, r as unknown as IsoNames]));
}

/** Plans every file (nothing written): states, commitments, and deletions of files left with no record. */
export function planDataImport(opts: { dataDir: string; corpusDir: string }): { files: Planned[]; warnings: string[]; states: number; records: Map<string, CommitmentRecord> } {
  const warnings: string[] = [];
  const stateRows = readTable(join(opts.dataDir, STATES_FILE), ['iso3', 'iso2', 'iso_numeric', 'oas_admission_year', 'status_note']);
  const seen = new Set<string>();
  for (const r of stateRows) {
    if (seen.has(r['iso3']!)) throw new Error(`${STATES_FILE}: ${r['iso3']} twice`);
    seen.add(r['iso3']!);
  }
  for (const iso of Object.keys(MEMBERSHIP)) if (!seen.has(iso)) throw new Error(`${STATES_FILE}: ${iso} is curated in MEMBERSHIP but not in the file`);
  const names = readNames(opts.dataDir);
  const isos = [...seen].sort(cmp);
  const files: Planned[] = [];

  // States
  const statesDir = join(opts.corpusDir, 'states');
  for (const r of [...stateRows].sort((a, b) => cmp(a['iso3']!, b['iso3']!))) {
    const path = join(statesDir, `${r['iso3']}.md`);
    const oldText = readIfFile(path);
    const old = oldText !== undefined ? parseExisting(path, oldText) : undefined;
    const data = mergeState(stateProfile(r, names.get(r['iso3']!), warnings), old?.data);
    const p: Planned = { path, content: renderDataFile(data, old?.body ?? '') };
    if (oldText !== undefined) p.old = oldText;
    files.push(p);
  }
  if (existsSync(statesDir)) {
    for (const f of readdirSync(statesDir).sort(cmp)) {
      if (f.endsWith('.md') && !seen.has(f.slice(0, -3))) warnings.push(`${join(statesDir, f)} is not a state of ${STATES_FILE} (left alone)`);
    }
  }

  // Commitments
  const records = computeRecords(opts.dataDir, isos, warnings);
  const cdir = join(opts.corpusDir, 'commitments');
  const planned = new Set<string>();
  for (const key of [...records.keys()].sort(cmp)) {
    const [iso, instrument] = key.split('/') as [string, string];
    const path = join(cdir, iso, `${instrument}.md`);
    planned.add(path);
    const oldText = readIfFile(path);
    const old = oldText !== undefined ? parseExisting(path, oldText) : undefined;
    const data = ordered({ ...(old?.data ?? {}), id: key, state: iso, instrument, records: mergeRecords([records.get(key)!], old?.data['records']) }, COMMITMENT_ORDER);
    const p: Planned = { path, content: renderDataFile(data, old?.body ?? '') };
    if (oldText !== undefined) p.old = oldText;
    files.push(p);
  }
  // Imported records the data no longer give: dropped; a file left with none is deleted.
  if (existsSync(cdir)) {
    for (const iso of readdirSync(cdir).sort(cmp)) {
      const dir = join(cdir, iso);
      if (!lstatSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort(cmp)) {
        const path = join(dir, f);
        if (!f.endsWith('.md') || planned.has(path) || !IMPORT_INSTRUMENTS.includes(f.slice(0, -3))) continue;
        const oldText = readIfFile(path);
        if (oldText === undefined) continue;
        const old = parseExisting(path, oldText);
        const recs = old.data['records'];
        if (!Array.isArray(recs) || !recs.some(isOwnedRecord)) continue;
        const left = mergeRecords([], recs);
        if (left.length === 0) files.push({ path, content: null, old: oldText });
        else files.push({ path, content: renderDataFile(ordered({ ...old.data, records: left }, COMMITMENT_ORDER), old.body), old: oldText });
      }
    }
  }
  return { files, warnings, states: stateRows.length, records };
}

/** Runs the import: plans, then writes (atomically) or deletes what changed, unless dryRun. */
export function importData(opts: DataImportOptions): DataImportResult {
  const plan = planDataImport(opts);
  const result: DataImportResult = {
    written: [],
    deleted: [],
    unchanged: 0,
    warnings: plan.warnings,
    states: plan.states,
    commitments: { files: plan.records.size, byStatus: {}, byInstrument: {} },
  };
  for (const [key, r] of [...plan.records.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const inst = key.split('/')[1]!;
    result.commitments.byStatus[r.status] = (result.commitments.byStatus[r.status] ?? 0) + 1;
    const bi = (result.commitments.byInstrument[inst] ??= {});
    bi[r.status] = (bi[r.status] ?? 0) + 1;
  }
  const toWrite: FileToWrite[] = [];
  for (const f of plan.files) {
    if (f.content === null) result.deleted.push(f.path);
    else if (f.old === f.content) result.unchanged++;
    else {
      result.written.push(f.path);
      toWrite.push({ path: f.path, data: f.content });
    }
  }
  if (!opts.dryRun) {
    // The new files as one change (all or none), then the files no longer made.
    writeFilesAtomic(toWrite);
    for (const p of result.deleted) unlinkSync(p);
  }
  return result;
}
