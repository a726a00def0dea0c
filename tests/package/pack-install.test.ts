/**
 * The package installs elsewhere: `npm pack` gives a tarball that, installed into an empty
 * folder (no dev dependencies, no build step, nothing downloaded when npm's cache has the
 * dependencies), gives a working `plan` and a typed library entry. Run on a corpus made by
 * `plan init`. Needs the build (npm test runs it first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/run.js';

let dir: string;
let app: string;
let tarball: string;

function npm(args: string[], cwd: string): { code: number | null; out: string } {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, timeout: 300_000 });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

function plan(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(app, 'node_modules/.bin/plan'), args, { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  dir = mkdtempSync(join(tmpdir(), 'plan-pack-'));
  const packed = npm(['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], REPO);
  expect(packed.code, packed.out).toBe(0);
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'corpus-repo', private: true, type: 'module' }));
  // From npm's cache when it has every dependency (it does after the project's own npm ci).
  let installed = npm(['install', '--offline', '--omit=dev', tarball], app);
  if (installed.code !== 0) installed = npm(['install', '--prefer-offline', '--omit=dev', tarball], app);
  expect(installed.code, installed.out).toBe(0);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the package, installed into an empty folder', () => {
  it('holds only what it needs', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('corpus/') || f.startsWith('node_modules/'))).toBe(false);
    for (const f of ['bin/plan.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'schemas/paragraph.schema.json', 'templates/init/workflow.yml', 'action/lint.sh', 'action.yml']) expect(files, f).toContain(f);
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
  });

  it('runs plan init, lint, gaps, xref, render and report from the installed bin', () => {
    expect(plan(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    const init = plan(['init']);
    expect(init.code, init.stderr).toBe(0);
    const lint = plan(['lint']);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stdout).toContain('7 files checked, no problems');
    const gaps = plan(['gaps', '--state', 'Mexico', '--include-drafts', '--format', 'json']);
    expect(gaps.code, gaps.stderr).toBe(0);
    expect((JSON.parse(gaps.stdout) as { items: Array<{ status: string }> }).items.map((i) => i.status)).toEqual(['done']);
    const xref = plan(['xref', '--instrument', 'Palermo Convention', '--format', 'json']);
    expect(xref.code, xref.stderr).toBe(0);
    expect(xref.stdout).toContain('example-draft/1');
    const render = plan(['render', 'example-draft']);
    expect(render.code, render.stderr).toBe(0);
    expect(render.stdout).toContain('WORKING DRAFT');
    const report = plan(['report', '--out', 'report.html']);
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(app, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('imports the typed library API: the contract shapes from the same functions', () => {
    writeFileSync(join(app, 'use.ts'), `import { loadCorpus, lint, gaps, xref, render, diff, rules, UsageError } from 'plan';
const corpus = loadCorpus('corpus');
const results = await lint(corpus);
const errors: number = results.reduce((n, r) => n + r.errorCount, 0);
const mex = await gaps(corpus, { state: 'MEX', includeDrafts: true, today: '2026-12-01' }) as { summary: { withRecord: number } };
const x = xref(corpus) as { instruments: Array<{ id: string }> };
const md = await render(corpus, 'example-draft');
let refused = '';
try { await gaps(corpus, { state: 'Atlantis' }); } catch (e) { if (e instanceof UsageError) refused = e.message; }
let noDiff = '';
try { await diff(corpus, 'example-draft', 'example-draft'); } catch (e) { if (e instanceof UsageError) noDiff = e.message; }
console.log(JSON.stringify({ files: results.length, errors, withRecord: mex.summary.withRecord, instruments: x.instruments.map((i) => i.id), md: typeof md === 'string' && md.includes('Example working draft'), refused: refused !== '', noDiff: noDiff !== '', rules: rules.length > 20 }));
`);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: [], outDir: 'out' }, include: ['use.ts'] }));
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const run = spawnSync(process.execPath, ['out/use.js'], { cwd: app, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ files: 7, errors: 0, withRecord: 1, instruments: expect.arrayContaining(['untoc']), md: true, refused: true, noDiff: true, rules: true });
  });
});
