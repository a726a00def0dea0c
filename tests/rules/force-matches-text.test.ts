import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { forceMatchesText } from '../../src/rules/force-matches-text/index.js';

const p1 = mini('paragraphs/adopted/1.md');
const f = 'paragraphs/adopted/1.md';
ruleTester(forceMatchesText, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'no normative wording of its own', files: { [f]: p1.replace(/---\nMember[^\n]*\n$/, '---\nUnited Nations Convention against Transnational Organized Crime;\n') } }],
  invalid: [
    { name: 'front matter says should, text says shall', files: { [f]: p1.replace('Member states should ratify', 'Member states shall ratify') }, errors: [{ file: f, line: 9, column: 8, message: 'the text says "shall"' }] },
    { name: 'the strongest governs', files: { [f]: p1.replace('Member states should ratify', 'Member states may and must ratify') }, errors: [{ file: f, line: 9, message: '(`must`)' }] },
  ],
});
