import { mini, withBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { citationDeclared } from '../../src/rules/citation-declared/index.js';

const f = 'paragraphs/adopted/2.md';
const body = (t: string) => withBody(mini(f), t);
ruleTester(citationDeclared, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'declared in a short form', files: { [f]: body('Member states consider it (Palermo Convention, Art. 16).') } },
    { name: 'a whole instrument declared by its article citation', files: { [f]: body('Member states consider the Palermo Convention (Article 16 of UNTOC).') } },
    { name: 'generic words are not a title', files: { [f]: body('Member states consider the Convention and its Protocols (Article 16 of UNTOC).') } },
  ],
  invalid: [
    { name: 'undeclared article', files: { [f]: body('Member states consider it ‸(UNTOC, Art. 24).') }, errors: [{ file: f, message: 'is not declared: add {instrument: untoc, articles: [24]}' }] },
    { name: 'a range is three articles', files: { [f]: body('Member states consider it ‸(UNTOC, Art. 15-17).') }, errors: [{ file: f, message: 'articles: [15, 17]' }] },
    { name: 'article that does not exist', files: { [f]: body('Member states consider ‸Article 16 and Article 99 of the Palermo Convention.') }, errors: [{ file: f, message: 'article 99 does not exist in `untoc` (articles 1-41)' }] },
    // Both findings are on the one citation.
    { name: 'an article that does not exist is not offered as a declaration', files: { [f]: body('Member states consider extradition ‸‸(CTOC, Arts. 12 and 99).') }, errors: [{ file: f, message: 'is not declared: add {instrument: untoc, articles: [12]}' }, { file: f, message: 'article 99 does not exist' }] },
    { name: 'unknown instrument name', files: { [f]: body('Member states consider ‸Article 5 of the Convention on Everything Else.') }, errors: [{ file: f, message: 'not an instrument of the corpus' }] },
    // Issue 18: forms that went unchecked.
    { name: 'the article before the acronym, in parentheses', files: { [f]: body('Member states consider it ‸(Art. 18(13) UNTOC).') }, errors: [{ file: f, message: 'Citation "(Art. 18(13) UNTOC)" is not declared: add {instrument: untoc, articles: [18]}' }] },
    { name: 'the acronym, then "art" without a dot', files: { [f]: body('Member states consider it ‸(UNTOC art 20).') }, errors: [{ file: f, message: 'articles: [20]' }] },
    { name: 'a range with "to"', files: { [f]: body('Member states consider ‸articles 16 to 18 of UNTOC.') }, errors: [{ file: f, message: 'Citation "articles 16 to 18 of UNTOC" is not declared: add {instrument: untoc, articles: [17, 18]}' }] },
    { name: '"article 18, paragraph 13, of"', files: { [f]: body('Member states consider ‸article 18, paragraph 13, of UNTOC.') }, errors: [{ file: f, message: 'Citation "article 18, paragraph 13, of UNTOC" is not declared' }] },
    { name: 'two citations, each with its own name after it', files: { [f]: body('Member states consider ‸art. 20 UNTOC and ‸Art. 18(13) UNTOC.') }, errors: [{ file: f, message: 'Citation "art. 20 UNTOC"' }, { file: f, message: 'Citation "Art. 18(13) UNTOC"' }] },
    { name: 'a whole instrument named by its title is a citation', files: { [f]: body('Member states consider the ‸Inter-American Convention on Mutual Assistance in Criminal Matters.') }, errors: [{ file: f, message: '"Inter-American Convention on Mutual Assistance in Criminal Matters" cites `ia-mla` as a whole and is not declared: add {instrument: ia-mla} to `cites`.' }] },
  ],
});
