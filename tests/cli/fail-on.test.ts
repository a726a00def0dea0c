/**
 * Issue 15, item 13: `plan gaps --fail-on` says on stderr why it exits 1:
 * which of the statuses asked for were found and how many, counted as the
 * report counts them (the CSV's status column of the same run).
 */
import { describe, expect, it } from 'vitest';
import { failOnLine } from '../../src/commands/fail-on.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { GAP_STATUSES } from '../../src/reports/gaps/index.js';
import { plan } from './run.js';

/** How many rows of the command's CSV have each status. */
function statusCounts(args: string[]): Map<string, number> {
  const r = plan(['gaps', ...args, '--format', 'csv']);
  expect(r.code).toBe(0);
  const [head, ...rows] = parseCsv(r.stdout);
  const col = head!.indexOf('status');
  expect(col).toBeGreaterThanOrEqual(0);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[col]!, (counts.get(row[col]!) ?? 0) + 1);
  return counts;
}

describe('plan gaps --fail-on', () => {
  it('--state MEX --fail-on no-record,not-done: exit 1 and one line with both counts', () => {
    const n = statusCounts(['--state', 'MEX']);
    expect(n.get('no-record')).toBeGreaterThan(1);
    const r = plan(['gaps', '--state', 'MEX', '--fail-on', 'no-record,not-done']);
    expect(r.code).toBe(1);
    const tail = n.get('not-done') ? `, ${n.get('not-done')} not-done` : '';
    expect(r.stderr.split('\n').filter((l) => l.includes('--fail-on'))).toEqual([`plan: --fail-on: ${n.get('no-record')} items are no-record${tail}`]);
    expect(r.stdout).toContain('MEX');
  });

  it('--instrument counts states, in the order the statuses were given', () => {
    const n = statusCounts(['--instrument', 'untoc-firearms']);
    const present = ['in-progress', 'not-done', 'done'].filter((s) => n.get(s));
    expect(present.length).toBeGreaterThanOrEqual(2);
    const [a, b] = present as [string, string];
    const r = plan(['gaps', '--instrument', 'untoc-firearms', '--fail-on', `${b},${a}`]);
    expect(r.code).toBe(1);
    const first = `${n.get(b)} state${n.get(b) === 1 ? ' is' : 's are'} ${b}`;
    expect(r.stderr).toContain(`plan: --fail-on: ${first}, ${n.get(a)} ${a}\n`);
  });

  it('nothing found: exit 0 and nothing said', () => {
    const n = statusCounts(['--state', 'MEX']);
    const absent = GAP_STATUSES.find((s) => !n.get(s));
    if (absent === undefined) throw new Error('every status occurs for MEX; pick another state');
    const r = plan(['gaps', '--state', 'MEX', '--fail-on', absent]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('--fail-on');
  });

  it('failOnLine: singular, plural, only the statuses found', () => {
    expect(failOnLine(['done', 'no-record', 'no-record'], ['not-done', 'no-record'], 'item')).toBe('plan: --fail-on: 2 items are no-record\n');
    expect(failOnLine(['done', 'not-done'], ['not-done', 'done'], 'state')).toBe('plan: --fail-on: 1 state is not-done, 1 done\n');
    expect(failOnLine(['done'], ['not-done'], 'item')).toBeUndefined();
    expect(failOnLine(['done'], undefined, 'item')).toBeUndefined();
  });
});
