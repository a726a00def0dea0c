import { describe, expect, it } from 'vitest';
import { searchJson } from '../../../src/formatters/search/json.js';
import { EMPTY, RESULT } from './fixtures.js';

describe('searchJson', () => {
  it('one document: {query, total, results[{id, document, type, score, snippet, highlights}]}', () => {
    const j = JSON.parse(searchJson(RESULT));
    expect(Object.keys(j)).toEqual(['query', 'total', 'results']);
    expect(j.total).toBe(3);
    expect(j.results).toHaveLength(2);
    expect(Object.keys(j.results[0])).toEqual(['id', 'document', 'type', 'score', 'snippet', 'highlights']);
    const r = j.results[0];
    expect(r.snippet.slice(r.highlights[0][0], r.highlights[0][1])).toBe('mutual legal assistance');
    expect(r.snippet).toContain('State’s\u00a0proceedings');
  });

  it('no match: results []', () => {
    expect(JSON.parse(searchJson(EMPTY))).toEqual({ query: 'zzz', total: 0, results: [] });
  });
});
