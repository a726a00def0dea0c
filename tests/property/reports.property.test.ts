/**
 * Property: every report command (gaps, xref, show, search, report) survives
 * a corpus with generated mutations — it answers (exit 0 or 1), or refuses
 * with a usage error (exit 2) in one line; never an internal error, and its
 * JSON output is always one valid document.
 * FC_RUNS / FC_SEED as in lint.property.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus, type Files } from '../helpers/fixture.js';
import { GAPS_FIXTURE } from '../helpers/gaps-fixture.js';
import { apply, mutation } from '../helpers/mutations.js';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Math.max(5, Math.floor(Number(process.env.FC_RUNS ?? 60) / 3));

const texts = Object.entries(GAPS_FIXTURE).filter(([, v]) => typeof v === 'string') as Array<[string, string]>;

const COMMANDS: Array<{ args: (out: string) => string[]; json: boolean }> = [
  { args: () => ['gaps', '--state', 'MEX', '--format', 'json'], json: true },
  { args: () => ['gaps', '--all', '--format', 'json'], json: true },
  { args: () => ['gaps', '--instrument', 'untoc', '--format', 'csv'], json: false },
  { args: () => ['xref', '--format', 'json'], json: true },
  { args: () => ['xref', '--lists', '--format', 'markdown'], json: false },
  { args: () => ['xref', '--paragraph', 'strategy/1.a', '--format', 'dot'], json: false },
  { args: () => ['show', 'strategy/1', '--format', 'json'], json: true },
  { args: () => ['search', 'member', '--format', 'json'], json: true },
  { args: (out) => ['report', '--out', join(out, 'r.html'), '--force'], json: false },
];

async function run(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--corpus', root, '--today', '2026-01-01', ...args],
    cwd: root,
    env: {},
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

describe('report commands on mutated corpora', () => {
  it('answer or refuse in one line; never an internal error; JSON stays valid', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-prop-report-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: COMMANDS.length - 1 }), async (fi, ms, ci) => {
          const [rel, text] = texts[fi]!;
          const files: Files = { ...GAPS_FIXTURE, [rel]: ms.reduce(apply, text) };
          const root = writeCorpus(files);
          try {
            const c = COMMANDS[ci]!;
            const r = await run(root, c.args(out));
            expect(r.stderr).not.toContain('internal error');
            expect([0, 1, 2]).toContain(r.code);
            if (r.code === 2) {
              // A usage error: one message line (and at most a hint), no stack.
              expect(r.stderr).toMatch(/^plan: /);
              expect(r.stderr).not.toMatch(/\n\s+at /);
            } else if (c.json) {
              expect(() => JSON.parse(r.stdout)).not.toThrow();
            }
          } finally {
            removeCorpus(root);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
