import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownBody } from '../../src/rules/known-body/index.js';

ruleTester(knownBody, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'unknown addressee', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['[member-states]', '[‸member-state]']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'did you mean `member-states`' }] },
    { name: 'unknown author', files: { 'documents/draft.md': mini('documents/draft.md', ['author: mexico', 'author: ‸cedot']) }, errors: [{ file: 'documents/draft.md', message: 'Unknown body `cedot`' }] },
  ],
});
