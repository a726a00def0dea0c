// The bundle `npm run build` makes (scripts/bundle.mjs): plan runs from it, with V8 code caches
// made at build time; a cache V8 rejects changes nothing but speed; a dist/ compiled by tsc since
// is run as compiled; dist/build-id.txt covers the bundle. Nothing here writes into the real dist/:
// what needs a changed build works on a copy in a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, plan, REPO } from './run.js';

const BUNDLE = join(REPO, 'dist', 'bundle');
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

/** Runs main() of a bundle through bin/load-bundle.cjs in a child process: its output and the loader's counts. */
function viaLoader(bundle: string, args: string[]): { code: number; stdout: string; stats: { loaded: number; accepted: number; rejected: number } } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(join(REPO, 'bin', 'load-bundle.cjs'))});
    const l = loadBundle(${JSON.stringify(join(bundle, 'main.cjs'))});
    let out = '';
    l.exports.main({ argv: ${JSON.stringify(args)}, cwd: ${JSON.stringify(REPO)}, env: {}, stdout: { write: (s) => (out += s) }, stderr: { write: () => true } })
      .then((code) => process.stdout.write(JSON.stringify({ code, stdout: out, stats: l.stats })));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO, env: clean, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

/** A copy of the built tree (bin, dist with its file times, package.json, schemas) in `dir`. */
function copyBuild(dir: string): string {
  cpSync(join(REPO, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(REPO, 'dist'), join(dir, 'dist'), { recursive: true, preserveTimestamps: true });
  cpSync(join(REPO, 'schemas'), join(dir, 'schemas'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'bin', 'plan.js');
}

/** The entry chunk main.cjs requires (its name carries a hash of its content). */
function entryChunk(bundle: string): string {
  const m = /require\('\.\/(main-[^']+\.cjs)'\)/.exec(readFileSync(join(bundle, 'main.cjs'), 'utf8'));
  expect(m).not.toBeNull();
  return m![1]!;
}

const corpusArgs = ['--corpus', join(REPO, 'corpus'), '--today', '2026-01-01'];

describe('the bundle npm run build makes', () => {
  it('is what plan runs: --version prints the version of package.json', () => {
    expect(existsSync(join(BUNDLE, 'main.cjs'))).toBe(true);
    const r = traced(BIN, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.loaded).toContain(join(BUNDLE, 'main.cjs'));
    expect(r.loaded).toContain(join(BUNDLE, entryChunk(BUNDLE)));
  });

  it('comes with V8 code caches for the chunks plan loads, which this Node accepts', () => {
    const entry = entryChunk(BUNDLE);
    expect(existsSync(join(BUNDLE, entry.replace(/\.cjs$/, '.v8')))).toBe(true);
    for (const args of [['--version'], ['lint', ...corpusArgs]]) {
      const { code, stats } = viaLoader(BUNDLE, args);
      expect(code).toBe(0);
      expect(stats.rejected).toBe(0);
      expect(stats.accepted).toBeGreaterThan(0);
    }
    // No cache is written when plan runs.
    const before = readdirSync(BUNDLE).sort();
    plan(['lint', ...corpusArgs]);
    expect(readdirSync(BUNDLE).sort()).toEqual(before);
  });

  it('gives the same output and exit code when every code cache is garbage, a cut-short cache or another chunk\'s', () => {
    const dir = join(tmp, 'garbled');
    const bin = copyBuild(dir);
    const bundle = join(dir, 'dist', 'bundle');
    const caches = readdirSync(bundle).filter((f) => f.endsWith('.v8')).sort();
    expect(caches.length).toBeGreaterThan(2);
    const bytes = caches.map((f) => readFileSync(join(bundle, f)));
    // V8 tells caches of different chunks apart by the length of their source.
    const length = (cache: string) => readFileSync(join(bundle, cache.replace(/\.v8$/, '.cjs')), 'utf8').length;
    caches.forEach((f, i) => {
      const own = bytes[i]!;
      const other = caches.findIndex((g) => length(g) !== length(f));
      const garbled = [Buffer.from('not a V8 code cache '.repeat(40)), own.subarray(0, own.length >> 1), bytes[other]!][i % 3]!;
      writeFileSync(join(bundle, f), garbled);
    });
    for (const args of [['--version'], ['lint', ...corpusArgs, '--format', 'json'], ['gaps', ...corpusArgs, '--state', 'MEX'], ['--help']]) {
      const want = plan(args);
      const got = traced(bin, args);
      expect(got.loaded).toContain(join(bundle, 'main.cjs'));
      expect(got.code).toBe(want.code);
      expect(got.stdout).toBe(want.stdout);
      const direct = viaLoader(bundle, args);
      expect(direct.stats.accepted).toBe(0);
      expect(direct.stats.rejected).toBeGreaterThan(0);
      expect(direct.stdout).toBe(want.stdout);
    }
  });

  it('is not used once tsc has compiled dist/ again: plan runs dist/cli/ as compiled', () => {
    const dir = join(tmp, 'recompiled');
    const bin = copyBuild(dir);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'dist', 'cli', 'main.js'), later, later);
    const r = traced(bin, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.loaded.some((f) => f.includes(join('dist', 'bundle')))).toBe(false);
    // Without a bundle at all, the same.
    rmSync(join(dir, 'dist', 'bundle'), { recursive: true });
    expect(traced(bin, ['lint', ...corpusArgs])).toMatchObject({ code: 0, stdout: plan(['lint', ...corpusArgs]).stdout });
  });
});

describe('dist/build-id.txt (scripts/build-id.mjs)', () => {
  const buildId = (dir: string) => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-id.mjs'), dir], { env: clean, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return readFileSync(join(dir, 'build-id.txt'), 'utf8');
  };

  it('covers the bundle: it changes with a chunk, an .mjs or a .json file, not with a code cache', () => {
    const dir = join(tmp, 'ids');
    mkdirSync(join(dir, 'cli'), { recursive: true });
    writeFileSync(join(dir, 'cli', 'main.js'), 'export {};\n');
    const chunks = join(dir, 'bundle');
    cpSync(BUNDLE, chunks, { recursive: true });
    const chunk = readdirSync(chunks).find((f) => f.endsWith('.cjs') && f !== 'main.cjs')!;
    const cache = readdirSync(chunks).find((f) => f.endsWith('.v8'))!;
    const first = buildId(dir);
    expect(first).toMatch(/^[0-9a-f]{32}\n$/);
    expect(buildId(dir)).toBe(first);
    writeFileSync(join(chunks, cache), 'another cache');
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
