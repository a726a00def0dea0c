import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownBody } from '../../src/rules/known-body/index.js';

ruleTester(knownBody, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'unknown addressee', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('[member-states]', '[member-state]') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 8, column: 14, message: 'did you mean `member-states`' }] },
    { name: 'unknown author', files: { 'documents/draft.md': mini('documents/draft.md').replace('author: mexico', 'author: cedot') }, errors: [{ file: 'documents/draft.md', line: 5, message: 'Unknown body `cedot`' }] },
  ],
});
