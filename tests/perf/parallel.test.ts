import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plan, REPO } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the threaded fast path', () => {
  it('gives byte-identical diagnostics to the single-thread path on the synthetic corpus', () => {
    execFileSync(process.execPath, [join(REPO, 'bench/gen-corpus.mjs'), '2500', dir], { stdio: 'ignore' });
    const args = ['lint', '--corpus', dir, '--format', 'json', '--today', '2026-01-01'];
    const one = plan(args, { env: { PLAN_WORKERS: '1' } });
    const two = plan(args, { env: { PLAN_WORKERS: '2' } });
    const three = plan(args, { env: { PLAN_WORKERS: '3' } });
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    // every planted error is found, in exactly the planted files
    const files = JSON.parse(one.stdout) as Array<{ filePath: string; errorCount: number }>;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { bad: Array<{ file: string }> };
    const bad = files.filter((f) => f.errorCount > 0).map((f) => f.filePath.slice(dir.length + 1)).sort();
    expect(bad).toEqual(expected.bad.map((b) => b.file).sort());
    expect(bad.length).toBeGreaterThan(20);
  });
});
