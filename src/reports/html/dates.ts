/**
 * The age of a record on `today`, in words: "12 years 3 months", "5 months",
 * "less than a month". Partial dates count from their first day (`2014` is
 * 2014-01-01). Returns months as a number too, for sorting; undefined when a
 * date is unreadable, negative months when as-of is after today.
 */
export function age(asOf: string | undefined, today: string): { months: number; text: string } | undefined {
  if (!asOf) return undefined;
  const a = parse(asOf);
  const t = parse(today);
  if (!a || !t) return undefined;
  let months = (t.y - a.y) * 12 + (t.m - a.m);
  if (t.d < a.d) months -= 1;
  if (months < 0) return { months, text: 'dated after today' };
  if (months === 0) return { months, text: 'less than a month' };
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [];
  if (y) parts.push(`${y} year${y === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} month${m === 1 ? '' : 's'}`);
  return { months, text: parts.join(' ') };
}

function parse(s: string): { y: number; m: number; d: number } | undefined {
  const r = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!r) return undefined;
  return { y: Number(r[1]), m: Number(r[2] ?? 1), d: Number(r[3] ?? 1) };
}
