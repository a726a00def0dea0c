import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bracketInAdopted } from '../../src/rules/bracket-in-adopted/index.js';

const d1 = mini('paragraphs/draft/1.md');
const a2 = mini('paragraphs/adopted/2.md');
const body = (p: string, text: string) => p.replace(/---\n[^\n]*\n$/, `---\n${text}\n`);
const D1 = 'paragraphs/draft/1.md';
const A2 = 'paragraphs/adopted/2.md';

ruleTester(bracketInAdopted, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'an editorial insertion in an adopted text', files: { [A2]: body(a2, 'Member states consider [sic] designating a national authority.') } },
    { name: 'a circulated draft is left to bracketed-text', files: { [D1]: body(d1, 'The member states [shall/should] conclude treaties.') } },
  ],
  invalid: [
    { name: 'options left in an adopted text', files: { [A2]: body(a2, 'Member states [shall/should] designate a national authority.') }, errors: [{ file: A2, line: 23, column: 15, message: 'offers 2 competing options (shall or should), but this text is adopted' }] },
    { name: 'a bracketed passage in an adopted text', files: { [A2]: body(a2, 'Member states designate a national authority [within a year].') }, errors: [{ file: A2, line: 23, column: 46, message: 'an adopted text has no open brackets' }] },
  ],
});
