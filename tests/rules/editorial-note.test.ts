import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { editorialNote } from '../../src/rules/editorial-note/index.js';

const working = mini('documents/adopted.md', ['status: adopted', 'status: working-draft']);
const fn = (body: string) => `---\nid: adopted/fn.1\ndocument: adopted\nnumber: fn.1\nprinted: false\nsection: []\ntype: footnote\n---\n${body}\n`;
/** A footnote's open note; `at` stands before the words a finding is expected on. */
const note = (at = '') => `This section ${at}must be reconciled with the document on the conclusions of the First Meeting.`;
ruleTester(editorialNote, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'a circulated draft keeps its notes', files: { 'paragraphs/adopted/fn.1.md': fn(note()) } },
    { name: 'a settled footnote in a working draft', files: { 'documents/adopted.md': working, 'paragraphs/adopted/fn.1.md': fn('Adopted at the second plenary session.') } },
  ],
  invalid: [
    { name: 'must be reconciled', files: { 'documents/adopted.md': working, 'paragraphs/adopted/fn.1.md': fn(note('‸')) }, errors: [{ file: 'paragraphs/adopted/fn.1.md', message: 'open editorial note ("must be reconciled")' }] },
    { name: 'TBD in a paragraph', files: { 'documents/adopted.md': working, 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['national authority.', 'national authority [date ‸TBD].']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'TBD' }] },
  ],
});
