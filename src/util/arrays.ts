/**
 * Array helpers for arrays whose length comes from the input (files,
 * findings, rows, lines of a body). Spreading such an array into a call
 * (`Math.max(...xs)`, `out.push(...xs)`) puts every element on the stack:
 * past about 120,000 elements V8 throws "Maximum call stack size exceeded"
 * (a 130,000-entry baseline crashed `plan lint`'s stylish output). These
 * loop instead.
 */

/** The largest of `xs`, or `floor` when it is larger (or `xs` is empty). */
export function maxOf(xs: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Appends every element of `xs` to `out` (in place); returns `out`. */
export function pushAll<T>(out: T[], xs: Iterable<T>): T[] {
  for (const x of xs) out.push(x);
  return out;
}
