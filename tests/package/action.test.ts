/**
 * The reusable action (action.yml + action/lint.sh), run step by step by a local runner
 * (scripts/run-action.mjs: inputs, expressions, `if`, outputs; no network, `uses:` steps
 * reported instead of run) in a temporary git repository, as GitHub would on a push, a pull
 * request, a pull request from a fork, and a pull request whose base cannot be compared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../cli/run.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

interface Step { name: string; ran: boolean; exitCode?: number; outputs?: Record<string, string>; uses?: string; with?: Record<string, string> }

function runAction(github: Record<string, string>): { code: number | null; steps: Step[]; log: string } {
  const args = ['--skip', 'Install plan', ...Object.entries(github).flatMap(([k, v]) => ['--github', `${k}=${v}`])];
  const r = spawnSync(process.execPath, [join(REPO, 'scripts/run-action.mjs'), ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, timeout: 240_000 });
  const lines = r.stdout.split('\n');
  return { code: r.status, steps: lines.filter((l) => l.startsWith('@@step ')).map((l) => JSON.parse(l.slice(7)) as Step), log: lines.filter((l) => !l.startsWith('@@step ')).join('\n') + r.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'plan-action-'));
  cpSync(join(REPO, 'corpus'), join(repo, 'corpus'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('checkout', '-qb', 'change');
  const para = join(repo, 'corpus/paragraphs/strategy-2021/2.i.md');
  writeFileSync(para, readFileSync(para, 'utf8').replace('instrument: untoc\n', 'instrument: untocx\n'));
  git('commit', '-qam', 'a slip');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const PR = { event_name: 'pull_request', base_ref: 'main', 'event.pull_request.head.repo.full_name': 'owner/repo' };

describe('the reusable action', () => {
  it('declares a composite action whose upload runs always, but not for forks, and never fails the job itself', () => {
    const a = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Array<Record<string, unknown>> }; inputs: Record<string, unknown> };
    expect(a.runs.using).toBe('composite');
    expect(Object.keys(a.inputs)).toEqual(['corpus', 'changed-only', 'sarif']);
    const upload = a.runs.steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toMatch(/^always\(\) && /);
    expect(upload['continue-on-error']).toBe(true);
  });

  it('on a pull request: annotations on the changed file, SARIF of the whole corpus, upload, a failing check', () => {
    const r = runAction(PR);
    expect(r.code, r.log).toBe(1);
    const lint = r.steps.find((s) => s.name === 'plan lint')!;
    expect(lint).toMatchObject({ ran: true, exitCode: 1, outputs: { 'exit-code': '1', sarif: 'plan-lint.sarif' } });
    expect(r.log).toMatch(/^::error file=.*corpus\/paragraphs\/strategy-2021\/2\.i\.md,line=\d+,/m);
    expect(r.log).toContain('plan lint: the files changed since origin/main');
    const sarif = JSON.parse(readFileSync(join(repo, 'plan-lint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(r.steps.at(-1)).toMatchObject({ name: 'Upload SARIF to code scanning', uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: 'plan-lint.sarif', category: 'plan-lint' } });
  });

  it('on a pull request from a fork: the same annotations and failing check, no upload (no security-events: write)', () => {
    const r = runAction({ ...PR, 'event.pull_request.head.repo.full_name': 'someone/fork' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/^::error file=.*2\.i\.md/m);
    expect(r.steps.at(-1)).toEqual({ name: 'Upload SARIF to code scanning', ran: false });
  });

  it('when the changed files cannot be found (no base revision): annotates the whole corpus and still writes the SARIF', () => {
    rmSync(join(repo, 'plan-lint.sarif'), { force: true });
    const r = runAction({ ...PR, base_ref: 'no-such-branch' });
    expect(r.code).toBe(1);
    expect(r.log).toContain('::warning::plan lint --changed could not compare with origin/no-such-branch');
    expect(r.log).toContain('plan lint: the whole corpus');
    expect(r.log).toMatch(/^::error file=.*2\.i\.md/m);
    expect(existsSync(join(repo, 'plan-lint.sarif'))).toBe(true);
    expect(r.steps.at(-1)!.uses).toBe('github/codeql-action/upload-sarif@v3');
  });

  it('on a push of a clean corpus: passes, and uploads', () => {
    git('checkout', '-q', 'main');
    const r = runAction({ event_name: 'push' });
    expect(r.code, r.log).toBe(0);
    expect(r.steps.find((s) => s.name === 'plan lint')).toMatchObject({ ran: true, exitCode: 0 });
    expect(r.log).not.toContain('::error');
    expect(r.steps.at(-1)!.uses).toBe('github/codeql-action/upload-sarif@v3');
  });
});
