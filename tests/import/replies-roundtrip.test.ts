/**
 * The questionnaire loop on a copy of the real corpus: write the MEX
 * questionnaire, fill it as a state would (in code), save the XLSX once
 * through LibreOffice, import the replies, and read them back in
 * `plan gaps --state MEX --format json`. A reply with bad rows is refused with
 * positioned messages and leaves the corpus byte for byte as it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { csv, parseCsv } from '../../src/formatters/csv.js';
import { plan, REPO } from '../cli/run.js';

const TODAY = '2026-11-30';
const SOURCE = 'Permanent Mission of Mexico to the OAS, note OEA-02345 of 2026-10-01';
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** A copy of the corpus (and sources/, for plan import data --check) in a fresh folder. */
function copy(): string {
  const d = mkdtempSync(join(tmpdir(), 'plan-replies-'));
  dirs.push(d);
  cpSync(join(REPO, 'corpus'), join(d, 'corpus'), { recursive: true });
  cpSync(join(REPO, 'sources', 'data'), join(d, 'sources', 'data'), { recursive: true });
  return d;
}

function run(d: string, ...args: string[]) {
  return plan(['--corpus', join(d, 'corpus'), '--today', TODAY, ...args], { cwd: d });
}

/** sha256 over every file of the corpus, by path. */
function hashTree(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(`${p.slice(root.length)}\0`).update(readFileSync(p));
    }
  };
  walk(root);
  return h.digest('hex');
}

interface Item { key: string; status: string; asOf?: string; records: Array<{ status: string; 'as-of': string; evidence: Array<{ source: string; url?: string }> }>; evidence: Array<{ source: string; url?: string }> }
function gaps(d: string): { items: Item[]; byStatus: Record<string, number> } {
  const r = run(d, 'gaps', '--state', 'MEX', '--format', 'json');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as { items: Item[]; summary: { byStatus: Record<string, number> } };
  return { items: j.items, byStatus: j.summary.byStatus };
}
const item = (g: { items: Item[] }, key: string) => g.items.find((i) => i.key === key)!;

/** What Mexico answers, by key. */
const ANSWERS = {
  'strategy-2021/5.a': { status: 'done', date: '2025-03-15', evidence: 'Acuerdo por el que se designa la Autoridad Nacional (DOF 15-03-2025)', url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=1' },
  'strategy-2021/3.a': { status: 'partial', date: '2025-01-31', evidence: 'Ley Nacional de Extinción de Dominio, art. 5', url: '' },
  'strategy-2021/1.a': { status: 'not-done', date: '', evidence: '', url: '', comments: 'En preparación; véase la “Estrategia Nacional”' },
  'strategy-2021/2.viii#cifta': { status: 'done', date: '2026-09-30', evidence: 'Decreto promulgatorio de la CIFTA', url: 'https://www.oas.org/juridico/english/sigs/a-63.html' },
  'strategy-2021/2.a.iii#ia-mla-op': { status: 'in-progress', date: '2026-10-01', evidence: '', url: '' },
} as const;

function checkImported(d: string, before: ReturnType<typeof gaps>): void {
  const after = gaps(d);
  expect(after.items.length).toBe(83);
  expect(item(after, 'strategy-2021/5.a')).toMatchObject({ status: 'done', asOf: '2025-03-15' });
  expect(item(after, 'strategy-2021/5.a').evidence).toEqual([
    { source: SOURCE, via: 'reply to the OAS questionnaire, 2026-10-01 (plan import replies)' },
    { source: ANSWERS['strategy-2021/5.a'].evidence, url: ANSWERS['strategy-2021/5.a'].url },
  ]);
  expect(item(after, 'strategy-2021/3.a')).toMatchObject({ status: 'partial', asOf: '2025-01-31' });
  // No date in the row: the reply's date.
  expect(item(after, 'strategy-2021/1.a')).toMatchObject({ status: 'not-done', asOf: '2026-10-01' });
  // An instrument: both paragraphs that ask for it now read done.
  expect(item(after, 'strategy-2021/2.viii#cifta')).toMatchObject({ status: 'done', asOf: '2026-09-30' });
  expect(item(after, 'gtdot-workplan-2008/4.1#cifta')).toMatchObject({ status: 'done', asOf: '2026-09-30' });
  // Beside the OAS table's record, never over it: the newer decides, the older is history.
  const mla = item(after, 'strategy-2021/2.a.iii#ia-mla-op');
  expect(mla).toMatchObject({ status: 'in-progress', asOf: '2026-10-01' });
  expect(mla.records.map((r) => [r.status, r['as-of']])).toEqual([['in-progress', '2026-10-01'], ['not-done', '2021-02-26']]);
  // Five items had no record; the others are as they were.
  expect(after.byStatus['no-record']).toBe(before.byStatus['no-record']! - 5);
  for (const i of before.items) {
    if (!(i.key in ANSWERS) && i.key !== 'gtdot-workplan-2008/4.1#cifta') expect(item(after, i.key).status, i.key).toBe(i.status);
  }
  // The corpus still lints clean, and the data importer keeps the replies (nothing to change).
  expect(run(d, 'lint').code).toBe(0);
  const data = run(d, 'import', 'data', '--check');
  expect(data.stdout).toContain('0 files would change');
  expect(data.code).toBe(0);
}

function importReplies(d: string, file: string, ...extra: string[]) {
  return run(d, 'import', 'replies', file, '--state', 'MEX', '--date', '2026-10-01', '--source', SOURCE, ...extra);
}

describe('questionnaire → replies → gaps', () => {
  it('XLSX, filled in code and saved once by LibreOffice', async () => {
    const d = copy();
    const before = gaps(d);
    expect(run(d, 'questionnaire', '--state', 'MEX', '--out', 'q.xlsx').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, 'q.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Questionnaire']);
    const ws = wb.getWorksheet('Questionnaire')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const col = (h: string) => head.indexOf(h);
    expect(ws.getCell(2, col('Reply: status')).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell(2, col('Reply: date (YYYY-MM-DD)')).dataValidation).toMatchObject({ type: 'date' });
    expect(ws.rowCount).toBe(84);
    ws.eachRow((row, n) => {
      const a = ANSWERS[String(row.getCell(1).value) as keyof typeof ANSWERS];
      if (n === 1 || !a) return;
      row.getCell(col('Reply: status')).value = a.status;
      // As a person fills cells: a date cell, a typed string, rich text, a hyperlink.
      if (a.date) row.getCell(col('Reply: date (YYYY-MM-DD)')).value = a.date === '2025-01-31' ? a.date : new Date(`${a.date}T00:00:00Z`);
      if (a.evidence) row.getCell(col('Reply: evidence (law, decree, website)')).value = { richText: [{ text: a.evidence.slice(0, 10), font: { bold: true } }, { text: a.evidence.slice(10) }] };
      if (a.url) row.getCell(col('Reply: source URL')).value = { text: 'enlace', hyperlink: a.url };
      if ('comments' in a) row.getCell(col('Reply: comments')).value = a.comments;
    });
    await wb.xlsx.writeFile(join(d, 'filled.xlsx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(d, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(d, 'saved'), join(d, 'filled.xlsx')], { stdio: 'pipe', timeout: 180_000 });

    const dry = importReplies(d, 'saved/filled.xlsx', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('5 answered rows: 5 records would be written to 5 files');
    expect(gaps(d).byStatus).toEqual(before.byStatus);

    const first = importReplies(d, 'saved/filled.xlsx');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    checkImported(d, before);
    // The same reply again changes nothing.
    const h = hashTree(join(d, 'corpus'));
    const again = importReplies(d, 'saved/filled.xlsx');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 records written to 0 files, 5 already recorded');
    expect(hashTree(join(d, 'corpus'))).toBe(h);
  }, 240_000);

  it('CSV, saved back as a spreadsheet does (byte-order mark, CRLF, Capitalised status)', () => {
    const d = copy();
    const before = gaps(d);
    expect(run(d, 'questionnaire', '--state', 'MEX', '--format', 'csv', '--out', 'q.csv').code).toBe(0);
    const [head, ...rows] = parseCsv(readFileSync(join(d, 'q.csv'), 'utf8'));
    const col = (h: string) => head!.indexOf(h);
    for (const r of rows) {
      const a = ANSWERS[r[0] as keyof typeof ANSWERS];
      if (!a) continue;
      r[col('Reply: status')] = a.status === 'in-progress' ? 'In progress' : a.status[0]!.toUpperCase() + a.status.slice(1);
      r[col('Reply: date (YYYY-MM-DD)')] = a.date;
      r[col('Reply: evidence (law, decree, website)')] = a.evidence;
      r[col('Reply: source URL')] = a.url;
      if ('comments' in a) r[col('Reply: comments')] = a.comments;
    }
    writeFileSync(join(d, 'filled.csv'), `\ufeff${csv(head!, rows)}`);
    const r = importReplies(d, 'filled.csv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    checkImported(d, before);
  }, 120_000);

  it('a reply with 3 bad rows among 40 is refused: 3 positioned messages, nothing written', () => {
    const d = copy();
    expect(run(d, 'questionnaire', '--state', 'MEX', '--format', 'csv', '--out', 'q.csv').code).toBe(0);
    const [head, ...rows] = parseCsv(readFileSync(join(d, 'q.csv'), 'utf8'));
    const col = (h: string) => head!.indexOf(h);
    rows.slice(0, 40).forEach((r, i) => {
      r[col('Reply: status')] = 'not-done';
      r[col('Reply: date (YYYY-MM-DD)')] = '2026-01-15';
      if (i === 4) r[col('Key')] = 'strategy-2021/9.z';
      if (i === 17) r[col('Reply: status')] = 'finished';
      if (i === 30) r[col('Reply: status')] = 'done';
    });
    writeFileSync(join(d, 'bad.csv'), csv(head!, rows));
    const h = hashTree(join(d, 'corpus'));
    const r = importReplies(d, 'bad.csv');
    expect(r.code).toBe(1);
    const positioned = r.stderr.split('\n').filter((l) => /^bad\.csv:\d+:\d+: /.test(l));
    expect(positioned).toEqual([
      expect.stringMatching(/^bad\.csv:6:1: unknown key `strategy-2021\/9\.z`/),
      expect.stringMatching(/^bad\.csv:19:11: unknown status `finished`/),
      expect.stringMatching(/^bad\.csv:32:13: a done reply needs evidence/),
    ]);
    expect(r.stderr).toContain('3 problems in bad.csv; nothing written.');
    expect(hashTree(join(d, 'corpus'))).toBe(h);
    // --dry-run refuses the same way.
    expect(importReplies(d, 'bad.csv', '--dry-run').code).toBe(1);
  }, 120_000);

  it('positions in an XLSX are spreadsheet letters; a date after --today is refused', async () => {
    const d = copy();
    expect(run(d, 'questionnaire', '--state', 'MEX', '--out', 'q.xlsx').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, 'q.xlsx'));
    const ws = wb.getWorksheet('Questionnaire')!;
    ws.getCell('K3').value = 'done';
    ws.getCell('M3').value = 'Ley';
    ws.getCell('L3').value = new Date('2027-01-01T00:00:00Z');
    ws.getCell('K5').value = 'maybe';
    await wb.xlsx.writeFile(join(d, 'bad.xlsx'));
    const h = hashTree(join(d, 'corpus'));
    const r = importReplies(d, 'bad.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.xlsx:3:L: 2027-01-01 is after today \(2026-11-30\)$/m);
    expect(r.stderr).toMatch(/^bad\.xlsx:5:K: unknown status `maybe`/m);
    expect(hashTree(join(d, 'corpus'))).toBe(h);
  }, 120_000);

  it('usage errors are exit 2, one line: no --source, --date in the future, an unreadable file, --out exists without --force, xlsx without --out', () => {
    const d = copy();
    writeFileSync(join(d, 'x.csv'), 'Key\n');
    expect(run(d, 'import', 'replies', 'x.csv', '--state', 'MEX', '--date', '2026-10-01').code).toBe(2);
    const noStatus = importReplies(d, 'x.csv');
    expect(noStatus.code).toBe(1);
    expect(noStatus.stderr).toMatch(/^x\.csv:1:1: no `Reply: status` column heading/m);
    expect(run(d, 'import', 'replies', 'missing.csv', '--state', 'MEX', '--date', '2026-10-01', '--source', SOURCE).stderr).toMatch(/^plan: missing\.csv: cannot read the file \(ENOENT\)\n$/);
    expect(run(d, 'import', 'replies', 'x.csv', '--state', 'MEX', '--date', '2027-01-01', '--source', SOURCE).code).toBe(2);
    expect(run(d, 'questionnaire', '--state', 'MEX', '--format', 'xlsx').code).toBe(2);
    expect(run(d, 'questionnaire', '--state', 'MEX', '--format', 'csv', '--out', 'x.csv').code).toBe(2);
    expect(readFileSync(join(d, 'x.csv'), 'utf8')).toBe('Key\n');
    expect(run(d, 'questionnaire', '--state', 'MEX', '--format', 'csv', '--out', 'x.csv', '--force').code).toBe(0);
  }, 120_000);
});
