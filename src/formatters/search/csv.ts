import type { SearchResult } from '../../search/index.js';
import { csv } from '../csv.js';

/**
 * RFC 4180 with a header row (the shared writer in csv.ts): id, document,
 * type, score, snippet, highlights (`start-end` offsets into the snippet,
 * space-separated). Only the results shown; the command says on stderr when
 * --limit left some out.
 */
export function searchCsv(r: SearchResult): string {
  return csv(
    ['id', 'document', 'type', 'score', 'snippet', 'highlights'],
    r.results.map((h) => [h.id, h.document, h.type, h.score, h.snippet, h.highlights.map(([s, e]) => `${s}-${e}`).join(' ')]),
  );
}
