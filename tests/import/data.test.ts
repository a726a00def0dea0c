/**
 * The data importer (src/import/data.ts): the mapping from each raw form of
 * the treaty tables to a record, and the re-run contract on a temp copy of
 * sources/data (byte-identical output, --check, hand-added records kept).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { main as dataCli } from '../../src/import/data-cli.js';
import {
  importData, isOwnedRecord, isoNamesSnapshot, mapA59Row, mapSc1961, mapUntcRow, parseCsv, parseMo, parseOasDate, parseUntcCell,
  type Row,
} from '../../src/import/data.js';
import { UsageError } from '../../src/errors.js';

const REPO = join(import.meta.dirname, '..', '..');
const DATA = join(REPO, 'sources', 'data');
const SEEDS = join(REPO, 'sources', 'seeds');

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A temp repo: sources/data copied, an empty corpus/ beside it. */
function tempRepo(): { root: string; data: string; corpus: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-data-'));
  temps.push(root);
  const data = join(root, 'sources', 'data');
  mkdirSync(data, { recursive: true });
  cpSync(DATA, data, { recursive: true });
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  return { root, data, corpus };
}

function allFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function capture(cwd: string) {
  let out = '';
  let err = '';
  return {
    io: { cwd, argv: [], env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  };
}

const UNTC_BASE: Row = {
  untc_mtdsg_no: 'XVIII-12',
  instrument_short: 'UNTOC',
  untc_title: 'United Nations Convention against Transnational Organized Crime. New York, 15 November 2000',
  iso3: 'MEX',
  untc_participant_name: 'Mexico',
  listed_in_untc_table: 'true',
  col2_header: 'Signature',
  col3_header: 'Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
  col2_raw: '',
  col3_raw: '',
  col2_date: '',
  col2_suffix: '',
  col3_date: '',
  col3_action_type: '',
  source_path: 'treaties/18-12.csv',
  source_file_last_commit: 'b85e1e2',
  source_file_last_commit_date: '2014-01-27',
};
const untc = (o: Partial<Record<string, string>>): Row => ({ ...UNTC_BASE, ...o }) as Row;

describe('UNTC cells', () => {
  it('reads day month year and the suffix that follows', () => {
    expect(parseUntcCell('26 Sep 2001')).toEqual({ date: '2001-09-26', suffix: '' });
    expect(parseUntcCell('5 Apr 1993 a')).toEqual({ date: '1993-04-05', suffix: 'a' });
    expect(parseUntcCell('5 Apr 1993 AA')).toEqual({ date: '1993-04-05', suffix: 'AA' });
    expect(parseUntcCell('31 Feb 2002')).toBeUndefined();
    expect(parseUntcCell('Sep 2001')).toBeUndefined();
  });
  it('reads OAS mm/dd/yy dates across the century', () => {
    expect(parseOasDate('05/03/94')).toBe('1994-05-03');
    expect(parseOasDate('10/10/07')).toBe('2007-10-10');
    expect(parseOasDate('13/01/07')).toBeUndefined();
  });
});

describe('UNTC rows -> records (contract mapping)', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // col3 raw, its compiler action type, expected action, col3 date
    ['no suffix', '4 Mar 2003', 'ratification', 'ratified', '2003-03-04'],
    ['a', '4 Mar 2003 a', 'accession', 'acceded', '2003-03-04'],
    ['A', '4 Mar 2003 A', 'acceptance', 'accepted', '2003-03-04'],
    ['AA', '4 Mar 2003 AA', 'approval', 'approved', '2003-03-04'],
    ['d', '4 Mar 2003 d', 'succession', 'succeeded', '2003-03-04'],
    ['c', '4 Mar 2003 c', 'formal confirmation', 'formal-confirmation', '2003-03-04'],
  ];
  for (const [name, raw, compiled, action, date] of cases) {
    it(`col3 ${name} -> ${action}, done`, () => {
      const m = mapUntcRow(untc({ col2_raw: '13 Dec 2000', col2_date: '2000-12-13', col3_raw: raw, col3_date: date, col3_action_type: compiled }));
      expect(m.problem).toBeUndefined();
      expect(m.record!.status).toBe('done');
      expect(m.record!.events).toEqual([{ action: 'signed', date: '2000-12-13' }, { action, date }]);
      expect(m.record!['as-of']).toBe('2014-01-27');
      expect(m.record!.note).toBeUndefined();
    });
  }

  it('signed only -> in-progress', () => {
    const r = mapUntcRow(untc({ col2_raw: '26 Sep 2001', col2_date: '2001-09-26' })).record!;
    expect(r.status).toBe('in-progress');
    expect(r.events).toEqual([{ action: 'signed', date: '2001-09-26' }]);
  });

  it('absent from the participants table -> not-done as of the table date, no events', () => {
    const r = mapUntcRow(untc({ listed_in_untc_table: 'false', source_file_last_commit_date: '2014-07-10' })).record!;
    expect(r.status).toBe('not-done');
    expect(r.events).toBeUndefined();
    expect(r['as-of']).toBe('2014-07-10');
    expect(r.note).toMatch(/Not in the participants table of UNTC XVIII-12/);
  });

  it('evidence names the UNTC chapter, the CSV it came through, and the official page', () => {
    const r = mapUntcRow(untc({ col2_raw: '26 Sep 2001' })).record!;
    expect(r.evidence).toEqual([
      {
        source: 'UN Treaty Collection, status of treaties, chapter XVIII-12 (United Nations Convention against Transnational Organized Crime. New York, 15 November 2000)',
        via: 'sources/data/untc_participation_oas_members.csv (zmjones/untreaties@003ce13, treaties/18-12.csv as last changed in b85e1e2 on 2014-01-27; a scrape of the UNTC tables)',
        url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18&clang=_en',
      },
    ]);
    expect(isOwnedRecord(r)).toBe(true);
  });

  it('VI-18 column 2 is participation by virtue of the 1972 Protocol -> done', () => {
    const row = untc({
      untc_mtdsg_no: 'VI-18',
      col2_header: 'Participation in the Convention by virtue of ratification, accession or succession to the Protocol of 25 March 1972 or to the 1961 Convention after the entry into force of the Protocol',
      col2_raw: '15 Jul 2002',
      col2_date: '2002-07-15',
      source_file_last_commit_date: '2015-03-14',
    });
    const vi15 = untc({ untc_mtdsg_no: 'VI-15', col3_raw: '15 Jul 2002 a', col3_date: '2002-07-15', col3_action_type: 'accession' });
    const vi17 = untc({ untc_mtdsg_no: 'VI-17', listed_in_untc_table: 'false' });
    const r = mapSc1961(row, { 'VI-15': vi15, 'VI-17': vi17 }).record!;
    expect(r.status).toBe('done');
    expect(r.events).toEqual([{ action: 'participation', date: '2002-07-15' }]);
    expect(r.evidence[0]!.source).toMatch(/chapter VI-18/);
    expect(r.evidence[0]!.url).toMatch(/mtdsg_no=VI-18&chapter=6&/);
    expect(r.note).toContain('VI-15 (the Single Convention of 1961 as unamended): acceded 2002-07-15');
    expect(r.note).toContain('VI-17 (the 1972 Protocol amending it): not listed');
  });

  it('keeps a raw string it cannot read in the note and does not count it', () => {
    const r = mapUntcRow(untc({ col2_raw: '13 Dec 2000', col2_date: '2000-12-13', col3_raw: '4 Mar 2003 x' })).record!;
    expect(r.status).toBe('in-progress');
    expect(r.events).toEqual([{ action: 'signed', date: '2000-12-13' }]);
    expect(r.note).toContain('"4 Mar 2003 x"');
    const bad = mapUntcRow(untc({ col3_raw: '31 Feb 2003' }));
    expect(bad.record).toBeUndefined();
    expect(bad.problem).toMatch(/MEX XVIII-12: listed in the table, but no date the import can read \("31 Feb 2003"/);
  });

  it('stops when the raw string and the compiled date column disagree, or the listed flag is odd', () => {
    expect(() => mapUntcRow(untc({ col3_raw: '4 Mar 2003', col3_date: '2003-03-05' }))).toThrow(/reads as 2003-03-04.*says 2003-03-05/);
    expect(() => mapUntcRow(untc({ col3_raw: '4 Mar 2003 a', col3_action_type: 'ratification' }))).toThrow(/reads as acceded/);
    expect(() => mapUntcRow(untc({ listed_in_untc_table: 'yes' }))).toThrow(/listed flag/);
    expect(() => mapUntcRow(untc({ listed_in_untc_table: 'false', col2_raw: '1 Jan 2001' }))).toThrow(/not listed.*dates/);
  });
});

const A59_BASE: Row = {
  oas_treaty: 'A-59',
  iso3: 'HND',
  oas_name_on_page: '',
  listed_in_oas_table: 'true',
  signature_raw: '',
  ra_ac_ad_raw: '',
  deposit_raw: '',
  instrument_type_code: '',
  ref_note_no: '',
  signature_date: '',
  ra_ac_ad_date: '',
  deposit_date: '',
  instrument_type: '',
  source_url: 'http://www.oas.org/juridico/english/sigs/a-59.html',
  latest_deposit_on_page: '2021-02-26',
};
const a59 = (o: Partial<Record<string, string>>): Row => ({ ...A59_BASE, ...o }) as Row;

describe('OAS A-59 rows -> records', () => {
  it('RA -> ratified, done; the deposit is an event; footnotes and the unknown crawl date noted', () => {
    const r = mapA59Row(a59({ signature_raw: '05/03/94', ra_ac_ad_raw: '10/10/07', deposit_raw: '11/12/07', instrument_type_code: 'RA', ref_note_no: '5', instrument_type: 'ratification' })).record!;
    expect(r.status).toBe('done');
    expect(r.events).toEqual([
      { action: 'signed', date: '1994-05-03' },
      { action: 'ratified', date: '2007-10-10' },
      { action: 'deposited', date: '2007-11-12' },
    ]);
    expect(r['as-of']).toBe('2021-02-26');
    expect(r.note).toContain('footnote 5');
    expect(r.note).toContain('the date the page was read is unknown');
    expect(r.evidence[0]!.url).toBe('http://www.oas.org/juridico/english/sigs/a-59.html');
    expect(isOwnedRecord(r)).toBe(true);
  });
  it('AD -> acceded, done', () => {
    const r = mapA59Row(a59({ ra_ac_ad_raw: '09/25/06', deposit_raw: '11/10/06', instrument_type_code: 'AD', instrument_type: 'accession' })).record!;
    expect(r.status).toBe('done');
    expect(r.events!.map((e) => e.action)).toEqual(['acceded', 'deposited']);
  });
  it('signed only -> in-progress; absent -> not-done as of the latest deposit on the page', () => {
    expect(mapA59Row(a59({ signature_raw: '01/10/95' })).record!.status).toBe('in-progress');
    const r = mapA59Row(a59({ listed_in_oas_table: 'false' })).record!;
    expect(r.status).toBe('not-done');
    expect(r['as-of']).toBe('2021-02-26');
    expect(r.events).toBeUndefined();
  });
  it('an unknown instrument type is kept raw and not counted', () => {
    const r = mapA59Row(a59({ signature_raw: '01/10/95', ra_ac_ad_raw: '01/05/01', instrument_type_code: 'XX' })).record!;
    expect(r.status).toBe('in-progress');
    expect(r.note).toContain('"01/05/01"');
  });
});

describe('names snapshot', () => {
  /** A little-endian .mo catalogue of the given pairs. */
  function mo(pairs: Array<[string, string]>): Buffer {
    const sorted = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const n = sorted.length;
    const head = 28;
    const strings: Buffer[] = [];
    const table = Buffer.alloc(16 * n);
    let off = head + 16 * n;
    const put = (i: number, base: number, s: string) => {
      const b = Buffer.from(s, 'utf8');
      table.writeUInt32LE(b.length, base + 8 * i);
      table.writeUInt32LE(off, base + 8 * i + 4);
      strings.push(b, Buffer.from([0]));
      off += b.length + 1;
    };
    sorted.forEach(([k], i) => put(i, 0, k));
    sorted.forEach(([, v], i) => put(i, 8 * n, v));
    const h = Buffer.alloc(head);
    h.writeUInt32LE(0x950412de, 0);
    h.writeUInt32LE(0, 4);
    h.writeUInt32LE(n, 8);
    h.writeUInt32LE(head, 12);
    h.writeUInt32LE(head + 8 * n, 16);
    return Buffer.concat([h, table, ...strings]);
  }

  it('parses a .mo catalogue and prefers the common name, keeping accents', () => {
    const cat = mo([['', 'Project-Id-Version: x\n'], ['Bolivia', 'Bolivia'], ['Plurinational State of Bolivia', 'Estado plurinacional de Bolivia'], ['Peru', 'Perú']]);
    expect(parseMo(cat).get('Peru')).toBe('Perú');
    const json = JSON.stringify({ '3166-1': [
      { alpha_3: 'PER', name: 'Peru' },
      { alpha_3: 'BOL', name: 'Bolivia, Plurinational State of', common_name: 'Bolivia', official_name: 'Plurinational State of Bolivia' },
    ] });
    const csv = isoNamesSnapshot(json, cat, ['PER', 'BOL']);
    expect(parseCsv(csv)).toEqual([
      ['iso3', 'name_en', 'name_es', 'official_name_en', 'official_name_es'],
      ['BOL', 'Bolivia', 'Bolivia', 'Plurinational State of Bolivia', 'Estado plurinacional de Bolivia'],
      ['PER', 'Peru', 'Perú', '', ''],
    ]);
    expect(() => parseMo(Buffer.from('not a catalogue at all'))).toThrow(/magic/);
  });
});

describe('re-running the import', () => {
  it('writes the same bytes twice: the second run changes nothing, and --check exits 0', () => {
    const t = tempRepo();
    const first = importData({ dataDir: t.data, corpusDir: t.corpus });
    expect(first.states).toBe(35);
    expect(first.commitments.files).toBe(350);
    expect(first.written).toHaveLength(385);
    const before = allFiles(t.corpus);
    const second = importData({ dataDir: t.data, corpusDir: t.corpus });
    expect(second.written).toEqual([]);
    expect(second.deleted).toEqual([]);
    expect(second.unchanged).toBe(385);
    expect(allFiles(t.corpus)).toEqual(before);
    const c = capture(t.root);
    expect(dataCli(['--check', '--data', t.data, '--corpus', t.corpus], c.io)).toBe(0);
    expect(c.out()).toContain('0 files would change, 385 unchanged');
  });

  it('--check exits 1, lists the changed file and writes nothing; a run restores it', async () => {
    const t = tempRepo();
    importData({ dataDir: t.data, corpusDir: t.corpus });
    const path = join(t.corpus, 'commitments', 'MEX', 'untoc.md');
    const good = readFileSync(path, 'utf8');
    const edited = good.replace('status: done', 'status: partial');
    writeFileSync(path, edited);
    const c = capture(t.root);
    expect(dataCli(['--check', '--data', 'sources/data', '--corpus', 'corpus'], c.io)).toBe(1);
    expect(c.out()).toContain('1 files would change, 384 unchanged');
    expect(c.out()).toContain('  corpus/commitments/MEX/untoc.md\n');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    // The same through `plan import data --check`.
    const p = capture(t.root);
    expect(await importCommand('data', { check: true }, { corpus: t.corpus }, p.io)).toBe(1);
    expect(p.out()).toContain('  corpus/commitments/MEX/untoc.md\n');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const w = capture(t.root);
    expect(await importCommand('data', {}, { corpus: t.corpus }, w.io)).toBe(0);
    expect(w.out()).toContain('1 files written, 0 deleted, 384 unchanged');
    expect(readFileSync(path, 'utf8')).toBe(good);
  });

  it('keeps a hand-added newer record, and a hand-added name and membership change, on re-run', () => {
    const t = tempRepo();
    importData({ dataDir: t.data, corpusDir: t.corpus });
    const path = join(t.corpus, 'commitments', 'MEX', 'untoc.md');
    const hand = [
      '  - status: done',
      '    as-of: 2024-05-01',
      '    evidence:',
      '      - source: "Mexico’s national report to the MEM, 2024 — “ratified”"',
      '    note: added by hand',
    ].join('\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n$/, `\n${hand}\n---\nA body written by hand.\n`));
    const sp = join(t.corpus, 'states', 'NIC.md');
    writeFileSync(sp, readFileSync(sp, 'utf8')
      .replace('name: {en: Nicaragua, es: Nicaragua}', 'name: {en: Nicaragua, es: Nicaragua, fr: Nicaragua}')
      .replace('sources:\n', '    - {event: observer, date: 2025-01-02, source: a hand-kept note}\nsources:\n  - a hand-kept source\n'));
    const r1 = importData({ dataDir: t.data, corpusDir: t.corpus });
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('Mexico’s national report to the MEM, 2024 — “ratified”');
    expect(after).toContain('A body written by hand.');
    // Dates are written quoted (YAML 1.1 tools read a plain 2014-01-27 as a date), the hand-added one too.
    expect(after.indexOf('as-of: "2014-01-27"')).toBeGreaterThan(0);
    expect(after.indexOf('as-of: "2014-01-27"')).toBeLessThan(after.indexOf('as-of: "2024-05-01"'));
    expect(after.match(/untc_participation_oas_members\.csv/g)).toHaveLength(1);
    const st = readFileSync(sp, 'utf8');
    expect(st).toContain('fr: Nicaragua');
    expect(st).toContain('event: observer');
    expect(st).toContain('a hand-kept source');
    expect(st).toContain('event: withdrawal-effective');
    // Stable from here on.
    expect(r1.written.sort()).toEqual([path, sp].sort());
    const r2 = importData({ dataDir: t.data, corpusDir: t.corpus });
    expect(r2.written).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(after);
  });

  it('drops imported records the data no longer give: a file left empty is deleted, a hand-added record keeps its file', () => {
    const t = tempRepo();
    importData({ dataDir: t.data, corpusDir: t.corpus });
    const mex = join(t.corpus, 'commitments', 'MEX', 'untoc.md');
    const arg = join(t.corpus, 'commitments', 'ARG', 'untoc.md');
    writeFileSync(arg, readFileSync(arg, 'utf8').replace(/\n---\n$/, '\n  - {status: in-progress, as-of: 2030-01-01, evidence: [{source: a hand note}]}\n---\n'));
    const csvPath = join(t.data, 'untc_participation_oas_members.csv');
    const lines = readFileSync(csvPath, 'utf8').split('\r\n');
    writeFileSync(csvPath, lines.filter((l) => !/^XVIII-12,UNTOC,.*,(MEX|ARG),/.test(l)).join('\r\n'));
    const c = capture(t.root);
    expect(dataCli(['--check', '--data', t.data, '--corpus', t.corpus], c.io)).toBe(1);
    expect(c.out()).toContain('corpus/commitments/MEX/untoc.md (would be deleted)');
    expect(existsSync(mex)).toBe(true);
    const r = importData({ dataDir: t.data, corpusDir: t.corpus });
    expect(r.deleted).toEqual([mex]);
    expect(r.written).toEqual([arg]);
    expect(existsSync(mex)).toBe(false);
    const left = readFileSync(arg, 'utf8');
    expect(left).toContain('source: a hand note');
    expect(left).not.toContain('untc_participation');
  });

  it('refuses to overwrite a corpus file it cannot parse, and reports bad data with exit 2', async () => {
    const t = tempRepo();
    importData({ dataDir: t.data, corpusDir: t.corpus });
    const path = join(t.corpus, 'commitments', 'MEX', 'uncac.md');
    writeFileSync(path, '---\nid: [unclosed\n---\n');
    const c = capture(t.root);
    expect(dataCli(['--data', t.data, '--corpus', t.corpus], c.io)).toBe(2);
    expect(c.err()).toContain('commitments/MEX/uncac.md');
    expect(readFileSync(path, 'utf8')).toBe('---\nid: [unclosed\n---\n');
    await expect(importCommand('data', {}, { corpus: t.corpus }, capture(t.root).io)).rejects.toThrow(UsageError);
  });

  it('stops when a curated status note changes under it', () => {
    const t = tempRepo();
    const p = join(t.data, 'oas_member_states.csv');
    writeFileSync(p, readFileSync(p, 'utf8').replace('Cuba does not participate.', 'Cuba participates.'));
    expect(() => importData({ dataDir: t.data, corpusDir: t.corpus })).toThrow(/CUB: the status_note no longer says "Cuba does not participate"/);
  });

  it('usage: help, an unknown flag, a missing sources folder, an unknown import', async () => {
    const c = capture(REPO);
    expect(dataCli(['--help'], c.io)).toBe(0);
    expect(dataCli(['--frobnicate'], c.io)).toBe(2);
    expect(c.err()).toContain('unknown argument: --frobnicate');
    const lone = mkdtempSync(join(tmpdir(), 'plan-data-lone-'));
    temps.push(lone);
    mkdirSync(join(lone, 'corpus'));
    await expect(importCommand('data', {}, { corpus: join(lone, 'corpus') }, capture(lone).io)).rejects.toThrow(/No sources\/data\//);
    await expect(importCommand('nope' as 'data', {}, { corpus: join(lone, 'corpus') }, capture(lone).io)).rejects.toThrow(/Unknown import/);
  });

  it('`import seeds` runs the seed importer: a fresh corpus, then --check clean', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-seeds-'));
    temps.push(root);
    cpSync(SEEDS, join(root, 'sources', 'seeds'), { recursive: true });
    mkdirSync(join(root, 'corpus'));
    const w = capture(root);
    expect(await importCommand('seeds', {}, { corpus: join(root, 'corpus') }, w.io)).toBe(0);
    expect(w.out()).toMatch(/^mex-draft-2005: \d+ paragraphs$/m);
    const c = capture(root);
    expect(await importCommand('seeds', { check: true }, { corpus: join(root, 'corpus') }, c.io)).toBe(0);
    expect(c.out()).toMatch(/^0 files would change, \d+ unchanged$/m);
  });
});
