/**
 * Issue 15, item 3: a folder or file that cannot be read is never skipped quietly. Run as an
 * unprivileged user (nobody, when the tests run as root; else the user running them) on a copy
 * of the shipped corpus with commitments/MEX (or one file) made unreadable: lint reports it as an
 * error at its path, and every report is exit 2 with one line instead of a wrong answer.
 */
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfShippedCorpus, oneLine, planUnder, removeNobodyRuntime } from './spawn.js';

let dir = '';
let corpus = '';
beforeAll(() => {
  dir = copyOfShippedCorpus();
  corpus = join(dir, 'corpus');
});
afterAll(() => {
  removeNobodyRuntime();
  chmodSync(join(corpus, 'commitments/MEX'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => planUnder([...args, '--corpus', corpus, '--today', '2026-01-01'], { cwd: dir, unprivileged: true });

interface Json { filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }> }

describe('an unreadable folder', () => {
  it('the premise: readable, MEX has commitments done and lint is clean', () => {
    const r = run(['gaps', '--state', 'MEX', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('"done"');
    expect(run(['lint']).code).toBe(0);
  });

  it('lint: an error at the folder, exit 1 (also with --cache)', () => {
    chmodSync(join(corpus, 'commitments/MEX'), 0o000);
    try {
      for (const extra of [[], ['--cache', '--cache-location', join(dir, 'cache/lint.json')]]) {
        const r = run(['lint', '--format', 'json', ...extra]);
        expect(r.code).toBe(1);
        const files = JSON.parse(r.stdout) as Json[];
        const at = files.find((f) => f.filePath === join(corpus, 'commitments/MEX'));
        expect(at?.messages).toEqual([expect.objectContaining({ ruleId: 'file-readable', severity: 2, line: 1, column: 1, message: expect.stringContaining('a folder that could not be listed: permission denied (EACCES)') })]);
      }
    } finally {
      chmodSync(join(corpus, 'commitments/MEX'), 0o755);
    }
  });

  it('gaps --state MEX, gaps --all, xref, search, show, report: exit 2, one line naming the folder', () => {
    chmodSync(join(corpus, 'commitments/MEX'), 0o000);
    try {
      for (const args of [['gaps', '--state', 'MEX'], ['gaps', '--all'], ['xref'], ['search', 'extradition'], ['show', 'MEX'], ['report', '--out', join(dir, 'r.html')]]) {
        const r = run(args);
        expect(r.code, args.join(' ')).toBe(2);
        oneLine(r.stderr);
        expect(r.stderr).toContain(`plan: ${join(corpus, 'commitments/MEX')} could not be read: permission denied (EACCES)`);
        expect(r.stdout).toBe('');
      }
    } finally {
      chmodSync(join(corpus, 'commitments/MEX'), 0o755);
    }
  });
});

describe('an unreadable file', () => {
  it('lint: an error at the file; gaps: exit 2 naming it', () => {
    const file = join(corpus, 'commitments/MEX/untoc.md');
    chmodSync(file, 0o000);
    try {
      const lint = run(['lint', '--format', 'json']);
      expect(lint.code).toBe(1);
      const at = (JSON.parse(lint.stdout) as Json[]).find((f) => f.filePath === file);
      expect(at?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual(['1:1 file-readable File could not be read: permission denied (EACCES).']);
      const gaps = run(['gaps', '--state', 'MEX']);
      expect(gaps.code).toBe(2);
      oneLine(gaps.stderr);
      expect(gaps.stderr).toContain(`plan: ${file} could not be read: permission denied (EACCES)`);
    } finally {
      chmodSync(file, 0o644);
    }
  });
});
