import { splitHighlights, type SearchResult } from '../../search/index.js';
import { printable } from '../../util/text.js';
import { summaryLine, type SearchFormatOptions } from './table.js';
import { maxOf } from '../../util/arrays.js';

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

/**
 * A pasteable Markdown section: a heading with the query, a table of id,
 * type and snippet with the hits in **bold**, and a line on the results not shown.
 */
export function searchMarkdown(r: SearchResult, opts: SearchFormatOptions): string {
  const out: string[] = [`## Search: ${mdCode(r.query)}`, ''];
  if (r.total === 0) {
    out.push(mdCell(summaryLine(r, opts.filters)));
    return out.join('\n') + '\n';
  }
  out.push('| id | type | text |', '|---|---|---|');
  for (const h of r.results) {
    const text = splitHighlights(h.snippet, h.highlights).map((p) => (p.hit ? `**${mdCell(p.text)}**` : mdCell(p.text))).join('');
    out.push(`| ${mdCode(h.id)} | ${mdCell(h.type)} | ${text} |`);
  }
  out.push('', mdCell(summaryLine(r, opts.filters)));
  return out.join('\n') + '\n';
}
