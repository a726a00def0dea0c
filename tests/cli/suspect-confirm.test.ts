/**
 * Suspect records on a copy of the real corpus: replies answer two paragraphs;
 * editing one paragraph's words makes the record that answered it suspect
 * (lint warns with the difference, gaps marks it), and plan confirm clears it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csv, parseCsv } from '../../src/formatters/csv.js';
import { plan, REPO } from './run.js';

const d = mkdtempSync(join(tmpdir(), 'plan-suspect-'));
afterAll(() => rmSync(d, { recursive: true, force: true }));
const run = (...args: string[]) => plan(['--corpus', join(d, 'corpus'), '--today', '2026-11-30', ...args], { cwd: d });

function suspects(): string[] {
  const r = run('gaps', '--state', 'MEX', '--format', 'json');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { items: Array<{ key: string; suspect?: boolean }> }).items.filter((i) => i.suspect).map((i) => i.key);
}
function lintJson(...extra: string[]): Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }> {
  const r = run('lint', '--format', 'json', ...extra);
  expect(r.stderr, `plan lint ${extra.join(' ')}`).not.toMatch(/internal error/);
  return JSON.parse(r.stdout) as ReturnType<typeof lintJson>;
}
const suspectFindings = (...extra: string[]) => lintJson(...extra).flatMap((f) => f.messages.filter((m) => m.ruleId === 'suspect-record').map((m) => ({ file: f.filePath.slice(d.length + 1), line: m.line, message: m.message })));

describe('suspect records', () => {
  it('a body edit makes the record that answered it suspect; plan confirm clears it', () => {
    cpSync(join(REPO, 'corpus'), join(d, 'corpus'), { recursive: true });
    expect(run('questionnaire', '--state', 'MEX', '--format', 'csv', '--out', 'q.csv').code).toBe(0);
    const [head, ...rows] = parseCsv(readFileSync(join(d, 'q.csv'), 'utf8'));
    for (const r of rows) {
      if (r[0] !== 'strategy-2021/5.a' && r[0] !== 'strategy-2021/5.b') continue;
      r[head!.indexOf('Reply: status')] = 'done';
      r[head!.indexOf('Reply: evidence (law, decree, website)')] = 'Acuerdo, DOF 2025';
    }
    writeFileSync(join(d, 'filled.csv'), csv(head!, rows));
    expect(run('import', 'replies', 'filled.csv', '--state', 'MEX', '--date', '2026-10-01', '--source', 'Mission of Mexico, note 7').code).toBe(0);
    expect(suspectFindings()).toEqual([]);
    expect(suspectFindings('--cache')).toEqual([]); // primes the cache
    expect(suspects()).toEqual([]);

    // The text changes after the reply.
    const p = join(d, 'corpus', 'paragraphs', 'strategy-2021', '5.a.md');
    const text = readFileSync(p, 'utf8');
    expect(text).toContain('designate a National Authority on TOC');
    writeFileSync(p, text.replace('designate a National Authority on TOC', 'designate a Central Authority on TOC'));

    const found = suspectFindings();
    // lint --cache after an edit to the body alone relints the commitment that answers it.
    expect(suspectFindings('--cache')).toEqual(found);
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe('corpus/commitments/MEX/strategy-2021-5-a.md');
    expect(found[0]!.message).toContain('`strategy-2021/5.a` reads differently now: “Member states designate a [-National-]{+Central+} Authority on TOC');
    expect(found[0]!.message).toContain('plan confirm MEX/strategy-2021-5-a');
    expect(run('lint').code).toBe(0); // a warning
    expect(suspects()).toEqual(['strategy-2021/5.a']);
    expect(run('gaps', '--state', 'MEX').stdout).toMatch(/^done .*2026-10-01 +suspect +strategy-2021\/5\.a$/m);

    const dry = run('confirm', '--state', 'MEX', '--dry-run');
    expect(dry.stdout).toContain('MEX/strategy-2021-5-a: record as of 2026-10-01 would answer the paragraph as it reads today (strategy-2021/5.a changed since)');
    expect(suspects()).toEqual(['strategy-2021/5.a']);
    const c = run('confirm', '--state', 'mex');
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('1 record confirmed.');
    expect(suspectFindings()).toEqual([]);
    expect(suspects()).toEqual([]);
    expect(readFileSync(join(d, 'corpus', 'commitments', 'MEX', 'strategy-2021-5-a.md'), 'utf8')).toContain('designate a Central Authority on TOC');
    expect(run('confirm', 'MEX/strategy-2021-5-a').stdout).toContain('Nothing to confirm');
    const inst = run('confirm', 'MEX/untoc');
    expect(inst.code).toBe(2);
    expect(inst.stderr).toMatch(/^plan: MEX\/untoc is about an instrument/);
  }, 120_000);
});
