import { describe, expect, it } from 'vitest';
import { markedWords, searchTable, summaryLine, wrapWords } from '../../../src/formatters/search/table.js';
import { EMPTY, RESULT } from './fixtures.js';

describe('searchTable', () => {
  it('prints id and type, the snippet with hits between « », and how many more there are', () => {
    const out = searchTable(RESULT, { color: false });
    expect(out).toContain('strategy-2021/6.f  action\n');
    expect(out).toContain('«mutual legal assistance» in «extradition»,');
    expect(out).toContain('State’s\u00a0proceedings…');
    expect(out.trimEnd().split('\n').slice(-2).join(' ')).toBe('3 paragraphs match "mutual legal assistance" extradit*; showing the first 2, 1 more (--limit 3 to see all).');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('keeps every line within 100 columns', () => {
    const long = { ...RESULT, results: [{ ...RESULT.results[0]!, snippet: 'word '.repeat(60).trim(), highlights: [[0, 4]] as Array<[number, number]> }] };
    for (const line of searchTable(long, { color: false }).split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('colours hits (bold yellow), one word at a time, only when asked', () => {
    const out = searchTable(RESULT, { color: true });
    expect(out).toContain('\x1b[1m\x1b[33mmutual\x1b[39m\x1b[22m \x1b[1m\x1b[33mlegal\x1b[39m\x1b[22m');
    expect(out).not.toContain('«');
  });

  it('says "No paragraph matches" with the filters when nothing matches', () => {
    expect(searchTable(EMPTY, { color: false, filters: ' in strategy-2021' })).toBe('No paragraph matches zzz in strategy-2021.\n');
  });

  it('summary: singular and all shown', () => {
    expect(summaryLine({ ...EMPTY, total: 1, results: [RESULT.results[0]!] })).toBe('1 paragraph matches zzz.');
  });
});

describe('wrapWords / markedWords', () => {
  it('wraps by visible width, colour escapes not counted', () => {
    const words = markedWords('aaaa bbbb cccc', [[5, 9]], true);
    expect(wrapWords(words, 11, '  ').length).toBe(2);
    expect(wrapWords(['aaaa', 'bbbb', 'cccc'], 11, '  ')).toEqual(['  aaaa bbbb', '  cccc']);
  });
});
