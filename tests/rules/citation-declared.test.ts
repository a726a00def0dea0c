import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { citationDeclared } from '../../src/rules/citation-declared.js';

const p2 = mini('paragraphs/adopted/2.md');
const body = (t: string) => p2.replace(/---\n[^\n]*\n$/, `---\n${t}\n`);
const f = 'paragraphs/adopted/2.md';
ruleTester(citationDeclared, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'declared in a short form', files: { [f]: body('Member states consider it (Palermo Convention, Art. 16).') } },
  ],
  invalid: [
    { name: 'undeclared article', files: { [f]: body('Member states consider it (UNTOC, Art. 24).') }, errors: [{ file: f, line: 23, column: 27, message: 'is not declared: add {instrument: untoc, articles: [24]}' }] },
    { name: 'a range is three articles', files: { [f]: body('Member states consider it (UNTOC, Art. 15-17).') }, errors: [{ file: f, line: 23, message: 'articles: [15, 17]' }] },
    { name: 'article that does not exist', files: { [f]: body('Member states consider Article 16 and Article 99 of the Palermo Convention.') }, errors: [{ file: f, line: 23, message: 'article 99 does not exist in `untoc` (articles 1-41)' }] },
    { name: 'an article that does not exist is not offered as a declaration', files: { [f]: body('Member states consider extradition (CTOC, Arts. 12 and 99).') }, errors: [{ file: f, line: 23, message: 'is not declared: add {instrument: untoc, articles: [12]}' }, { file: f, line: 23, message: 'article 99 does not exist' }] },
    { name: 'unknown instrument name', files: { [f]: body('Member states consider Article 5 of the Convention on Everything Else.') }, errors: [{ file: f, line: 23, column: 24, message: 'not an instrument of the corpus' }] },
  ],
});
