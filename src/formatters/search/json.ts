import type { SearchResult } from '../../search/index.js';

/**
 * `{query, total, results: [{id, document, type, score, snippet, highlights}]}`:
 * `total` counts every match, `results` holds the first --limit of them;
 * highlights are [start, end) offsets into the snippet, in UTF-16 code units.
 */
export function searchJson(r: SearchResult): string {
  const doc = {
    query: r.query,
    total: r.total,
    results: r.results.map((h) => ({ id: h.id, document: h.document, type: h.type, score: h.score, snippet: h.snippet, highlights: h.highlights })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
