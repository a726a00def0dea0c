/**
 * The README stays true: every shell block marked as an example (```` ```sh example ````) is run,
 * command by command, on a copy of the shipped corpus, with `plan` (and `npx plan`) as this
 * build. A command must exit 0, or the code its line says (`# exit 1`), and never with an
 * internal error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from './cli/run.js';

interface Example { line: number; command: string; exit: number }

/** The commands of the README's example blocks, with the line each starts on. */
export function readmeExamples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!inBlock && /^```sh example\s*$/.test(l)) { inBlock = true; continue; }
    if (inBlock && /^```\s*$/.test(l)) { inBlock = false; continue; }
    if (!inBlock || l.trim() === '' || l.trim().startsWith('#')) continue;
    let command = l;
    const start = i + 1;
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
    const m = /\s+#\s*exit (\d)\s*$/.exec(command);
    out.push({ line: start, command: m ? command.slice(0, m.index) : command.replace(/\s+#.*$/, ''), exit: m ? Number(m[1]) : 0 });
  }
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-readme-'));
  cpSync(join(REPO, 'corpus'), join(dir, 'corpus'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = readmeExamples(readFileSync(join(REPO, 'README.md'), 'utf8'));

describe('the README\'s examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(readmeExamples('```sh example\nplan lint\nplan gaps --state MEX \\\n  --format json  # exit 1\n```\n```sh\nplan nope\n```')).toEqual([
      { line: 2, command: 'plan lint', exit: 0 },
      { line: 3, command: 'plan gaps --state MEX  --format json', exit: 1 },
    ]);
  });

  for (const ex of examples) {
    it(`README.md:${ex.line}: ${ex.command}`, () => {
      const script = `plan() { "${process.execPath}" "${BIN}" "$@"; }\nnpx() { if [ "$1" = plan ]; then shift; plan "$@"; else command npx "$@"; fi; }\n${ex.command}`;
      const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PLAN_TODAY: '2026-12-01' } });
      expect(r.stderr).not.toContain('internal error');
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(ex.exit);
    });
  }
});
