import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownTarget } from '../../src/rules/known-target/index.js';

const p2 = mini('paragraphs/adopted/2.md');
const f = 'paragraphs/adopted/2.md';
ruleTester(knownTarget, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'unresolved with a description', files: { [f]: p2.replace('    target: draft/1\n    basis: paraphrased', '    target: plan-2006#II.2\n    resolved: false\n    description: the adopted Plan\n    basis: paraphrased') } },
  ],
  invalid: [
    { name: 'missing paragraph', files: { [f]: p2.replace('target: draft/1', 'target: draft/2') }, errors: [{ file: f, line: 16, column: 13, message: 'did you mean `draft/1`' }] },
    { name: 'unresolved without description', files: { [f]: p2.replace('    target: draft/1', '    target: elsewhere\n    resolved: false') }, errors: [{ file: f, line: 15, message: 'needs a `description`' }] },
    { name: 'derived-from without basis', files: { [f]: p2.replace('    basis: paraphrased\n', '') }, errors: [{ file: f, line: 15, message: 'needs a `basis`' }] },
    { name: 'marked unresolved but present', files: { [f]: p2.replace('    target: draft/1', '    target: draft/1\n    resolved: false\n    description: x') }, errors: [{ file: f, line: 17, message: 'remove `resolved: false`' }] },
  ],
});
