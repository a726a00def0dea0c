/**
 * The real corpus/states and corpus/commitments against sources/data: one
 * state per OAS member, every imported record traceable to its CSV row and
 * agreeing with it, the membership statements with their sources, and the
 * import up to date (re-running it would change nothing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { importData, parseCsv } from '../../src/import/data.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const DATA = join(ROOT, 'sources', 'data');

type Row = Record<string, string>;

function csv(file: string): Row[] {
  const [header, ...rows] = parseCsv(readFileSync(join(DATA, file), 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function frontMatter(path: string): Record<string, any> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'));
  if (!m) throw new Error(`no front matter: ${path}`);
  return YAML.parse(m[1]!, { version: '1.2', schema: 'core' }) as Record<string, any>;
}

const STATES = csv('oas_member_states.csv');
const NAMES = new Map(csv('iso_3166-1_es.csv').map((r) => [r['iso3']!, r]));
const UNTC = csv('untc_participation_oas_members.csv');
const A59 = csv('oas_a59_participation_oas_members.csv');
const ISO3 = STATES.map((r) => r['iso3']!).sort();

/** The UNTC table for each instrument of the corpus, and the OAS one. */
const TABLE: Record<string, string> = {
  untoc: 'XVIII-12', 'untoc-tip': 'XVIII-12-a', 'untoc-som': 'XVIII-12-b', 'untoc-firearms': 'XVIII-12-c', uncac: 'XVIII-14',
  'sc-1961': 'VI-18', 'cps-1971': 'VI-16', 'cit-1988': 'VI-19', minamata: 'XXVII-17', 'ia-mla-op': 'A-59',
};

function untcRow(iso: string, table: string): Row {
  const r = UNTC.find((x) => x['iso3'] === iso && x['untc_mtdsg_no'] === table);
  if (!r) throw new Error(`no UNTC row ${iso} ${table}`);
  return r;
}

const owned = (rec: any) => (rec.evidence ?? []).some((e: any) => /untc_participation_oas_members\.csv|oas_a59_participation_oas_members\.csv/.test(e.via ?? ''));

function commitment(iso: string, instrument: string) {
  return frontMatter(join(CORPUS, 'commitments', iso, `${instrument}.md`));
}

describe('states', () => {
  it('one file per OAS member state: the file names and ids equal the CSV iso3 list', () => {
    expect(ISO3).toHaveLength(35);
    const files = readdirSync(join(CORPUS, 'states')).filter((f) => f.endsWith('.md')).sort();
    expect(files.map((f) => f.slice(0, -3))).toEqual(ISO3);
    expect(files.map((f) => frontMatter(join(CORPUS, 'states', f))['id'])).toEqual(ISO3);
  });

  it('codes, admission year and names agree with the CSVs', () => {
    for (const r of STATES) {
      const fm = frontMatter(join(CORPUS, 'states', `${r['iso3']}.md`));
      const n = NAMES.get(r['iso3']!)!;
      expect(fm['iso2']).toBe(r['iso2']);
      expect(fm['numeric']).toBe(r['iso_numeric']);
      expect(fm['oas']['member-since']).toBe(Number(r['oas_admission_year']));
      expect(fm['name']).toEqual({ en: n['name_en'], es: n['name_es'] });
      if (n['official_name_en']) expect(fm['official-name']).toEqual({ en: n['official_name_en'], es: n['official_name_es'] });
      else expect(fm['official-name']).toBeUndefined();
      expect(fm['sources'].length).toBeGreaterThan(0);
    }
    expect(frontMatter(join(CORPUS, 'states', 'MEX.md'))['name']).toEqual({ en: 'Mexico', es: 'México' });
  });

  it('Nicaragua: denunciation and withdrawal with their dates and sources, from the status note', () => {
    const note = STATES.find((r) => r['iso3'] === 'NIC')!['status_note']!;
    expect(note).toContain('19 Nov 2021');
    const oas = frontMatter(join(CORPUS, 'states', 'NIC.md'))['oas'];
    expect(oas['participation']).toBe('withdrawn');
    const byEvent = Object.fromEntries(oas['changes'].map((c: any) => [c.event, c]));
    expect(byEvent['denounced-charter'].date).toBe('2021-11-19');
    expect(byEvent['withdrawal-effective'].date).toBe('2023-11-19');
    expect(byEvent['withdrawal-effective'].source).toMatch(/press reports dated 2023-11-20/);
    for (const c of oas['changes']) expect(c.source).toContain('oas_member_states.csv');
    expect(oas['note']).toContain('No OAS notice of the effective date was found');
  });

  it('Cuba: excluded 1962, exclusion lifted by AG/RES. 2438 (2009), not participating', () => {
    const oas = frontMatter(join(CORPUS, 'states', 'CUB.md'))['oas'];
    expect(oas['participation']).toBe('not-participating');
    const byEvent = Object.fromEntries(oas['changes'].map((c: any) => [c.event, c]));
    expect(byEvent['excluded'].date).toBe('1962');
    expect(byEvent['exclusion-lifted'].date).toBe('2009-06-03');
    expect(byEvent['exclusion-lifted'].source).toContain('AG/RES. 2438 (XXXIX-O/09)');
    for (const c of oas['changes']) expect(c.source).toContain('oas_member_states.csv');
  });

  it('Venezuela: the low-reliability report is a note, not a change of membership', () => {
    const oas = frontMatter(join(CORPUS, 'states', 'VEN.md'))['oas'];
    expect(oas['changes']).toBeUndefined();
    expect(oas['participation']).toBeUndefined();
    expect(oas['note']).toContain('low reliability');
  });
});

describe('commitments', () => {
  it('one file per state and instrument of the tables, each with one imported record traced to its row', () => {
    const files: string[] = [];
    for (const iso of readdirSync(join(CORPUS, 'commitments')).sort()) {
      expect(ISO3).toContain(iso);
      for (const f of readdirSync(join(CORPUS, 'commitments', iso)).sort()) files.push(`${iso}/${f.slice(0, -3)}`);
    }
    expect(files).toHaveLength(35 * Object.keys(TABLE).length);
    for (const id of files) {
      const [iso, instrument] = id.split('/') as [string, string];
      const fm = commitment(iso, instrument);
      expect(fm['id']).toBe(id);
      expect(fm['instrument']).toBe(instrument);
      const mine = fm['records'].filter(owned);
      expect(mine, id).toHaveLength(1);
      const rec = mine[0];
      const table = TABLE[instrument]!;
      if (table === 'A-59') {
        const row = A59.find((r) => r['iso3'] === iso)!;
        expect(rec['as-of']).toBe(row['latest_deposit_on_page']);
        expect(rec.evidence[0].url).toBe(row['source_url']);
      } else {
        const row = untcRow(iso, table);
        expect(rec['as-of'], id).toBe(row['source_file_last_commit_date']);
        expect(rec.evidence[0].source).toContain(`chapter ${table} (${row['untc_title']})`);
        expect(rec.evidence[0].via).toContain(row['source_path']);
        const dates = [row['col2_date'], row['col3_date']].filter(Boolean);
        expect((rec.events ?? []).map((e: any) => e.date), id).toEqual(dates);
        expect(rec.status, id).toBe(row['listed_in_untc_table'] === 'false' ? 'not-done' : row['col3_date'] || table === 'VI-18' ? 'done' : 'in-progress');
      }
    }
  });

  // Specific rows, read from the CSVs: the record agrees on status and dates.
  it('MEX untoc: signed and ratified (no suffix) -> done', () => {
    const row = untcRow('MEX', 'XVIII-12');
    expect(row['col3_raw']).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    const rec = commitment('MEX', 'untoc')['records'].find(owned);
    expect(rec.status).toBe('done');
    expect(rec.events).toEqual([{ action: 'signed', date: row['col2_date'] }, { action: 'ratified', date: row['col3_date'] }]);
    expect(rec['as-of']).toBe(row['source_file_last_commit_date']);
  });

  it('BRB untoc: signed only -> in-progress; BLZ untoc: accession (a) -> done', () => {
    const brb = untcRow('BRB', 'XVIII-12');
    expect(brb['col3_raw']).toBe('');
    const r1 = commitment('BRB', 'untoc')['records'].find(owned);
    expect(r1.status).toBe('in-progress');
    expect(r1.events).toEqual([{ action: 'signed', date: brb['col2_date'] }]);
    const blz = untcRow('BLZ', 'XVIII-12');
    expect(blz['col3_raw']).toMatch(/ a$/);
    const r2 = commitment('BLZ', 'untoc')['records'].find(owned);
    expect(r2.status).toBe('done');
    expect(r2.events).toEqual([{ action: 'acceded', date: blz['col3_date'] }]);
  });

  it('USA untoc-firearms: absent from the table -> not-done as of the table date', () => {
    const row = untcRow('USA', 'XVIII-12-c');
    expect(row['listed_in_untc_table']).toBe('false');
    const rec = commitment('USA', 'untoc-firearms')['records'].find(owned);
    expect(rec.status).toBe('not-done');
    expect(rec.events).toBeUndefined();
    expect(rec['as-of']).toBe(row['source_file_last_commit_date']);
  });

  it('GUY sc-1961: from VI-18 (participation) with VI-15 and VI-17 as context only', () => {
    const row = untcRow('GUY', 'VI-18');
    const rec = commitment('GUY', 'sc-1961')['records'].find(owned);
    expect(rec.status).toBe('done');
    expect(rec.events).toEqual([{ action: 'participation', date: row['col2_date'] }]);
    expect(rec.note).toContain(`VI-15 (the Single Convention of 1961 as unamended): acceded ${untcRow('GUY', 'VI-15')['col3_date']}`);
    expect(untcRow('GUY', 'VI-17')['listed_in_untc_table']).toBe('false');
    expect(rec.note).toContain('VI-17 (the 1972 Protocol amending it): not listed');
  });

  it('HND and USA ia-mla-op: accession and ratification from the OAS table, with the crawl-date caveat', () => {
    const hnd = A59.find((r) => r['iso3'] === 'HND')!;
    const r1 = commitment('HND', 'ia-mla-op')['records'].find(owned);
    expect(r1.status).toBe('done');
    expect(r1.events).toEqual([{ action: 'acceded', date: hnd['ra_ac_ad_date'] }, { action: 'deposited', date: hnd['deposit_date'] }]);
    expect(r1.note).toContain('the date the page was read is unknown');
    const usa = A59.find((r) => r['iso3'] === 'USA')!;
    const r2 = commitment('USA', 'ia-mla-op')['records'].find(owned);
    expect(r2.events).toEqual([
      { action: 'signed', date: usa['signature_date'] },
      { action: 'ratified', date: usa['ra_ac_ad_date'] },
      { action: 'deposited', date: usa['deposit_date'] },
    ]);
  });

  it('the import is up to date: re-running it would change no file', () => {
    const r = importData({ dataDir: DATA, corpusDir: CORPUS, dryRun: true });
    expect(r.written).toEqual([]);
    expect(r.deleted).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});
