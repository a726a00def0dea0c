import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { lint, prepareLint } from '../../src/lint/engine.js';
import { loadBaseline } from '../../src/lint/suppress.js';
import { load, removeCorpus } from '../helpers/fixture.js';
import { SEARCH_FIXTURE } from '../search/fixture.js';
import { plan } from './run.js';

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv, cwd: root, env,
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

let root: string;
let lintErrors: number;

beforeAll(async () => {
  const l = load(SEARCH_FIXTURE);
  root = l.root;
  await prepareLint(l.corpus);
  lintErrors = lint(l.corpus, { today: '2026-01-01', baseline: loadBaseline(root) }).errorCount;
});
afterAll(() => removeCorpus(root));

const G = () => ['--corpus', root, '--today', '2026-01-01'];

describe('plan show (fixture)', () => {
  it('shows a paragraph (exit 0) and says on stderr how many lint errors the corpus has', async () => {
    const r = await run([...G(), 'show', 'draft/1']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('paragraph draft/1');
    expect(r.stdout).toMatch(/\n {2}cites +instrument untoc {2}art\. 16;/);
    expect(lintErrors).toBeGreaterThan(0);
    expect(r.stderr).toBe(`plan: note: the corpus has ${lintErrors} lint error${lintErrors === 1 ? '' : 's'}; run plan lint\n`);
  });

  it('takes a state and a commitment in any case', async () => {
    expect((await run([...G(), 'show', 'mex'])).stdout.split('\n')[0]).toBe('state MEX');
    expect((await run([...G(), 'show', 'mex/untoc'])).stdout.split('\n')[0]).toBe('commitment MEX/untoc');
  });

  it('json and markdown formats', async () => {
    const j = await run([...G(), 'show', 'untoc', '--format', 'json']);
    expect(j.code).toBe(0);
    const v = JSON.parse(j.stdout);
    expect(v.kind).toBe('instrument');
    expect(v.linksIn.filter((l: { rel: string }) => l.rel === 'cited-by').map((l: { id: string }) => l.id)).toEqual(['adopted/1', 'adopted/2', 'draft/1']);
    const m = await run([...G(), 'show', 'untoc', '-f', 'markdown']);
    expect(m.stdout.startsWith('## instrument `untoc`\n')).toBe(true);
  });

  it('an unknown id: exit 2, one line naming it with near ids, a hint, nothing on stdout', async () => {
    const r = await run([...G(), 'show', 'draft/11']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, hint, rest] = r.stderr.split('\n');
    expect(first).toMatch(/^plan: Unknown id `draft\/11`: .*did you mean `draft\/1`/);
    expect(hint).toMatch(/^hint: Ids look like/);
    expect(rest).toBe('');
  });

  it('a bad format is a usage error (exit 2)', async () => {
    expect((await run([...G(), 'show', 'draft/1', '--format', 'yaml'])).code).toBe(2);
  });
});

describe('plan search (fixture)', () => {
  it('table: ids, types, hits marked, a summary; exit 0', async () => {
    const r = await run([...G(), 'search', 'palerm*']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('draft/3  operative\n');
    expect(r.stdout).toContain('adopted/3  action\n');
    expect(r.stdout).toContain('«Palermo»');
    expect(r.stdout).toMatch(/2 paragraphs match palerm\*\.\n$/);
    expect(r.stderr).toMatch(/^plan: note: the corpus has \d+ lint errors?; run plan lint\n$/);
  });

  it('colours hits only when colour is on (FORCE_COLOR, --color); «» otherwise', async () => {
    const c = await run([...G(), 'search', 'merida'], { FORCE_COLOR: '1' });
    expect(c.stdout).toContain('\x1b[1m\x1b[33mMérida\x1b[39m\x1b[22m');
    expect(c.stdout).not.toContain('«');
    const n = await run([...G(), '--no-color', 'search', 'merida'], { FORCE_COLOR: '1' });
    expect(n.stdout).toContain('«Mérida»');
    expect(n.stdout).not.toContain('\x1b[');
  });

  it('no match: exit 0 with "No paragraph matches", JSON results []', async () => {
    const r = await run([...G(), 'search', 'zebra', '--document', 'draft']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No paragraph matches zebra in draft.\n');
    const j = await run([...G(), 'search', 'zebra', '--format', 'json']);
    expect(JSON.parse(j.stdout)).toEqual({ query: 'zebra', total: 0, results: [] });
  });

  it('a quoted phrase in one argument, accents either way, filters repeatable or comma-separated', async () => {
    const ids = async (args: string[]) => JSON.parse((await run([...G(), 'search', ...args, '-f', 'json'])).stdout).results.map((x: { id: string }) => x.id).sort();
    expect(await ids(['"mutual legal assistance"'])).toEqual(['adopted/4', 'draft/3']);
    expect(await ids(['mutual legal assistance', '--document', 'draft'])).toEqual(['draft/3']);
    expect(await ids(['extradición'])).toEqual(['adopted/4', 'draft/2']);
    expect(await ids(['extradicion', '--document', 'draft', '--document', 'adopted'])).toEqual(['adopted/4', 'draft/2']);
    expect(await ids(['palerm*', '--type', 'action,operative', '--addressee', 'general-assembly'])).toEqual(['adopted/3', 'draft/3']);
  });

  it('--limit: says how many more exist (table) and on stderr for csv; total in JSON', async () => {
    const t = await run([...G(), 'search', 'member', '--limit', '2']);
    expect(t.stdout).toMatch(/5 paragraphs match member; showing the first 2, 3 more \(--limit 5 to see all\)\.\n$/);
    const c = await run([...G(), 'search', 'member', '-n', '2', '-f', 'csv']);
    expect(parseCsv(c.stdout)).toHaveLength(3);
    expect(c.stderr).toContain('plan: 5 paragraphs match member; showing the first 2, 3 more');
    const j = JSON.parse((await run([...G(), 'search', 'member', '-n', '2', '-f', 'json'])).stdout);
    expect([j.total, j.results.length]).toEqual([5, 2]);
  });

  it.each([
    [['"mutual legal'], /Unclosed quote/],
    [['x', '--limit', '0'], /Invalid --limit `0`/],
    [['x', '--limit', 'ten'], /Invalid --limit `ten`/],
    [['x', '--document', 'adoptd'], /Unknown document `adoptd` in --document; did you mean `adopted`\?/],
    [['x', '--type', 'actions'], /Unknown paragraph type `actions` in --type; did you mean `action`/],
    [['x', '--addressee', 'general-asembly'], /Unknown addressee `general-asembly` in --addressee; did you mean `general-assembly`\?/],
  ])('%j is a usage error: exit 2, one line and a hint', async (args, msg) => {
    const r = await run([...G(), 'search', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).toMatch(/\nhint: /);
    expect(r.stderr).not.toMatch(/\n {4}at /);
  });
});

describe('the real binary on the real corpus', () => {
  it('plan show mex-draft-2005/24: its cite of untoc article 16 and its reference to paragraph 9', () => {
    const r = plan(['show', 'mex-draft-2005/24']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\n {2}cites +instrument untoc {2}art\. 16;/);
    expect(r.stdout).toMatch(/\n {2}refers-to +mex-draft-2005\/9 /);
  });

  it('plan search "mutual legal assistance" --document strategy-2021 --format json', () => {
    const r = plan(['search', 'mutual legal assistance', '--document', 'strategy-2021', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.query).toBe('"mutual legal assistance"');
    expect(j.total).toBe(j.results.length);
    expect(j.total).toBeGreaterThan(0);
    for (const x of j.results) {
      expect(x.document).toBe('strategy-2021');
      expect(x.snippet.slice(x.highlights[0][0], x.highlights[0][1]).toLowerCase().replace(/\s+/g, ' ')).toBe('mutual legal assistance');
    }
  });

  it('plan show with an unknown id exits 2 through the binary', () => {
    const r = plan(['show', 'mex-draft-2005/999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: Unknown id `mex-draft-2005\/999`.*did you mean/);
  });
});
