import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownTarget } from '../../src/rules/known-target/index.js';

const f = 'paragraphs/adopted/2.md';
const p2 = (...edits: Array<[string, string]>) => mini(f, ...edits);
ruleTester(knownTarget, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'unresolved with a description', files: { [f]: p2(['    target: draft/1\n    basis: paraphrased', '    target: plan-2006#II.2\n    resolved: false\n    description: the adopted Plan\n    basis: paraphrased']) } },
  ],
  invalid: [
    { name: 'missing paragraph', files: { [f]: p2(['target: draft/1', 'target: ‸draft/2']) }, errors: [{ file: f, message: 'did you mean `draft/1`' }] },
    { name: 'unresolved without description', files: { [f]: p2(['  - type: derived-from\n    target: draft/1', '  - ‸type: derived-from\n    target: elsewhere\n    resolved: false']) }, errors: [{ file: f, message: 'needs a `description`' }] },
    { name: 'derived-from without basis', files: { [f]: p2(['    basis: paraphrased\n', ''], ['  - type: derived-from', '  - ‸type: derived-from']) }, errors: [{ file: f, message: 'needs a `basis`' }] },
    { name: 'marked unresolved but present', files: { [f]: p2(['    target: draft/1', '    target: draft/1\n    resolved: ‸false\n    description: x']) }, errors: [{ file: f, message: 'remove `resolved: false`' }] },
  ],
});
