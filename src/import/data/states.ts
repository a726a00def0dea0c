/**
 * The state files: each state's profile from oas_member_states.csv and the
 * names snapshot, the membership statements curated from its status note,
 * and the snapshot itself (refreshed from Debian's iso-codes).
 */
import type { MembershipChange } from '../../model/types.js';
import { compareText as cmp } from '../../util/text.js';
import { csvField, type Row } from '../csv.js';
import { NAMES_FILE, STATES_FILE } from './records.js';

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
    if (missing.length) throw new Error(`${what}: the status_note no longer says ${missing.map((p) => JSON.stringify(p)).join(', ')}; re-read it and update MEMBERSHIP in src/import/data/states.ts`);
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
