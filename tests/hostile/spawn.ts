/** Running the real `plan` binary under faults: a file-size limit, another user, a deadline. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO } from '../cli/run.js';

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** `ulimit -f` for the process: the largest file it may write, in KiB (RLIMIT_FSIZE). */
  fileLimitKiB?: number;
  /** Run as an unprivileged user (nobody) when this process is root. */
  unprivileged?: boolean;
  timeoutMs?: number;
}

export const isRoot = process.getuid?.() === 0;

const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
let nobodyBin: string | undefined;

/**
 * The `plan` that user nobody runs. The checkout itself may sit where nobody cannot go (a clone
 * under a private folder, as CI makes): then a world-readable copy of what `plan` runs from — bin/,
 * dist/, schemas/, package.json and the production dependencies — made once per test file.
 */
function binForNobody(): string {
  if (nobodyBin) return nobodyBin;
  const reachable = spawnSync(NOBODY[0]!, [...NOBODY.slice(1), 'test', '-r', BIN]).status === 0;
  if (reachable) return (nobodyBin = BIN);
  const rt = mkdtempSync(join(tmpdir(), 'plan-runtime-'));
  chmodSync(rt, 0o755);
  for (const p of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(REPO, p), join(rt, p), { recursive: true });
  // The production dependencies (as an installed package has them), each top-level folder whole.
  const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: REPO, encoding: 'utf8' }).stdout.split('\n');
  const top = new Set(listed.map((p) => /^(node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(p.slice(REPO.length).replace(/^\//, ''))?.[1]).filter((p): p is string => p !== undefined));
  for (const p of top) cpSync(join(REPO, p), join(rt, p), { recursive: true });
  const open = (p: string): void => {
    const st = statSync(p);
    chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
    if (st.isDirectory()) for (const e of readdirSync(p)) open(join(p, e));
  };
  open(rt);
  return (nobodyBin = join(rt, 'bin/plan.js'));
}

/** Removes the runtime copy made for user nobody, if any (call in afterAll). */
export function removeNobodyRuntime(): void {
  if (nobodyBin && nobodyBin !== BIN) rmSync(join(nobodyBin, '../..'), { recursive: true, force: true });
  nobodyBin = undefined;
}

/** `plan args...` as a child process, with the faults asked for. */
export function planUnder(args: string[], o: SpawnOptions = {}): Ran {
  let cmd = [process.execPath, BIN, ...args];
  if (o.unprivileged && isRoot) cmd = [...NOBODY, process.execPath, binForNobody(), ...args];
  const quoted = cmd.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `${o.fileLimitKiB !== undefined ? `ulimit -f ${o.fileLimitKiB}; ` : ''}exec ${quoted}`;
  const r = spawnSync('/bin/sh', ['-c', script], {
    cwd: o.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...o.env },
    encoding: 'utf8',
    timeout: o.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** `plan args...` started in the background (for signals). */
export function planChild(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: o.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A copy of the shipped corpus in a fresh folder that every user can read; returns the folder holding `corpus/`. */
export function copyOfShippedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
  const open = (p: string): void => {
    const st = statSync(p);
    chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
    if (st.isDirectory()) for (const e of readdirSync(p)) open(join(p, e));
  };
  open(dir);
  return dir;
}

/** Every temp file of the atomic writer under `dir` (any depth). */
export function tempFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.tmp$/.test(e.name)) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/** The user-facing lines of stderr (a `plan:` line and an optional `hint:`). */
export function oneLine(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  if (!lines[0]?.startsWith('plan: ') || lines.length > 2 || (lines[1] !== undefined && !lines[1].startsWith('hint: '))) {
    throw new Error(`expected one line (and a hint), got:\n${stderr}`);
  }
  if (/\n\s+at /.test(stderr) || /internal error/.test(stderr)) throw new Error(`a stack trace:\n${stderr}`);
}
