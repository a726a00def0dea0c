import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownState } from '../../src/rules/known-state/index.js';

ruleTester(knownState, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'unknown state', files: { 'commitments/MEX/untoc.md': null, 'commitments/MEC/untoc.md': mini('commitments/MEX/untoc.md', [/MEX/g, 'MEC'], ['state: MEC', 'state: ‸MEC']) }, errors: [{ file: 'commitments/MEC/untoc.md', message: 'did you mean `MEX`' }] },
    { name: 'instrument is not the file name', files: { 'commitments/NIC/untoc.md': mini('commitments/NIC/untoc.md', ['instrument: untoc', 'instrument: ‸ia-mla']) }, errors: [{ file: 'commitments/NIC/untoc.md', message: 'does not match the file name' }] },
    { name: 'answers a missing paragraph', files: { 'commitments/MEX/national-authority.md': mini('commitments/MEX/national-authority.md', ['[adopted/2]', '[‸adopted/9]']) }, errors: [{ file: 'commitments/MEX/national-authority.md' }] },
    // The finding is in a commitment the case leaves as it is: a copy that only adds the marker.
    { name: 'answers a paragraph without obligation', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', [/obligation:\n(  .*\n)+/, '']), 'commitments/MEX/national-authority.md': mini('commitments/MEX/national-authority.md', ['[adopted/2]', '[‸adopted/2]']) }, errors: [{ file: 'commitments/MEX/national-authority.md', message: 'has no obligation' }] },
  ],
});
