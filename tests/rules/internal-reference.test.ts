import { edit, mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { internalReference } from '../../src/rules/internal-reference/index.js';

const A1 = 'paragraphs/adopted/1.md';
const A2 = 'paragraphs/adopted/2.md';
/** adopted/2 referring to "paragraph 1 of this Strategy" (a marker, if any, before the reference), declared as a link to `target`. */
const withRef = (target: string, mark = '') => mini(A2,
  ['Member states consider designating a national authority.', `Member states consider designating a national authority for the conventions listed in ${mark}paragraph 1 of this Strategy.`],
  ['relations:\n', `relations:\n  - type: refers-to\n    target: ${target}\n    text: paragraph 1 of this Strategy\n`]);
ruleTester(internalReference, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'declared and on subject', files: { [A2]: withRef('adopted/1') } }],
  invalid: [
    { name: 'points to nothing', files: { [A2]: withRef('adopted/1', '‸'), [A1]: null }, errors: [{ file: A2, message: 'adopted/1 does not exist' }] },
    { name: 'not declared', files: { [A2]: edit(withRef('adopted/1', '‸'), [/  - type: refers-to\n.*\n.*\n/, '']) }, errors: [{ file: A2, message: 'not declared' }] },
    { name: 'renumbered: the link went elsewhere', files: { [A2]: withRef('adopted/3', '‸'), 'paragraphs/adopted/3.md': mini(A1, [/adopted\/1/g, 'adopted/3'], ['number: "1"', 'number: "3"']) }, errors: [{ file: A2, message: 'linked to adopted/3, not adopted/1' }] },
    { name: 'renumbered: the subject moved', files: { [A2]: withRef('adopted/1', '‸'), [A1]: mini(A1, ['Member states should ratify the United Nations Convention against Transnational Organized Crime and the Inter-American Convention on Mutual Assistance in Criminal Matters.', 'Member states should share data.']) }, errors: [{ file: A2, message: 'does not seem to be any more' }] },
  ],
});
