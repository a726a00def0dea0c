import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { sectionInOutline } from '../../src/rules/section-in-outline/index.js';

ruleTester(sectionInOutline, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'heading not in the outline', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['section: [Cooperation]', 'section: ‸[Co-operation]']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: '"Co-operation"' }] },
  ],
});
