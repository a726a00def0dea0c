/**
 * Small text helpers shared by the `plan xref` table and markdown formatters:
 * display width, word wrapping, aligned columns.
 */
import { printable } from '../../util/text.js';
import { maxOf } from '../../util/arrays.js';

/** Columns a string takes in a terminal (code points; combining marks take none). */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

export function pad(s: string, w: number): string {
  const d = w - width(s);
  return d > 0 ? s + ' '.repeat(d) : s;
}

/** Corpus text made safe for one line of a terminal (control characters escaped, spaces collapsed). */
export function oneLine(s: string, max = 100000): string {
  return printable(s.replace(/[\t\n\r ]+/g, ' ').trim(), max);
}

/** Splits text into lines of at most `w` columns, at spaces where it can (runs of spaces inside a line are kept). */
export function wrap(s: string, w: number): string[] {
  if (w < 1) return [s];
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    let gap = '';
    for (const tok of para.match(/ +|[^ ]+/g) ?? []) {
      if (tok.startsWith(' ')) { gap = tok; continue; }
      let rest = tok;
      while (width(rest) > w) {
        // A word longer than the column: cut it.
        if (line) { out.push(line); line = ''; }
        const chars = Array.from(rest);
        out.push(chars.slice(0, w).join(''));
        rest = chars.slice(w).join('');
      }
      if (!line) line = rest;
      else if (width(line) + width(gap) + width(rest) <= w) line += gap + rest;
      else { out.push(line); line = rest; }
      gap = '';
    }
    out.push(line);
  }
  return out;
}

/** Wraps text after `first` (e.g. two spaces), continuation lines indented by `hang` more spaces. */
export function hanging(text: string, max: number, first = '', hang = 2): string[] {
  const lines = wrap(text, max - first.length);
  if (lines.length <= 1) return lines.map((l) => first + l);
  const rest = wrap(lines.slice(1).join(' '), max - first.length - hang);
  return [first + lines[0]!, ...rest.map((l) => first + ' '.repeat(hang) + l)];
}

export type Style = (s: string) => string;

export interface Column {
  head: string;
  /** May this column wrap (it shrinks to fit the width)? */
  wrap?: boolean;
  /** Right-align (numbers). */
  right?: boolean;
}

/**
 * Aligned columns, at most `max` columns wide: the wrapping columns shrink
 * and wrap their text. `style(row, col, text)` colours a cell after padding.
 */
export function columns(cols: Column[], rows: string[][], opts: { max?: number; indent?: number; head?: Style; style?: (row: number, col: number, text: string) => string } = {}): string[] {
  const max = opts.max ?? 100;
  const indent = ' '.repeat(opts.indent ?? 0);
  const gap = 2;
  const w = cols.map((c, i) => maxOf(rows.map((r) => width(r[i] ?? '')), width(c.head)));
  const total = () => w.reduce((a, b) => a + b, 0) + gap * (cols.length - 1) + indent.length;
  const wrapping = cols.map((c, i) => (c.wrap ? i : -1)).filter((i) => i >= 0);
  while (total() > max && wrapping.length) {
    const widest = wrapping.reduce((a, b) => (w[b]! > w[a]! ? b : a));
    const floor = Math.max(12, width(cols[widest]!.head));
    if (w[widest]! <= floor) break;
    w[widest] = Math.max(floor, w[widest]! - (total() - max));
  }
  const out: string[] = [];
  const line = (cells: string[], style?: (col: number, text: string) => string) => {
    const parts = cells.map((t, i) => (cols[i]!.wrap ? wrap(t, w[i]!) : [t]));
    const h = maxOf(parts.map((p) => p.length));
    for (let k = 0; k < h; k++) {
      const seg = parts.map((p, i) => {
        const t = p[k] ?? '';
        const last = i === cols.length - 1;
        const padded = cols[i]!.right ? ' '.repeat(Math.max(0, w[i]! - width(t))) + t : last ? t : pad(t, w[i]!);
        return style ? style(i, padded) : padded;
      });
      out.push((indent + seg.join(' '.repeat(gap))).trimEnd());
    }
  };
  line(cols.map((c) => c.head), opts.head ? (_c, t) => opts.head!(t) : undefined);
  rows.forEach((r, ri) => line(r, opts.style ? (ci, t) => opts.style!(ri, ci, t) : undefined));
  return out;
}

/** A paragraph id relative to its document: `strategy-2021/2.iv` → `2.iv` under strategy-2021. */
export function local(id: string, doc: string): string {
  return id.startsWith(`${doc}/`) ? id.slice(doc.length + 1) : id;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Cited articles in words: `Art. 16, 27.2`, `whole instrument`, or both. */
export function articlesText(refs: string[], whole: boolean): string {
  return [...(refs.length ? [`Art. ${refs.join(', ')}`] : []), ...(whole || refs.length === 0 ? ['whole instrument'] : [])].join('; ');
}
