import { Chalk } from 'chalk';
import { splitHighlights, type SearchResult } from '../../search/index.js';
import { printable } from '../../util/text.js';
import { pushAll } from '../../util/arrays.js';

/** Options shared by the search formatters. */
export interface SearchFormatOptions {
  /** Colour escapes allowed (a TTY, or forced). */
  color: boolean;
  /** The filters in words, for messages: ` in strategy-2021, type action`. */
  filters?: string;
}

/** Columns a table line is kept within. */
export const WIDTH = 100;

const ANSI = /\x1b\[[0-9;]*m/g;

function visible(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/** Wraps words (each already rendered, colour included) to `width` visible columns, each line indented. */
export function wrapWords(words: string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  let len = 0;
  for (const w of words) {
    const wl = visible(w);
    if (len > 0 && indent.length + len + 1 + wl > width) {
      lines.push(indent + line);
      line = '';
      len = 0;
    }
    line += (len > 0 ? ' ' : '') + w;
    len += (len > 0 ? 1 : 0) + wl;
  }
  if (len > 0) lines.push(indent + line);
  return lines;
}

/**
 * Words of a snippet with its hits marked: bold yellow on a terminal, else
 * between « and ». Each word is marked on its own so that a wrapped line
 * never leaves a colour open.
 */
export function markedWords(snippet: string, highlights: ReadonlyArray<readonly [number, number]>, color: boolean): string[] {
  const c = new Chalk({ level: color ? 1 : 0 });
  const text = splitHighlights(snippet, highlights)
    .map((p) => (!p.hit ? p.text : color ? p.text.split(' ').map((w) => (w ? c.bold.yellow(w) : w)).join(' ') : `«${p.text}»`))
    .join('');
  return text.split(' ').filter(Boolean);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Closing line: how many matched, how many are shown, how to see the rest. */
export function summaryLine(r: SearchResult, filters = ''): string {
  if (r.total === 0) return `No paragraph matches ${printable(r.query, 200)}${filters}.`;
  const more = r.total - r.results.length;
  const head = `${plural(r.total, 'paragraph')} ${r.total === 1 ? 'matches' : 'match'} ${printable(r.query, 200)}${filters}`;
  return more > 0 ? `${head}; showing the first ${r.results.length}, ${more} more (--limit ${r.total} to see all).` : `${head}.`;
}

/**
 * Readable at 100 columns: for each result a line `id  type`, then its
 * snippet wrapped and indented, hits marked; a summary line at the end.
 */
export function searchTable(r: SearchResult, opts: SearchFormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const h of r.results) {
    out.push(`${c.bold(printable(h.id, 200))}  ${c.dim(printable(h.type, 40))}`);
    pushAll(out, wrapWords(markedWords(h.snippet, h.highlights, opts.color), WIDTH, '  '));
    out.push('');
  }
  const summary = wrapWords(summaryLine(r, opts.filters).split(' ').filter(Boolean), WIDTH, '');
  pushAll(out, (r.total === 0 ? summary : summary.map((l) => c.bold(l))));
  return out.join('\n') + '\n';
}
