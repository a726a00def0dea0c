/**
 * `--fail-on`: why the command exits 1, on stderr, after a report that looks
 * like any other: which of the statuses asked for were found, and how many.
 */

/**
 * `plan: --fail-on: 65 items are no-record, 1 not-done` (statuses in the
 * order given), or undefined when none of `failOn` is among `statuses`.
 * `unit` names what has a status: an item (--state, --all: a state's item)
 * or a state (--instrument).
 */
export function failOnLine(statuses: Iterable<string>, failOn: readonly string[] | undefined, unit: 'item' | 'state'): string | undefined {
  if (!failOn?.length) return undefined;
  const counts = new Map<string, number>(failOn.map((s) => [s, 0]));
  for (const s of statuses) {
    const n = counts.get(s);
    if (n !== undefined) counts.set(s, n + 1);
  }
  const found = [...counts].filter(([, n]) => n > 0);
  if (found.length === 0) return undefined;
  const [first, ...rest] = found;
  const head = `${first![1]} ${unit}${first![1] === 1 ? ' is' : 's are'} ${first![0]}`;
  return `plan: --fail-on: ${[head, ...rest.map(([s, n]) => `${n} ${s}`)].join(', ')}\n`;
}
