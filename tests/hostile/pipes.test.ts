/**
 * Issue 15, item 9: a closed pipe ends the output quietly with the command's
 * own exit code; a write error on stdout (`> /dev/full`) is one line on
 * stderr and exit 2. Exit 1 only ever means "problems found". Real pipes:
 * bin/plan.js spawned through bash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processStdio } from '../../src/cli/stdio.js';
import { BIN, REPO } from '../cli/run.js';
import { copyReal, edit, removeCopy } from './real-copy.js';

let broken: string;
let tmp: string;
beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json`');
  broken = copyReal();
  // One error: a paragraph whose id is not its path.
  edit(broken, 'paragraphs/gtdot-workplan-2008/2.1.md', 'id: gtdot-workplan-2008/2.1', 'id: gtdot-workplan-2008/2.9');
  tmp = mkdtempSync(join(tmpdir(), 'plan-pipes-'));
});
afterAll(() => {
  removeCopy(broken);
  rmSync(tmp, { recursive: true, force: true });
});

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `plan <args> 2>err | <reader>` in bash: plan's exit code, its stderr, and what the reader got. */
function piped(args: string[], reader: string): { code: number; stderr: string; got: string } {
  const err = join(tmp, 'stderr');
  const cmd = `${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')} 2>${q(err)} | ${reader}; exit \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmp }, timeout: 120_000 });
  return { code: r.status ?? -1, stderr: readFileSync(err, 'utf8'), got: r.stdout };
}

/** `plan <args> > /dev/full`. */
function full(args: string[]): { code: number; stderr: string } {
  const cmd = `${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')} > /dev/full`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmp }, timeout: 120_000 });
  return { code: r.status ?? -1, stderr: r.stderr };
}

/** The exit code of `plan <args>` writing to a file (no pipe): what the piped run must keep. */
function unpiped(args: string[]): number {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tmp }, maxBuffer: 1 << 30 });
  expect(r.stdout.length).toBeGreaterThan(70_000); // more than a pipe holds: the reader really goes away first
  return r.status ?? -1;
}

describe('a closed pipe ends the output quietly', () => {
  const cases: string[][] = [['lint', '--format', 'json'], ['gaps', '--all', '--format', 'json'], ['gaps', '--all', '--format', 'csv'], ['xref', '--format', 'json']];
  for (const args of cases) {
    it(`plan ${args.join(' ')} | head -c 10: the command's own exit code, nothing on stderr`, () => {
      const code = unpiped(args);
      expect(code).toBeLessThan(2);
      const r = piped(args, 'head -c 10');
      expect(r.got).toHaveLength(10);
      expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('plan: note:'))).toEqual([]);
      expect(r.code).toBe(code);
    });
  }

  it('the exit code stays the command\'s own: lint with an error, read by `head -c 10` and by `true`', () => {
    for (const reader of ['head -c 10', 'true']) {
      const r = piped(['--corpus', broken, 'lint', '--format', 'json'], reader);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
    }
  });

  it('plan lint (stylish) | true: exit 1 (problems found), no stack', () => {
    const r = piped(['--corpus', broken, 'lint'], 'true');
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(r.code).toBe(1);
  });
});

/** stderr without the lint notes some commands add (`plan: note: the corpus has N lint errors`). */
const notes = (s: string) => s.split('\n').filter((l) => !l.startsWith('plan: note:')).join('\n');

describe('a write error on stdout is one line and exit 2', () => {
  const line = 'plan: could not write the output: no space left on the device (ENOSPC)\n';
  for (const args of [['--version'], ['--help'], ['lint'], ['lint', '--format', 'json'], ['gaps', '--all', '--format', 'csv'], ['xref', '--format', 'json'], ['show', 'untoc']]) {
    it(`plan ${args.join(' ')} > /dev/full`, () => {
      const r = full(args);
      expect(notes(r.stderr)).toBe(line);
      expect(r.code).toBe(2);
    });
  }

  it('also when the command found problems (2, not 1: the output is incomplete)', () => {
    const r = full(['--corpus', broken, 'lint']);
    expect(notes(r.stderr)).toBe(line);
    expect(r.code).toBe(2);
  });
});

describe('processStdio', () => {
  /** A stream that fails its writes with `code`, as Node does: an 'error' event after write() returned. */
  function failing(code: string) {
    const s = Object.assign(new EventEmitter(), {
      writes: [] as string[],
      write(x: string) {
        s.writes.push(x);
        queueMicrotask(() => s.emit('error', Object.assign(new Error(`write ${code}`), { code })));
        return true;
      },
    });
    return s;
  }
  const sink = () => Object.assign(new EventEmitter(), { text: '', write(x: string) { this.text += x; return true; } });

  it('EPIPE: later writes are dropped, nothing said, the command\'s code kept', async () => {
    const out = failing('EPIPE');
    const err = sink();
    let failed = 0;
    const io = processStdio(out, err, () => failed++);
    io.stdout.write('a');
    await new Promise((r) => setTimeout(r, 0));
    io.stdout.write('b');
    expect(out.writes).toEqual(['a']);
    expect(err.text).toBe('');
    expect(failed).toBe(0);
    expect(io.exitCode(1)).toBe(1);
  });

  it('EIO: one line, exit 2, once', async () => {
    const out = failing('EIO');
    const err = sink();
    let failed = 0;
    const io = processStdio(out, err, () => failed++);
    io.stdout.write('a');
    io.stdout.write('b');
    await new Promise((r) => setTimeout(r, 0));
    expect(err.text).toBe('plan: could not write the output: an input/output error (EIO)\n');
    expect(failed).toBe(1);
    expect(io.exitCode(0)).toBe(2);
  });
});
