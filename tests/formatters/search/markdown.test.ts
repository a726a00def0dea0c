import { describe, expect, it } from 'vitest';
import { searchMarkdown } from '../../../src/formatters/search/markdown.js';
import { mdCell, mdCode } from '../../../src/util/markdown.js';
import { EMPTY, RESULT } from './fixtures.js';

describe('searchMarkdown', () => {
  it('a heading, a table with hits in bold and Markdown escaped, and what was left out', () => {
    const out = searchMarkdown(RESULT, { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('## Search: `"mutual legal assistance" extradit*`');
    expect(lines[2]).toBe('| id | type | text |');
    expect(out).toContain('| `strategy-2021/6.f` | action | …the UNTOC as a legal basis for **mutual legal assistance** in **extradition**, “prosecutions” and the State’s\u00a0proceedings… |');
    expect(out).toContain('Treaties on **mutual legal assistance** \\| **extradition** \\*star\\* \\`code\\` |');
    expect(out).toContain('1 more (--limit 3 to see all)');
    // Every table row has the same number of unescaped cell separators.
    const rows = lines.filter((l) => l.startsWith('|'));
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length).toBe(5);
  });

  it('no match: the message under the heading', () => {
    expect(searchMarkdown(EMPTY, { color: false })).toBe('## Search: `zzz`\n\nNo paragraph matches zzz.\n');
  });

  it('code spans hold backticks', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x')).toBe('`` `x ``');
    expect(mdCell('a|b_c')).toBe('a\\|b\\_c');
  });
});
