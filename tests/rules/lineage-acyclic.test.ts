import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { lineageAcyclic } from '../../src/rules/lineage-acyclic/index.js';

ruleTester(lineageAcyclic, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'two-step cycle', files: { 'paragraphs/draft/1.md': mini('paragraphs/draft/1.md', ['obligation:', 'relations:\n  - {type: derived-from, target: ‸adopted/2, basis: quoted}\nobligation:']) }, errors: [{ file: 'paragraphs/draft/1.md', message: 'adopted/2 → draft/1 → adopted/2' }] },
  ],
});
