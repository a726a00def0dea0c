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
 *   Protocol to the Inter-American MLA Convention.
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
import type { CommitmentRecord } from '../model/types.js';
import { writeFilesAtomic, type FileToWrite } from '../util/atomic-write.js';
import { compareText as cmp } from '../util/text.js';
import { readTable, type Row } from './csv.js';
import { ordered, readIfFile, splitFrontMatter } from './render.js';
import { COMMITMENT_ORDER, isOwnedRecord, mergeRecords, mergeState, renderDataFile } from './data/merge.js';
import { A59_FILE, IMPORT_INSTRUMENTS, mapA59Row, mapSc1961, mapUntcRow, NAMES_FILE, OAS_INSTRUMENTS, SC1961_CONTEXT, STATES_FILE, UNTC_FILE, UNTC_INSTRUMENTS, type Mapped } from './data/records.js';
import { MEMBERSHIP, stateProfile, type IsoNames } from './data/states.js';

export { csvField, parseCsv, readTable, type Row } from './csv.js';
export * from './data/merge.js';
export * from './data/records.js';
export * from './data/states.js';

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
