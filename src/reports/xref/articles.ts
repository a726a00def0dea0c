/** Article labels: their natural order, compact ranges, and the labels an instrument records. */
import { compareText as cmp } from '../../util/text.js';

/** Natural order of article labels: 2 < 10 < 14 < 14 bis < 15. */
export function compareArticles(a: string, b: string): number {
  const ma = /^(\d+)\s*(.*)$/.exec(a);
  const mb = /^(\d+)\s*(.*)$/.exec(b);
  if (ma && mb) return Number(ma[1]) - Number(mb[1]) || cmp(ma[2]!, mb[2]!);
  if (ma) return -1;
  if (mb) return 1;
  return cmp(a, b);
}

/** Compact article labels: 1-4, 6, 8-10, 14 bis. */
export function articleRanges(labels: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < labels.length) {
    const a = labels[i]!;
    let j = i;
    if (/^\d+$/.test(a)) {
      while (j + 1 < labels.length && /^\d+$/.test(labels[j + 1]!) && Number(labels[j + 1]) === Number(labels[j]) + 1) j++;
    }
    out.push(j > i + 1 ? `${a}-${labels[j]}` : j === i + 1 ? `${a}, ${labels[j]}` : a);
    i = j + 1;
  }
  return out.join(', ');
}

/** The article labels an instrument records, or undefined. */
export function articleLabels(articles: number | string[] | undefined): string[] | undefined {
  if (articles === undefined) return undefined;
  if (typeof articles === 'number') return Array.from({ length: articles }, (_, i) => String(i + 1));
  return [...articles];
}
