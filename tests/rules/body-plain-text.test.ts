import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bodyPlainText } from '../../src/rules/body-plain-text.js';

const p2 = mini('paragraphs/adopted/2.md');
const f = 'paragraphs/adopted/2.md';
ruleTester(bodyPlainText, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'a lint directive comment', files: { [f]: p2.replace('---\nMember', '---\n<!-- plan-lint-disable-next-line x -- y -->\nMember') } }],
  invalid: [
    { name: 'a numbered line becomes a list', files: { [f]: p2.replace('---\nMember', '---\n1. Member') }, errors: [{ file: f, line: 23, column: 1, message: 'a list' }] },
    { name: 'tab-indented text becomes code', files: { [f]: p2.replace('---\nMember', '---\n\tMember') }, errors: [{ file: f, line: 23, message: 'a code block' }] },
    { name: 'empty body', files: { [f]: p2.replace(/---\nMember.*\n$/, '---\n') }, errors: [{ file: f, line: 23, message: 'no text' }] },
    { name: 'pathological body is bounded', files: { [f]: p2 + '*a'.repeat(50000) }, errors: [{ file: f, line: 23, message: 'not parsed' }] },
  ],
});
