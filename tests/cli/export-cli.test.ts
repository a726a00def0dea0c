import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { COLUMNS, EXPORT_KINDS, type ExportKind } from '../../src/reports/export.js';
import { obligationItems } from '../../src/reports/gaps/index.js';
import { RULE_IDS } from '../../src/rules/index.js';

const ROOT = new URL('../../corpus/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plan-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plan(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv: ['--corpus', ROOT, ...args], cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

/** The model's counts, from loadCorpus alone. */
const corpus = loadCorpus(ROOT, loadConfig(ROOT, RULE_IDS));
const COUNTS: Record<ExportKind, number> = {
  paragraphs: corpus.paragraphs.size,
  instruments: corpus.instruments.size,
  states: corpus.states.size,
  commitments: corpus.commitments.size,
  records: [...corpus.commitments.values()].reduce((n, c) => n + c.fm.records.length, 0),
  obligations: obligationItems(corpus, [...corpus.documents.keys()]).length,
};

/**
 * What an analyst runs with Python's standard library alone: rows and the columns of the first
 * row, as `<rows> <columns joined by ,>`. (With pandas: pd.read_json(f, lines=True), pd.read_csv(f).)
 */
const PY: Record<'jsonl' | 'json' | 'csv', string> = {
  jsonl: "import json,sys; rows=[json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]; print(len(rows), ','.join(rows[0]))",
  json: "import json,sys; rows=json.load(open(sys.argv[1], encoding='utf-8')); print(len(rows), ','.join(rows[0]))",
  csv: "import csv,sys; rows=list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))); print(len(rows), ','.join(rows[0]))",
};

describe('plan export', () => {
  it('prints JSON Lines of paragraphs by default, one line per paragraph of the model', async () => {
    const r = await plan(['export']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(COUNTS.paragraphs);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual([...COLUMNS.paragraphs]);
  });

  for (const kind of EXPORT_KINDS) {
    // Every kind as JSON Lines and CSV; the JSON array once (tests/reports/export.test.ts reads back every format of every kind).
    for (const format of kind === 'paragraphs' ? (['jsonl', 'json', 'csv'] as const) : (['jsonl', 'csv'] as const)) {
      it(`--kind ${kind} --format ${format} --out: Python's standard library reads the model's count of rows, with the documented columns`, async () => {
        const out = join(dir, `${kind}.${format}`);
        const r = await plan(['export', '--kind', kind, '--format', format, '--out', out]);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`plan: wrote ${COUNTS[kind]} ${kind} to ${out}\n`);
        const py = execFileSync('python3', ['-c', PY[format], out], { encoding: 'utf8' }).trim();
        expect(py).toBe(`${COUNTS[kind]} ${COLUMNS[kind].join(',')}`);
      });
    }
  }

  it('picks the format from the --out extension', async () => {
    const out = join(dir, 'states-by-ext.csv');
    expect((await plan(['export', '--kind', 'states', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(COLUMNS.states.join(','));
  });

  it('never replaces an existing file without --force (exit 2, file untouched); with --force it does', async () => {
    const out = join(dir, 'kept.jsonl');
    writeFileSync(out, 'mine\n');
    const r = await plan(['export', '--kind', 'states', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${out} already exists.\nhint: Pass --force to replace it, or choose another --out.\n`);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect((await plan(['export', '--kind', 'states', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(COUNTS.states);
  });

  it('--bom starts a CSV with a byte-order mark, and is refused for JSON', async () => {
    const r = await plan(['export', '--kind', 'instruments', '--format', 'csv', '--bom']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffid,title,')).toBe(true);
    const bad = await plan(['export', '--format', 'jsonl', '--bom']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plan: --bom is for CSV files/);
  });

  it('an unknown kind or format is a usage error (exit 2, one line, the choices)', async () => {
    const k = await plan(['export', '--kind', 'paragraph']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('paragraphs, instruments, states, commitments, records, obligations');
    expect(k.stdout).toBe('');
    const f = await plan(['export', '--format', 'xlsx']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('jsonl, json, csv');
  });
});
