import { splitHighlights, type SearchResult } from '../../search/index.js';
import { summaryLine, type SearchFormatOptions } from './table.js';
import { mdCell, mdCode } from '../../util/markdown.js';


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
