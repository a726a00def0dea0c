import type { SearchResult } from '../../../src/search/index.js';

/** A result as the search gives it: two hits shown of three, one with a phrase and a comma in its snippet. */
export const RESULT: SearchResult = {
  query: '"mutual legal assistance" extradit*',
  total: 3,
  limit: 2,
  results: [
    {
      id: 'strategy-2021/6.f',
      document: 'strategy-2021',
      type: 'action',
      score: 4,
      snippet: '…the UNTOC as a legal basis for mutual legal assistance in extradition, “prosecutions” and the State’s\u00a0proceedings…',
      highlights: [[32, 55], [59, 70]],
    },
    {
      id: 'mex-draft-2005/24',
      document: 'mex-draft-2005',
      type: 'operative',
      score: 4,
      snippet: 'Treaties on mutual legal assistance | extradition *star* `code`',
      highlights: [[12, 35], [38, 49]],
    },
  ],
};

export const EMPTY: SearchResult = { query: 'zzz', total: 0, limit: 50, results: [] };
