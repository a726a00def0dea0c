import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { internalReference } from '../../src/rules/internal-reference/index.js';

const p2 = mini('paragraphs/adopted/2.md');
const withRef = (target: string) => p2
  .replace('Member states consider designating a national authority.', 'Member states consider designating a national authority for the conventions listed in paragraph 1 of this Strategy.')
  .replace('relations:\n', `relations:\n  - type: refers-to\n    target: ${target}\n    text: paragraph 1 of this Strategy\n`);
ruleTester(internalReference, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'declared and on subject', files: { 'paragraphs/adopted/2.md': withRef('adopted/1') } }],
  invalid: [
    { name: 'points to nothing', files: { 'paragraphs/adopted/2.md': withRef('adopted/1'), 'paragraphs/adopted/1.md': null }, errors: [{ file: 'paragraphs/adopted/2.md', line: 26, message: 'adopted/1 does not exist' }] },
    { name: 'not declared', files: { 'paragraphs/adopted/2.md': withRef('adopted/1').replace(/  - type: refers-to\n.*\n.*\n/, '') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 23, message: 'not declared' }] },
    { name: 'renumbered: the link went elsewhere', files: { 'paragraphs/adopted/2.md': withRef('adopted/3'), 'paragraphs/adopted/3.md': mini('paragraphs/adopted/1.md').replace(/adopted\/1/g, 'adopted/3').replace('number: "1"', 'number: "3"') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 26, message: 'linked to adopted/3, not adopted/1' }] },
    { name: 'renumbered: the subject moved', files: { 'paragraphs/adopted/2.md': withRef('adopted/1'), 'paragraphs/adopted/1.md': mini('paragraphs/adopted/1.md').replace('Member states should ratify the United Nations Convention against Transnational Organized Crime and the Inter-American Convention on Mutual Assistance in Criminal Matters.', 'Member states should share data.') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 26, message: 'does not seem to be any more' }] },
  ],
});
