import { maxOf } from './arrays.js';
import { printable } from './text.js';

/** Escapes text for a Markdown table cell: inline syntax and the cell separator. */
export function mdCell(s: string): string {
  return printable(s, Infinity).replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

/** An inline code span that holds any text (longer fence than any backtick run inside). */
export function mdCode(s: string): string {
  const t = printable(s, Infinity);
  const runs = t.match(/`+/g) ?? [];
  const fence = '`'.repeat(maxOf(runs.map((r) => r.length), 0) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced block that no line of `s` can close, each line printable (control characters escaped). */
export function mdFenced(s: string, lang: string): string[] {
  const runs = s.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(maxOf(runs.map((r) => r.length), 2) + 1);
  return [`${fence}${lang}`, ...s.split('\n').map((l) => printable(l, Infinity)), fence];
}
