import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownInstrument } from '../../src/rules/known-instrument/index.js';

ruleTester(knownInstrument, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'cited instrument missing', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['instrument: untoc', 'instrument: ‸untocx']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'did you mean `untoc`' }] },
    { name: 'obligation instrument missing', files: { 'paragraphs/adopted/1.md': mini('paragraphs/adopted/1.md', ['[untoc, ia-mla]', '[untoc, ‸ia-mlx]']) }, errors: [{ file: 'paragraphs/adopted/1.md' }] },
    { name: 'commitment instrument missing', files: { 'commitments/NIC/untoc.md': null, 'commitments/NIC/budapest.md': mini('commitments/NIC/untoc.md', [/untoc/g, 'budapest'], ['instrument: budapest', 'instrument: ‸budapest']) }, errors: [{ file: 'commitments/NIC/budapest.md', message: 'Unknown instrument `budapest`' }] },
  ],
});
