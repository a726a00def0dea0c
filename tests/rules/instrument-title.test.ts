import { describe, expect, it } from 'vitest';
import { mini, withBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { instrumentTitle } from '../../src/rules/instrument-title/index.js';
import { scanTitles } from '../../src/text/titles.js';

const f = 'paragraphs/adopted/2.md';
const body = (t: string) => withBody(mini(f), t);
const withSlip = mini('instruments/ia-mla.md', ['sources:', `aliases:
  - text: Inter-American Convention on Mutual Legal Assistance in Criminal Matters
    note: Adds "Legal" to the title.
    slip: true
sources:`]);
const TIP = `---
id: untoc-tip
title: Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime
short-titles: [TiP Protocol]
aliases:
  - text: Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children
type: protocol
parent: untoc
organization: United Nations
sources: [test fixture]
---
`;
const asWorkingDraft = mini('documents/adopted.md', ['status: adopted', 'status: working-draft']);
/** The slip in the text, with a marker where a finding on it starts when `at` is `‸`. */
const legal = (at = '') => body(`States consider the ${at}Inter-American Convention on Mutual Legal Assistance in Criminal Matters.`);
ruleTester(instrumentTitle, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'canonical title followed by more words', files: { [f]: body('States consider the Inter-American Convention on Mutual Assistance in Criminal Matters and Its Protocol.') } },
    { name: 'a recorded slip in an adopted text', files: { 'instruments/ia-mla.md': withSlip, [f]: legal() } },
  ],
  invalid: [
    { name: 'a recorded slip repeated in a working draft', files: { 'instruments/ia-mla.md': withSlip, 'documents/adopted.md': asWorkingDraft, [f]: legal('‸') }, errors: [{ file: f, message: 'repeats a slip recorded for `ia-mla` (Adds "Legal" to the title): write "Inter-American Convention on Mutual Assistance in Criminal Matters"' }] },
    { name: 'a wrong word', files: { [f]: body('States consider the ‸Inter-American Convention on Mutual Assistance in Criminal Affairs.') }, errors: [{ file: f, message: 'did you mean "Inter-American Convention on Mutual Assistance in Criminal Matters"' }] },
    { name: 'a typo', files: { [f]: body('States ratify the ‸United Nations Convention against Transnational Organised Crime.') }, errors: [{ file: f, message: '`untoc`' }] },
    // Issue 18: a plural that is a known title plus one letter, and a near miss inside a list.
    { name: 'a plural', files: { [f]: body('States ratify the ‸United Nations Convention against Transnational Organized Crimes.') }, errors: [{ file: f, message: '"United Nations Convention against Transnational Organized Crimes" is not the title of `untoc` as known' }] },
    { name: 'near misses inside a list', files: { 'instruments/untoc-tip.md': TIP, [f]: body('States ratify the ‸Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Woman and Children, and the ‸Inter-American Convention on Mutual Assistance in Criminal Affairs.') }, errors: [{ file: f, message: 'did you mean "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing' }, { file: f, message: 'did you mean "Inter-American Convention on Mutual Assistance in Criminal Matters"' }] },
  ],
});

describe('scanTitles', () => {
  it('finds title-like spans and trims connectors', () => {
    expect(scanTitles('the United Nations Convention against Transnational Organized Crime in those cases').map((t) => t.text)).toEqual(['United Nations Convention against Transnational Organized Crime']);
    expect(scanTitles('a Convention to be drafted')).toEqual([]);
  });
});
