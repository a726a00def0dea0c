import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { evidenceRequired } from '../../src/rules/evidence-required/index.js';

ruleTester(evidenceRequired, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'not-done without evidence is allowed', files: { 'commitments/NIC/untoc.md': mini('commitments/NIC/untoc.md', [/    evidence: .*\n/, '']) } }],
  invalid: [
    {
      name: 'a TODO placeholder left by plan new is not a source, whatever the status',
      files: { 'commitments/NIC/untoc.md': mini('commitments/NIC/untoc.md', [/    evidence: .*\n/, '    evidence: [{source: ‸"TODO: the source of this record"}]\n']) },
      errors: [{ file: 'commitments/NIC/untoc.md', message: 'The evidence source is a placeholder (`TODO: the source of this record`)' }],
    },
    { name: 'partial without evidence', files: { 'commitments/MEX/national-authority.md': mini('commitments/MEX/national-authority.md', [/    evidence: .*\n/, ''], ['status: partial', 'status: ‸partial']) }, errors: [{ file: 'commitments/MEX/national-authority.md', message: 'must cite evidence' }] },
  ],
});
