/**
 * `plan lint` as other tools and editors call it: text on standard input linted as if it were a
 * corpus file, quoted glob patterns expanded by plan, and the report written to a file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, plan, REPO } from './run.js';

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-lint-io-'));
  corpus = join(dir, 'corpus');
  cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs plan with `input` on standard input. */
function withInput(args: string[], input: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface FileResult { filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }

describe('plan lint --stdin --stdin-filename', () => {
  const para = 'corpus/paragraphs/strategy-2021/2.i.md';

  it('lints the saved text of a file exactly as linting the file does', () => {
    const text = readFileSync(join(dir, para), 'utf8');
    const r = withInput(['lint', '--stdin', '--stdin-filename', para, '--format', 'json'], text);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as FileResult[];
    expect(out.map((f) => f.filePath)).toEqual([join(dir, para)]);
    expect(out[0]!.messages).toEqual([]);
  });

  it('reports the unsaved text at its own lines, against the saved corpus, without touching the file', () => {
    const before = readFileSync(join(dir, para), 'utf8');
    const edited = before.replace('instrument: untoc\n', 'instrument: untocx\n');
    expect(edited).not.toBe(before);
    const r = withInput(['lint', '--stdin', '--stdin-filename', para, '--format', 'json'], edited);
    expect(r.code).toBe(1);
    const msgs = (JSON.parse(r.stdout) as FileResult[])[0]!.messages;
    const line = edited.split('\n').findIndex((l) => l.endsWith('instrument: untocx')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(msgs.map((m) => [m.ruleId, m.line])).toContainEqual(['known-instrument', line]);
    expect(readFileSync(join(dir, para), 'utf8')).toBe(before);
  });

  it('lints a file that does not exist yet as a new file of the corpus', () => {
    const r = withInput(['lint', '--stdin', '--stdin-filename', 'corpus/paragraphs/strategy-2021/9.z.md'], '---\nid: strategy-2021/9.z\n---\nText.\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('strategy-2021/9.z.md');
    expect(r.stdout).toMatch(/Missing required key `document`/);
  });

  it('refuses --stdin without a file name, outside the corpus, or with paths, in one line', () => {
    for (const [args, msg] of [
      [['lint', '--stdin'], /--stdin needs --stdin-filename/],
      [['lint', '--stdin', '--stdin-filename', '/etc/passwd'], /is not inside the corpus/],
      [['lint', '--stdin', '--stdin-filename', para, para], /does not combine with paths/],
      [['lint', '--stdin-filename', para], /add --stdin/],
    ] as const) {
      const r = withInput([...args], 'x');
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('plan lint with glob patterns', () => {
  it('expands a quoted pattern itself, relative to the current folder', () => {
    const r = plan(['lint', 'corpus/paragraphs/strategy-2021/2.*.md', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as FileResult[]).map((f) => f.filePath.slice(dir.length + 1)).sort();
    const expected = readdirSync(join(corpus, 'paragraphs/strategy-2021')).filter((f) => f.startsWith('2.')).map((f) => `corpus/paragraphs/strategy-2021/${f}`).sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(files).toEqual(expected);
  });

  it('says so when a pattern matches nothing (exit 2, never a green run on nothing)', () => {
    const r = plan(['lint', 'corpus/paragraphs/nope-*/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: No corpus file matches corpus\/paragraphs\/nope-\*\/\*\.md\./);
  });
});

describe('plan lint --output-file', () => {
  it('writes the report to the file, without colour, and keeps the exit code', () => {
    const out = join(dir, 'lint.sarif');
    const r = plan(['lint', '--format', 'sarif', '-o', out, '--color'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    const stylish = join(dir, 'lint.txt');
    plan(['lint', '-o', stylish, '--color'], { cwd: dir });
    expect(readFileSync(stylish, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('fails in one line when the file cannot be written, leaving nothing behind', () => {
    // a file where the report's folder must be
    const r = plan(['lint', '-o', join(dir, 'corpus/plan.baseline.yaml/x.json')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: Could not write .*nothing was written\.\n/);
    expect(existsSync(join(dir, 'corpus/plan.baseline.yaml'))).toBe(true);
  });
});
