/**
 * Issue 15, item 8: time and memory linear in the input. `plan search` on a
 * paragraph body at the 1 MiB file limit (fold() used to ask a growing string
 * whether it ended with a space: over a minute); 130,000 findings in one file
 * (the stylish formatter spread them into Math.max: a stack overflow). The
 * bound is generous (20 s for what takes about a second): it proves the
 * absence of a quadratic, not a speed. bench/pathological.mjs has the times.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/lint/stylish.js';
import type { LintResult } from '../../src/lint/engine.js';
import { fold } from '../../src/search/normalize.js';
import { maxOf, pushAll } from '../../src/util/arrays.js';
import { copyReal, removeCopy, run } from './real-copy.js';

const MIB = 1024 * 1024;
const P = 'paragraphs/gtdot-workplan-2008/2.1.md';
const SENTENCE = 'Encourage the timely and full delivery to UNODC of the questionnaires on implementation of the Palermo Convention and other studies.  ';

let root: string;
beforeAll(() => {
  root = copyReal();
  const text = readFileSync(join(root, P), 'utf8');
  const fm = text.slice(0, text.indexOf('\n---\n', 4) + 5);
  const room = MIB - Buffer.byteLength(fm) - 1;
  const body = `${SENTENCE.repeat(Math.ceil(room / SENTENCE.length)).slice(0, room - 20).trimEnd()} zyxwvut`;
  writeFileSync(join(root, P), `${fm}${body}\n`);
  expect(Buffer.byteLength(readFileSync(join(root, P)))).toBeLessThanOrEqual(MIB);
  expect(Buffer.byteLength(readFileSync(join(root, P)))).toBeGreaterThan(MIB - 100);
});
afterAll(() => removeCopy(root));

describe('a 1 MiB paragraph body', () => {
  it('fold() of 1 MiB: well under 20 s, offsets for every unit', () => {
    const s = SENTENCE.repeat(Math.ceil(MIB / SENTENCE.length)).slice(0, MIB);
    const t = performance.now();
    const f = fold(s);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(f.starts).toHaveLength(f.text.length);
    expect(f.text).not.toContain('  ');
  }, 120_000);

  it('plan search finds the word at its end, well under 20 s', async () => {
    const t = performance.now();
    const r = await run(root, ['search', 'zyxwvut', '--format', 'json']);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; results: Array<{ id: string }> };
    expect(out.total).toBe(1);
    expect(out.results[0]!.id).toBe('gtdot-workplan-2008/2.1');
  }, 120_000);

  it('plan search on a word in every sentence, and plan show, well under 20 s each', async () => {
    for (const argv of [['search', 'questionnaires', '-n', '1000'], ['show', 'gtdot-workplan-2008/2.1']]) {
      const t = performance.now();
      const r = await run(root, argv);
      expect(performance.now() - t, argv.join(' ')).toBeLessThan(20_000);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 120_000);
});

describe('arrays as long as the input', () => {
  it('stylish prints 130,000 findings of one file', () => {
    const n = 130_000;
    const messages = Array.from({ length: n }, (_, i) => ({ ruleId: 'r', severity: i % 2 ? 'warning' : 'error', message: 'm', line: i + 1, column: 1 }));
    const result = { results: [{ filePath: '/c/plan.baseline.yaml', messages, suppressedMessages: [] }], errorCount: n / 2, warningCount: n / 2, notes: [] } as unknown as LintResult;
    const out = stylish(result, { cwd: '/c', color: false } as Parameters<typeof stylish>[1]);
    const lines = out.split('\n');
    expect(lines.filter((l) => /^ {2}\d+:1 * {2}(error {4}|warning {2})m {2}r$/.test(l))).toHaveLength(n);
    expect(lines.find((l) => l.startsWith('  1:1 '))).toBe('  1:1       error    m  r');
  });

  it('maxOf and pushAll take 500,000 elements', () => {
    const xs = Array.from({ length: 500_000 }, (_, i) => i % 1000);
    expect(maxOf(xs)).toBe(999);
    expect(maxOf([], 6)).toBe(6);
    expect(pushAll([1], xs)).toHaveLength(500_001);
  });
});
