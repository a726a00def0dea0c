import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownInstrument } from '../../src/rules/known-instrument/index.js';

ruleTester(knownInstrument, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'cited instrument missing', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('instrument: untoc', 'instrument: untocx') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 11, column: 17, message: 'did you mean `untoc`' }] },
    { name: 'obligation instrument missing', files: { 'paragraphs/adopted/1.md': mini('paragraphs/adopted/1.md').replace('[untoc, ia-mla]', '[untoc, ia-mlx]') }, errors: [{ file: 'paragraphs/adopted/1.md', line: 13, column: 24 }] },
    { name: 'commitment instrument missing', files: { 'commitments/NIC/untoc.md': null, 'commitments/NIC/budapest.md': mini('commitments/NIC/untoc.md').replace(/untoc/g, 'budapest') }, errors: [{ file: 'commitments/NIC/budapest.md', line: 4, message: 'Unknown instrument `budapest`' }] },
  ],
});
