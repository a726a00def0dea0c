import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, realpathSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { removeCorpus, writeCorpus, type Files } from '../helpers/fixture.js';
import { GAPS_FIXTURE, GAPS_TODAY, ITEM_KEYS, MEX_EXPECTED } from '../helpers/gaps-fixture.js';
import { plan, REPO } from './run.js';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (no build needed), as `plan --corpus <root> --today 2026-01-01 gaps ...`. */
async function gaps(root: string, args: string[], env: Record<string, string> = {}): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--corpus', root, '--today', GAPS_TODAY, 'gaps', ...args],
    cwd: root,
    env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const STATUSES = ['done', 'partial', 'in-progress', 'not-done', 'not-applicable', 'no-record'] as const;
type Counts = Record<(typeof STATUSES)[number], number>;

/** Counts by status as each format states them. */
const countsOf = {
  json(text: string): Counts {
    const j = JSON.parse(text);
    if (j.summary) return j.summary.byStatus;
    const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;
    for (const s of j.states) for (const k of STATUSES) c[k] += s.summary.byStatus[k];
    return c;
  },
  csv(text: string): Counts {
    const [header, ...rows] = parseCsv(text);
    const at = header!.indexOf('status');
    const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;
    for (const r of rows) c[r[at] as keyof Counts]++;
    return c;
  },
  /** The coverage line: `83 items; 18 with a record (22%): 16 done, 1 in progress, 1 not done; 65 no record.` (zeros left out). */
  table(text: string): Counts {
    const L = text.split('\n');
    const i = L.findIndex((l) => /^\d+ [a-z -]+; (\d+ with a record|none with a record)/.test(l));
    let line = L[i]!;
    for (let k = i + 1; !line.endsWith('.'); k++) line += ` ${L[k]}`;
    const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Counts;
    for (const m of line.matchAll(/(\d+) (done|partial|in progress|not done|not applicable|no record)\b/g)) c[m[2]!.replace(/ /g, '-') as keyof Counts] = Number(m[1]);
    return c;
  },
  markdown(text: string): Counts {
    const c = {} as Counts;
    const L = text.split('\n');
    const from = L.findIndex((l) => l === '## Summary' || l === '### All states together');
    for (const l of L.slice(from)) {
      const m = /^\| \S+ ([a-z-]+) \| (\d+) \|$/.exec(l);
      if (m && (STATUSES as readonly string[]).includes(m[1]!) && !(m[1]! in c)) c[m[1] as keyof Counts] = Number(m[2]);
      if (Object.keys(c).length === STATUSES.length) break;
    }
    return c;
  },
};

let root: string;
beforeAll(() => {
  root = writeCorpus(GAPS_FIXTURE);
});
afterAll(() => removeCorpus(root));

describe('plan gaps on the fixture', () => {
  it('reports one state in any case, with nothing on stderr for a clean corpus', async () => {
    const r = await gaps(root, ['--state', 'mex', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.state.id).toBe('MEX');
    expect(Object.fromEntries(j.items.map((i: { key: string; status: string }) => [i.key, i.status]))).toEqual(Object.fromEntries(Object.entries(MEX_EXPECTED).map(([k, x]) => [k, x.status])));
  });

  it('needs exactly one of --state, --all, --instrument', async () => {
    const none = await gaps(root, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('plan: Say which report: --state <ISO3>, --all or --instrument <id>.\nhint: e.g. plan gaps --state MEX, plan gaps --all, plan gaps --instrument untoc\n');
    const two = await gaps(root, ['--state', 'MEX', '--all']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Choose one of --state, --all and --instrument (got --state and --all)');
  });

  it('names an unknown state and suggests the nearest codes, exit 2, no stack', async () => {
    const r = await gaps(root, ['--state', 'MXE']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('plan: Unknown state `MXE`; did you mean `MEX` (Mexico)?');
    expect(r.stderr).not.toContain('    at ');
    const inst = await gaps(root, ['--instrument', 'untok']);
    expect(inst.code).toBe(2);
    expect(inst.stderr).toContain('Unknown instrument `untok`; did you mean `untoc`');
  });

  it('validates --force, --status, --fail-on, --stale-after and --document, listing what is valid', async () => {
    const force = await gaps(root, ['--state', 'MEX', '--force', 'shall,strong']);
    expect(force.code).toBe(2);
    expect(force.stderr).toContain('Invalid --force value `strong`');
    expect(force.stderr).toContain('hint: Valid values: shall, must, will, undertake, agree, should, urge, recommend, may, might, consider.');
    const status = await gaps(root, ['--state', 'MEX', '--status', 'finished']);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('hint: Valid values: done, partial, in-progress, not-done, not-applicable, no-record.');
    expect((await gaps(root, ['--state', 'MEX', '--fail-on', 'nodone'])).stderr).toMatch(/Invalid --fail-on value `nodone`; did you mean .*`not-done`/);
    expect((await gaps(root, ['--state', 'MEX', '--stale-after', 'ten'])).code).toBe(2);
    const doc = await gaps(root, ['--state', 'MEX', '--document', 'stratgy']);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toContain('Unknown document `stratgy`; did you mean `strategy`?');
    expect((await gaps(root, ['--state', 'MEX', '--format', 'yaml'])).code).toBe(2);
  });

  it('exits 1 when --fail-on matches an item after the filters, else 0', async () => {
    expect((await gaps(root, ['--state', 'MEX', '--fail-on', 'not-done'])).code).toBe(1);
    expect((await gaps(root, ['--state', 'MEX', '--fail-on', 'no-record', '--status', 'done'])).code).toBe(0);
    expect((await gaps(root, ['--state', 'MEX', '--fail-on', 'not-done', '--force', 'shall'])).code).toBe(0);
    expect((await gaps(root, ['--state', 'ARG', '--fail-on', 'done,partial'])).code).toBe(0);
    expect((await gaps(root, ['--all', '--fail-on', 'in-progress'])).code).toBe(1);
    expect((await gaps(root, ['--instrument', 'untoc', '--fail-on', 'not-done'])).code).toBe(1);
    expect((await gaps(root, ['--instrument', 'untoc-som', '--fail-on', 'done'])).code).toBe(0);
  });

  it('filters by force and status (repeatable or comma-separated)', async () => {
    const keys = async (args: string[]) => JSON.parse((await gaps(root, ['--state', 'MEX', '--format', 'json', ...args])).stdout).items.map((i: { key: string }) => i.key);
    expect(await keys(['--force', 'shall,should'])).toEqual(['strategy/1.c#cifta', 'strategy/2']);
    expect(await keys(['--force', 'shall', '--force', 'Should'])).toEqual(['strategy/1.c#cifta', 'strategy/2']);
    expect(await keys(['--status', 'partial,in-progress'])).toEqual(['strategy/1.b#untoc-tip', 'strategy/2']);
    expect((await gaps(root, ['--instrument', 'untoc', '--force', 'shall'])).code).toBe(2);
  });

  it('computes against drafts with --include-drafts or --document', async () => {
    const keys = async (args: string[]) => JSON.parse((await gaps(root, ['--state', 'MEX', '--format', 'json', ...args])).stdout).items.map((i: { key: string }) => i.key);
    expect(await keys(['--include-drafts'])).toEqual(['draft/1', ...ITEM_KEYS]);
    expect(await keys(['--document', 'draft'])).toEqual(['draft/1']);
    expect(await keys(['--document', 'draft', '--document', 'strategy'])).toEqual(['draft/1', ...ITEM_KEYS]);
  });

  it('uses --today for staleness and membership', async () => {
    const j = JSON.parse((await gaps(root, ['--state', 'NIC', '--format', 'json'])).stdout);
    expect(j.state.membership.status).toBe('withdrawn');
    let stdout = '';
    await main({ argv: ['--corpus', root, '--today', '2016-01-01', 'gaps', '--state', 'NIC'], cwd: root, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(stdout).not.toContain('left the OAS');
    expect(stdout).toContain('1 stale'.replace('1', '0'));
    expect((await gaps(root, ['--state', 'MEX', '--stale-after', '20'])).stdout).toContain('\n0 stale records');
    expect((await gaps(root, ['--state', 'MEX', '--stale-after', '1'])).stdout).toContain('\n4 stale records');
  });

  it('agrees on the counts in all four formats, in every mode', async () => {
    for (const mode of [['--state', 'MEX'], ['--state', 'NIC'], ['--all'], ['--instrument', 'untoc'], ['--state', 'MEX', '--include-drafts', '--status', 'done,no-record']]) {
      const byFormat = await Promise.all((['json', 'csv', 'table', 'markdown'] as const).map(async (f) => {
        const r = await gaps(root, [...mode, '--format', f]);
        expect(r.code).toBe(0);
        return countsOf[f](r.stdout);
      }));
      for (const c of byFormat.slice(1)) expect(c, mode.join(' ')).toEqual(byFormat[0]);
    }
  });

  it('starts CSV with a UTF-8 byte-order mark with --bom (for Excel), and only CSV', async () => {
    const plain = await gaps(root, ['--state', 'MEX', '--format', 'csv']);
    const bom = await gaps(root, ['--state', 'MEX', '--format', 'csv', '--bom']);
    expect(bom.code).toBe(0);
    expect(plain.stdout.startsWith('state,')).toBe(true);
    expect(bom.stdout).toBe(`\uFEFF${plain.stdout}`);
    const bad = await gaps(root, ['--state', 'MEX', '--bom']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan: --bom is for --format csv.\n');
  });

  it('takes a state by name in any case and accents, and an instrument by alias, in every mode', async () => {
    for (const name of ['Mexico', 'méxico', 'MEXICO']) expect(JSON.parse((await gaps(root, ['--state', name, '--format', 'json'])).stdout).state.id).toBe('MEX');
    expect(JSON.parse((await gaps(root, ['--instrument', 'United Nations Convention against Transnational Organized Crime', '--format', 'json'])).stdout).instrument.id).toBe('untoc');
    const by = await gaps(root, ['--state', 'MEX', '--by', 'instrument', '--format', 'json']);
    expect(JSON.parse(by.stdout).rows).toHaveLength(4);
    expect((await gaps(root, ['--instrument', 'untoc', '--by', 'instrument'])).code).toBe(2);
    const bad = await gaps(root, ['--state', 'MEX', '--by', 'treaty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'treaty' is invalid.*paragraph, instrument/);
  });

  it('colours the table only when asked', async () => {
    expect((await gaps(root, ['--state', 'MEX'])).stdout).not.toContain('\u001b[');
    let stdout = '';
    await main({ argv: ['--corpus', root, '--today', GAPS_TODAY, '--color', 'gaps', '--state', 'MEX'], cwd: root, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(stdout).toContain('\u001b[');
  });
});

describe('plan gaps on a corpus with problems', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) removeCorpus(r);
  });
  const make = (files: Files) => {
    const r = writeCorpus(files);
    roots.push(r);
    return r;
  };

  it('still reports, and says on stderr how many lint errors there are', async () => {
    const r = make({ ...GAPS_FIXTURE, 'commitments/MEX/uncac.md': '---\nid: MEX/uncac\nstate: MEX\ninstrument: uncacc\nrecords:\n  - status: done\n    as-of: 2014-01-27\n    evidence: [{source: x}]\n---\n' });
    const out = await gaps(r, ['--state', 'MEX', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^plan: note: the corpus has [1-9]\d* lint errors?; run plan lint\n$/);
    expect(JSON.parse(out.stdout).items).toHaveLength(ITEM_KEYS.length);
  });

  it('says which commitment files of the state fail the schema and are left out', async () => {
    const r = make({ ...GAPS_FIXTURE, 'commitments/MEX/untoc-som.md': '---\nid: MEX/untoc-som\nstate: MEX\ninstrument: untoc-som\nrecords:\n  - status: finished\n    as-of: 2014-01-27\n---\n' });
    const out = await gaps(r, ['--state', 'MEX', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('plan: note: 1 commitment file of MEX fails the schema and is left out; run plan lint\n');
    expect(JSON.parse(out.stdout).items.find((i: { key: string }) => i.key === 'strategy/1.b#untoc-som').status).toBe('no-record');
  });

  it('says when the texts hold no obligation for member states', async () => {
    const files = Object.fromEntries(Object.entries(GAPS_FIXTURE).map(([k, v]) => [k, k.startsWith('paragraphs/') ? String(v).replace(/obligation:\n(  .*\n)+/, '') : v]));
    const out = await gaps(make(files), ['--all']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('plan: note: strategy holds no obligation addressed to member states');
    expect(out.stdout).toContain('No item');
  });
});

describe('plan gaps --since', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'plan-gaps-since-'));
    cpSync(root, join(repo, 'corpus'), { recursive: true });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'one');
    const som = join(repo, 'corpus/commitments/MEX/untoc-som.md');
    writeFileSync(som, String(GAPS_FIXTURE['commitments/MEX/untoc-som.md']).replace('status: not-done', 'status: done'));
    unlinkSync(join(repo, 'corpus/paragraphs/strategy/3.md'));
    git('add', '-A');
    git('commit', '-q', '-m', 'two');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const corpus = () => join(repo, 'corpus');

  it('lists what closed and what disappeared since the revision, in every format', async () => {
    const j = JSON.parse((await gaps(corpus(), ['--state', 'MEX', '--since', 'HEAD~1', '--format', 'json'])).stdout);
    expect(j.since.ref).toBe('HEAD~1');
    expect(j.since.commit).toBe(git('rev-parse', 'HEAD~1').trim());
    expect(j.since.changes).toEqual([
      { kind: 'closed', key: 'strategy/1.b#untoc-som', paragraph: 'strategy/1.b', instrument: 'untoc-som', before: 'not-done', after: 'done' },
      { kind: 'disappeared', key: 'strategy/3', paragraph: 'strategy/3', before: 'no-record' },
    ]);
    expect(j.since.counts).toEqual({ closed: 1, changed: 0, opened: 0, disappeared: 1, unchanged: 4 });
    const table = (await gaps(corpus(), ['--state', 'MEX', '--since', 'HEAD~1'])).stdout;
    expect(table).toMatch(/Since HEAD~1 \([0-9a-f]{12}\): 1 closed, 0 changed, 0 opened, 1 disappeared; 4 unchanged\./);
    expect(table).toMatch(/ {2}closed {6}strategy\/1\.b#untoc-som +not-done → done/);
    const md = (await gaps(corpus(), ['--state', 'MEX', '--since', 'HEAD~1', '--format', 'markdown'])).stdout;
    expect(md).toContain('| closed | `strategy/1.b#untoc-som` | not-done | done |');
    expect(md).toContain('| disappeared | `strategy/3` | no-record | — |');
    const csv = parseCsv((await gaps(corpus(), ['--state', 'MEX', '--since', 'HEAD~1', '--format', 'csv'])).stdout);
    expect(csv.filter((r) => r.at(-2) === 'closed').map((r) => r[1])).toEqual(['strategy/1.b#untoc-som']);
    expect(csv.filter((r) => r.at(-2) === 'disappeared').map((r) => r[1])).toEqual(['strategy/3']);
  });

  it('works for the hemisphere and for one instrument', async () => {
    const all = JSON.parse((await gaps(corpus(), ['--all', '--since', 'HEAD~1', '--format', 'json'])).stdout);
    expect(all.since.counts).toMatchObject({ closed: 1, disappeared: 4 });
    const inst = JSON.parse((await gaps(corpus(), ['--instrument', 'untoc-som', '--since', 'HEAD~1', '--format', 'json'])).stdout);
    expect(inst.since.changes).toEqual([{ kind: 'closed', state: 'MEX', instrument: 'untoc-som', before: 'not-done', after: 'done' }]);
  });

  it('is a usage error, naming the revision, for a revision that does not exist or a corpus outside git', async () => {
    const bad = await gaps(corpus(), ['--state', 'MEX', '--since', 'v9.9']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')[0]).toBe(`plan: Unknown git revision \`v9.9\` for --since: no such commit, branch or tag in ${realpathSync(repo)}.`);
    const outside = await gaps(root, ['--state', 'MEX', '--since', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--since needs the corpus in a git repository');
  });
});

describe('plan gaps on the real corpus', () => {
  const CORPUS = join(REPO, 'corpus');
  const args = ['--corpus', CORPUS, '--today', '2026-01-01', 'gaps'];
  let all: { obligations: Array<{ key: string; paragraph: string }>; states: Array<{ id: string; statuses: Record<string, string> }> };
  let mex: { state: { id: string }; items: Array<{ key: string; paragraph: string; status: string }>; summary: { byStatus: Counts } };
  let copy: string;

  beforeAll(() => {
    const a = plan([...args, '--all', '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    all = JSON.parse(a.stdout);
    const m = plan([...args, '--state', 'mex', '--format', 'json']);
    expect(m.code, m.stderr).toBe(0);
    mex = JSON.parse(m.stdout);
    copy = mkdtempSync(join(tmpdir(), 'plan-real-'));
    cpSync(CORPUS, join(copy, 'corpus'), { recursive: true });
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('gives every state with a file the same item keys, those of the obligations', () => {
    const states = readdirSync(join(CORPUS, 'states')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(all.states.map((s) => s.id)).toEqual(states);
    expect(all.obligations.length).toBeGreaterThan(0);
    const keys = all.obligations.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of all.states) expect(Object.keys(s.statuses), s.id).toEqual(keys);
  });

  it('traces each item to a paragraph file of the corpus', () => {
    for (const o of all.obligations) {
      expect(existsSync(join(CORPUS, 'paragraphs', `${o.paragraph}.md`)), o.paragraph).toBe(true);
      expect(o.key === o.paragraph || o.key.startsWith(`${o.paragraph}#`)).toBe(true);
    }
  });

  it('lists for MEX exactly the obligations, each with a status', () => {
    expect(mex.state.id).toBe('MEX');
    expect(mex.items.map((i) => i.key)).toEqual(all.obligations.map((o) => o.key));
    expect(Object.values(mex.summary.byStatus).reduce((a, b) => a + b, 0)).toBe(mex.items.length);
    expect(Object.fromEntries(mex.items.map((i) => [i.key, i.status]))).toEqual(all.states.find((s) => s.id === 'MEX')!.statuses);
  });

  it('agrees on the counts in all four formats', () => {
    const want = mex.summary.byStatus;
    for (const f of ['csv', 'table', 'markdown'] as const) {
      const r = plan([...args, '--state', 'MEX', '--format', f]);
      expect(r.code).toBe(0);
      expect(countsOf[f](r.stdout), f).toEqual(want);
    }
  });

  it("turns a state's items into no-record when its commitments are removed, and leaves the others alone", () => {
    rmSync(join(copy, 'corpus', 'commitments', 'MEX'), { recursive: true, force: true });
    const r = plan(['--corpus', join(copy, 'corpus'), '--today', '2026-01-01', 'gaps', '--all', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as typeof all;
    const m = j.states.find((s) => s.id === 'MEX')!;
    expect(Object.keys(m.statuses)).toEqual(all.obligations.map((o) => o.key));
    expect(new Set(Object.values(m.statuses))).toEqual(new Set(['no-record']));
    for (const s of j.states.filter((x) => x.id !== 'MEX')) expect(s.statuses).toEqual(all.states.find((x) => x.id === s.id)!.statuses);
  });
});
