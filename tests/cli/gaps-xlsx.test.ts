/**
 * `plan gaps --format xlsx --out` on the real corpus: the workbooks open in
 * LibreOffice headless (Debian's package; scripts/test-deps.sh installs it)
 * and convert to CSV, and the converted sheets give the same counts as
 * `--format json`, in every mode. Also: --out is required, never overwritten
 * without --overwrite, and written atomically (nothing left behind).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { REPO } from './run.js';

const CORPUS = join(REPO, 'corpus');
const TODAY = '2026-01-01';
const STATUSES = ['done', 'partial', 'in-progress', 'not-done', 'not-applicable', 'no-record'] as const;
type Counts = Record<string, number>;

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--corpus', CORPUS, '--today', TODAY, 'gaps', ...args], cwd, env: {},
    stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** Counts by status of one column of a converted sheet. */
function countColumn(csvText: string, column: string): Counts {
  const [header, ...rows] = parseCsv(csvText);
  const at = header!.indexOf(column);
  expect(at, `no ${column} column in ${header!.join(',')}`).toBeGreaterThanOrEqual(0);
  const c: Counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const r of rows) c[r[at]!] = (c[r[at]!] ?? 0) + 1;
  return c;
}

const MODES = [
  { name: 'mex', args: ['--state', 'México'], sheet: 'Items', json: (j: any): Counts => j.summary.byStatus },
  {
    name: 'all', args: ['--all'], sheet: 'Items',
    json: (j: any): Counts => {
      const c: Counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
      for (const s of j.states) for (const k of STATUSES) c[k]! += s.summary.byStatus[k];
      return c;
    },
  },
  { name: 'untoc', args: ['--instrument', 'Palermo Convention'], sheet: 'States', json: (j: any): Counts => j.summary.byStatus },
  { name: 'mex-by-instrument', args: ['--state', 'MEX', '--by', 'instrument'], sheet: 'Instruments', json: (j: any): Counts => j.summary.byStatus },
  { name: 'all-by-instrument', args: ['--all', '--by', 'instrument'], sheet: 'Instruments', json: (j: any): Counts => j.summary.byStatus },
] as const;

let dir: string;
const json = new Map<string, any>();

beforeAll(async () => {
  if (!existsSync('/usr/bin/soffice')) throw new Error('/usr/bin/soffice is missing: the XLSX test needs LibreOffice (scripts/test-deps.sh installs it).');
  dir = mkdtempSync(join(tmpdir(), 'plan-gaps-xlsx-'));
  for (const m of MODES) {
    const x = await run([...m.args, '--format', 'xlsx', '--out', `${m.name}.xlsx`], dir);
    expect(x.code, x.stderr).toBe(0);
    expect(x.stdout).toBe('');
    const j = await run([...m.args, '--format', 'json'], dir);
    expect(j.code, j.stderr).toBe(0);
    json.set(m.name, JSON.parse(j.stdout));
  }
  // Every sheet of every workbook to its own CSV (`<name>-<Sheet>.csv`), in one LibreOffice run.
  execFileSync('soffice', [
    '--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir', join(dir, 'csv'), ...MODES.map((m) => join(dir, `${m.name}.xlsx`)),
  ], { stdio: 'pipe', timeout: 180_000 });
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('plan gaps --format xlsx, read back by LibreOffice', () => {
  it.each(MODES)('$name: the view sheet has the same counts by status as --format json', (m) => {
    const text = readFileSync(join(dir, 'csv', `${m.name}-${m.sheet}.csv`), 'utf8');
    expect(countColumn(text, 'Status')).toEqual(m.json(json.get(m.name)));
  });

  it('writes the sheets of each view: the view first, then events, sources and what the report means', () => {
    const sheets = (name: string) => readdirSync(join(dir, 'csv')).filter((f) => f.startsWith(`${name}-`) && !f.startsWith(`${name}-by-`)).map((f) => f.slice(name.length + 1, -4)).sort();
    expect(sheets('mex')).toEqual(['About', 'Events', 'Items', 'Sources']);
    expect(sheets('all')).toEqual(['About', 'Events', 'Items', 'Sources', 'Totals']);
    expect(sheets('untoc')).toEqual(['About', 'Events', 'Sources', 'States']);
  });

  it('keeps accents and typographic quotes, gives dates as dates, and explains coverage and "no record"', () => {
    const about = readFileSync(join(dir, 'csv', 'mex-About.csv'), 'utf8');
    const mex = json.get('mex');
    const s = mex.summary;
    expect(about).toContain(`${s.total} items; ${s.withRecord} with a record (${Math.round(s.coverage * 100)}%)`);
    expect(about).toContain('"No record"'.replace(/"/g, '""'));
    expect(about).toContain('It does not mean ""not done""');
    const events = parseCsv(readFileSync(join(dir, 'csv', 'mex-Events.csv'), 'utf8'));
    const ratified = events.find((r) => r[1] === 'gtdot-workplan-2008/4.1#untoc' && r[2] === 'ratified')!;
    expect(ratified[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const untoc = mex.items.find((i: { key: string }) => i.key === 'gtdot-workplan-2008/4.1#untoc');
    expect(ratified[3]).toBe(untoc.records[0].events.find((e: { action: string }) => e.action === 'ratified').date);
    const totals = parseCsv(readFileSync(join(dir, 'csv', 'all-Totals.csv'), 'utf8'));
    expect(totals.slice(1).map((r) => r[0])).toEqual(json.get('all').states.map((x: { id: string }) => x.id));
  });

  it('lists every source once with its address', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, 'csv', 'mex-Sources.csv'), 'utf8'));
    expect(header).toEqual(['No.', 'Source', 'Via', 'Address', 'Rows citing it']);
    const urls = new Set<string>();
    for (const i of json.get('mex').items) for (const e of i.evidence) if (e.url) urls.add(e.url);
    expect(new Set(rows.map((r) => r[3]).filter(Boolean))).toEqual(urls);
  });
});

describe('plan gaps --out', () => {
  it('needs --out for xlsx (never binary to a terminal), exit 2', async () => {
    const r = await run(['--state', 'MEX', '--format', 'xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('plan: --format xlsx writes a workbook, never to a terminal: give it a file with --out <file.xlsx>.');
  });

  it('never overwrites without --overwrite, and leaves the file as it was', async () => {
    const path = join(dir, 'kept.xlsx');
    writeFileSync(path, 'mine');
    const r = await run(['--state', 'MEX', '--out', 'kept.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kept.xlsx already exists');
    expect(r.stderr).toContain('--overwrite');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    const o = await run(['--state', 'MEX', '--out', 'kept.xlsx', '--overwrite'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes any format to --out, the xlsx one inferred from the file name', async () => {
    const md = await run(['--state', 'MEX', '--format', 'markdown', '--out', 'mex.md'], dir);
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'mex.md'), 'utf8')).toMatch(/^# Gaps: Mexico \(MEX\)/);
    const x = await run(['--state', 'MEX', '--out', 'inferred.xlsx'], dir);
    expect(x.code).toBe(0);
    expect(statSync(join(dir, 'inferred.xlsx')).size).toBeGreaterThan(1000);
  });
});
