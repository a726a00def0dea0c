import { A2, D1, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bracketInAdopted } from '../../src/rules/bracket-in-adopted/index.js';


ruleTester(bracketInAdopted, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'an editorial insertion in an adopted text', files: { [A2]: miniBody(A2, 'Member states consider [sic] designating a national authority.') } },
    { name: 'a circulated draft is left to bracketed-text', files: { [D1]: miniBody(D1, 'The member states [shall/should] conclude treaties.') } },
  ],
  invalid: [
    { name: 'options left in an adopted text', files: { [A2]: miniBody(A2, 'Member states ‸[shall/should] designate a national authority.') }, errors: [{ file: A2, message: 'offers 2 competing options (shall or should), but this text is adopted' }] },
    { name: 'a bracketed passage in an adopted text', files: { [A2]: miniBody(A2, 'Member states designate a national authority ‸[within a year].') }, errors: [{ file: A2, message: 'an adopted text has no open brackets' }] },
  ],
});
