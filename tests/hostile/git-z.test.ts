/**
 * Issue 15, item 11: git output is parsed NUL-separated (-z), so names git would quote (café.md,
 * a tab, a newline) are found; a git failure says git's own first line; `plan gaps --since`
 * leaves no temp copy of the corpus after SIGINT/SIGTERM.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO } from '../cli/run.js';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { oneLine, planChild } from './spawn.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
function git(root: string, ...args: string[]) {
  execFileSync('git', ['-C', root, ...args], { stdio: 'ignore', env: GIT_ENV });
}
async function lint(root: string, args: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: ['lint', '--corpus', join(root, 'corpus'), '--format', 'json', '--today', '2026-01-01', ...args], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, err, files: out ? (JSON.parse(out) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>) : [] };
}

/** An instrument file named `name` whose id does not match it: an error lint reports there. */
const misnamed = (extra = '') => mini('instruments/ia-mla.md').replace('sources: [test fixture]', `sources: [test fixture${extra}]`);

describe('plan lint --changed with names git quotes', () => {
  it('a changed café.md, an untracked señal.md and a tracked tab\\tname.md are reported', async () => {
    const root = writeCorpus({ ...Object.fromEntries(Object.entries(MINI).map(([k, v]) => [`corpus/${k}`, v])), 'corpus/instruments/café.md': misnamed(), 'corpus/instruments/tab\tname.md': misnamed() });
    roots.push(root);
    git(root, 'init', '-q');
    git(root, 'config', 'core.quotePath', 'true');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    writeFileSync(join(root, 'corpus/instruments/café.md'), misnamed(', changed'));
    writeFileSync(join(root, 'corpus/instruments/tab\tname.md'), misnamed(', changed'));
    writeFileSync(join(root, 'corpus/instruments/señal.md'), misnamed());
    const r = await lint(root, ['--changed', 'HEAD']);
    const rel = r.files.map((f) => f.filePath.slice(root.length + 1)).sort();
    expect(rel).toEqual(expect.arrayContaining(['corpus/instruments/café.md', 'corpus/instruments/señal.md', 'corpus/instruments/tab\tname.md']));
    expect(r.code).toBe(1);
  });

  it('an unknown revision: git\'s own reason, never an empty one', async () => {
    const root = writeCorpus(Object.fromEntries(Object.entries(MINI).map(([k, v]) => [`corpus/${k}`, v])));
    roots.push(root);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    const r = await lint(root, ['--changed', 'no-such-branch']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/^plan: git could not compare the corpus with that revision: fatal: \S.*\n/);
  });
});

describe('plan gaps --since, interrupted', () => {
  // The shipped corpus in a fresh repository, so that the copy at the revision takes a while to write and read.
  const repo = mkdtempSync(join(tmpdir(), 'plan-since-repo-'));
  roots.push(repo);
  cpSync(join(REPO, 'corpus'), join(repo, 'corpus'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} while the copy exists: exit ${code}, no plan-since-* folder left`, async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'plan-since-tmp-'));
      roots.push(tmp);
      const child = planChild(['gaps', '--state', 'MEX', '--since', 'HEAD', '--today', '2026-01-01'], { cwd: repo, env: { TMPDIR: tmp } });
      const exited = new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
      const end = Date.now() + 30_000;
      let seen = false;
      while (!seen && Date.now() < end) {
        seen = readdirSync(tmp).some((f) => f.startsWith('plan-since-'));
        if (!seen) await new Promise((r) => setTimeout(r, 1));
      }
      expect(seen).toBe(true);
      child.kill(signal);
      const [c, s] = await exited;
      expect({ code: c, signal: s }).toEqual({ code, signal: null });
      expect(readdirSync(tmp)).toEqual([]);
    });
  }
});
