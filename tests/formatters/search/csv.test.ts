import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/formatters/csv.js';
import { searchCsv } from '../../../src/formatters/search/csv.js';
import { EMPTY, RESULT } from './fixtures.js';

describe('searchCsv', () => {
  it('RFC 4180 with a header row, CRLF, quoted fields that hold commas; round-trips', () => {
    const out = searchCsv(RESULT);
    expect(out.startsWith('id,document,type,score,snippet,highlights\r\n')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(out);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['strategy-2021/6.f', 'strategy-2021', 'action', '4', RESULT.results[0]!.snippet, '32-55 59-70']);
    expect(out).toContain('"…the UNTOC as a legal basis');
  });

  it('no match: the header only', () => {
    expect(searchCsv(EMPTY)).toBe('id,document,type,score,snippet,highlights\r\n');
  });
});
