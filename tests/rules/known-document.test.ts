import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownDocument } from '../../src/rules/known-document/index.js';

ruleTester(knownDocument, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'document is not the folder', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['document: adopted', 'document: ‸draft']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'does not match the folder' }] },
    { name: 'folder of a missing document', files: { 'paragraphs/adoptd/2.md': mini('paragraphs/adopted/2.md', ['document: adopted', 'document: ‸adoptd'], ['id: adopted/2', 'id: adoptd/2']) }, errors: [{ file: 'paragraphs/adoptd/2.md', message: 'did you mean `adopted`' }] },
    { name: 'builds-on a missing document', files: { 'documents/adopted.md': mini('documents/adopted.md', ['  - draft\n', '  - ‸draf\n']) }, errors: [{ file: 'documents/adopted.md', message: 'did you mean `draft`' }] },
  ],
});
