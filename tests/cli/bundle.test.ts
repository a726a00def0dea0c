// The bundle `npm run build` makes (scripts/bundle.mjs): plan runs from it once made; a dist/
// compiled by tsc since is run as compiled (chosen by a mark in dist/cli/main.js, not by file
// times); dist/build-id.txt covers the bundle. Nothing here writes into the real dist/: the bundle
// is made in a copy of the compiled tree in a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, plan, REPO } from './run.js';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const clean = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

/** Runs a plan binary with a preload that lists the CommonJS files it loaded. */
function traced(bin: string, args: string[]): { code: number | null; stdout: string; loaded: string[] } {
  const log = join(tmp, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const hook = join(tmp, 'hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n')));\n`);
  const r = spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd: REPO, env: clean, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, loaded: readFileSync(log, 'utf8').split('\n') };
}

/** A copy of the compiled tree (bin, dist, scripts/bundle.mjs, package.json, schemas) in `dir`; its bin/plan.js. */
function copyBuild(dir: string): string {
  cpSync(join(REPO, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(REPO, 'dist'), join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(REPO, 'scripts', 'bundle.mjs'), join(dir, 'scripts', 'bundle.mjs'));
  cpSync(join(REPO, 'schemas'), join(dir, 'schemas'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'bin', 'plan.js');
}

/** dist/cli/main.js as tsc writes it: without the mark scripts/bundle.mjs appends. */
const unmarked = (text: string) => text.replace(/\/\/ plan: bundled into [^\n]*\n$/, '');

const corpusArgs = ['--corpus', join(REPO, 'corpus'), '--today', '2026-01-01'];

describe('the bundle npm run build makes (scripts/bundle.mjs)', () => {
  const dir = join(tmp, 'built');
  const bin = copyBuild(dir);
  const main = join(dir, 'dist', 'cli', 'main.js');
  const bundle = join(dir, 'dist', 'bundle');
  // As tsc leaves dist/cli/main.js, then the bundle step of `npm run build`.
  writeFileSync(main, unmarked(readFileSync(main, 'utf8')));
  const made = spawnSync(process.execPath, [join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, env: clean, encoding: 'utf8' });

  it('is what plan runs once made: --version prints the version of package.json, lint the same findings', () => {
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(readFileSync(main, 'utf8')).toMatch(/\n\/\/ plan: bundled into dist\/bundle\/main\.cjs \(scripts\/bundle\.mjs\)\n$/);
    const r = traced(bin, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.loaded).toContain(join(bundle, 'main.cjs'));
    for (const args of [['lint', ...corpusArgs, '--format', 'json'], ['gaps', ...corpusArgs, '--state', 'MEX'], ['--help']]) {
      const want = plan(args);
      const got = traced(bin, args);
      expect(got.loaded).toContain(join(bundle, 'main.cjs'));
      expect(got.code).toBe(want.code);
      expect(got.stdout).toBe(want.stdout);
    }
    // plan writes nothing into dist/.
    const before = readdirSync(bundle).sort();
    traced(bin, ['lint', ...corpusArgs]);
    expect(readdirSync(bundle).sort()).toEqual(before);
  });

  it('runs the validators compiled at build time (dist/schema/validators.cjs), never compiling the schemas with ajv at start', () => {
    for (const b of [bin, BIN]) {
      const r = traced(b, ['lint', ...corpusArgs, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.loaded.some((f) => f.endsWith(join('dist', 'schema', 'validators.cjs'))), b).toBe(true);
      // ajv's compiler (core.js) is what a start without them loads to compile seven schemas.
      expect(r.loaded.filter((f) => /node_modules\/ajv\/dist\/(core|ajv)\.js$/.test(f)), b).toEqual([]);
    }
  });

  it('marks dist/cli/main.js once, however often it runs', () => {
    const again = spawnSync(process.execPath, [join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, env: clean, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(readFileSync(main, 'utf8').match(/\/\/ plan: bundled into/g)).toHaveLength(1);
  });

  it('is chosen by content, not file times: a bundle older than dist/cli/ still runs; after tsc (no mark) dist/cli/ runs, however new the bundle', () => {
    const past = new Date(Date.now() - 86_400_000);
    const future = new Date(Date.now() + 86_400_000);
    for (const f of readdirSync(bundle)) utimesSync(join(bundle, f), past, past);
    utimesSync(main, future, future);
    expect(traced(bin, ['--version']).loaded).toContain(join(bundle, 'main.cjs'));
    // What tsc leaves after a recompile: main.js without the mark.
    writeFileSync(main, unmarked(readFileSync(main, 'utf8')));
    utimesSync(main, past, past);
    for (const f of readdirSync(bundle)) utimesSync(join(bundle, f), future, future);
    const r = traced(bin, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.loaded.some((f) => f.includes(join('dist', 'bundle')))).toBe(false);
    expect(traced(bin, ['lint', ...corpusArgs])).toMatchObject({ code: 0, stdout: plan(['lint', ...corpusArgs]).stdout });
  });

  it('a mark without a bundle runs dist/cli/ as compiled', () => {
    const other = join(tmp, 'no-bundle');
    const b = copyBuild(other);
    const m = join(other, 'dist', 'cli', 'main.js');
    writeFileSync(m, unmarked(readFileSync(m, 'utf8')) + '// plan: bundled into dist/bundle/main.cjs (scripts/bundle.mjs)\n');
    rmSync(join(other, 'dist', 'bundle'), { recursive: true, force: true });
    const r = traced(b, ['lint', ...corpusArgs]);
    expect(r).toMatchObject({ code: 0, stdout: plan(['lint', ...corpusArgs]).stdout });
    expect(r.loaded.some((f) => f.includes(join('dist', 'bundle')))).toBe(false);
  });
});

describe('dist/build-id.txt (scripts/build-id.mjs)', () => {
  const buildId = (dir: string) => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-id.mjs'), dir], { env: clean, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return readFileSync(join(dir, 'build-id.txt'), 'utf8');
  };

  it('covers the bundle: it changes with a chunk, an .mjs or a .json file', () => {
    const dir = join(tmp, 'ids');
    mkdirSync(join(dir, 'cli'), { recursive: true });
    writeFileSync(join(dir, 'cli', 'main.js'), 'export {};\n');
    const chunks = join(dir, 'bundle');
    cpSync(join(tmp, 'built', 'dist', 'bundle'), chunks, { recursive: true }); // made above
    const chunk = readdirSync(chunks).find((f) => f.endsWith('.cjs') && f !== 'main.cjs')!;
    const first = buildId(dir);
    expect(first).toMatch(/^[0-9a-f]{32}\n$/);
    expect(buildId(dir)).toBe(first);
    writeFileSync(join(chunks, chunk), readFileSync(join(chunks, chunk), 'utf8') + '\n// changed\n');
    const second = buildId(dir);
    expect(second).not.toBe(first);
    writeFileSync(join(chunks, 'extra.mjs'), 'export {};\n');
    const third = buildId(dir);
    expect(third).not.toBe(second);
    writeFileSync(join(dir, 'data.json'), '{}\n');
    expect(buildId(dir)).not.toBe(third);
  });

  it('of the real build was written after the bundle was made', () => {
    const dir = join(tmp, 'dist-copy');
    cpSync(join(REPO, 'dist'), dir, { recursive: true });
    expect(buildId(dir)).toBe(readFileSync(join(REPO, 'dist', 'build-id.txt'), 'utf8'));
  });
});
