import { describe, expect, it } from 'vitest';
import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { instrumentTitle } from '../../src/rules/instrument-title.js';
import { scanTitles } from '../../src/text/titles.js';

const p2 = mini('paragraphs/adopted/2.md');
const body = (t: string) => p2.replace(/---\n[^\n]*\n$/, `---\n${t}\n`);
const f = 'paragraphs/adopted/2.md';
ruleTester(instrumentTitle, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'canonical title followed by more words', files: { [f]: body('States consider the Inter-American Convention on Mutual Assistance in Criminal Matters and Its Protocol.') } },
  ],
  invalid: [
    { name: 'a wrong word', files: { [f]: body('States consider the Inter-American Convention on Mutual Assistance in Criminal Affairs.') }, errors: [{ file: f, line: 23, column: 21, message: 'did you mean "Inter-American Convention on Mutual Assistance in Criminal Matters"' }] },
    { name: 'a typo', files: { [f]: body('States ratify the United Nations Convention against Transnational Organised Crime.') }, errors: [{ file: f, line: 23, message: '`untoc`' }] },
  ],
});

describe('scanTitles', () => {
  it('finds title-like spans and trims connectors', () => {
    expect(scanTitles('the United Nations Convention against Transnational Organized Crime in those cases').map((t) => t.text)).toEqual(['United Nations Convention against Transnational Organized Crime']);
    expect(scanTitles('a Convention to be drafted')).toEqual([]);
  });
});
