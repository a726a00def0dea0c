import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bodyPlainText } from '../../src/rules/body-plain-text/index.js';

const f = 'paragraphs/adopted/2.md';
/** The mini paragraph with `text` put before its body's first line. */
const before = (text: string) => mini(f, ['---\nMember', `---\n${text}Member`]);
ruleTester(bodyPlainText, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'a lint directive comment', files: { [f]: before('<!-- plan-lint-disable-next-line x -- y -->\n') } }],
  invalid: [
    { name: 'a numbered line becomes a list', files: { [f]: before('‸1. ') }, errors: [{ file: f, message: 'a list' }] },
    { name: 'tab-indented text becomes code', files: { [f]: before('‸\t') }, errors: [{ file: f, message: 'a code block' }] },
    { name: 'empty body', files: { [f]: mini(f, [/---\nMember.*\n$/, '---\n‸']) }, errors: [{ file: f, message: 'no text' }] },
    { name: 'pathological body is bounded', files: { [f]: before('‸') + '*a'.repeat(50000) }, errors: [{ file: f, message: 'not parsed' }] },
  ],
});

import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import fc from 'fast-check';
import { BLOCK_START } from '../../src/rules/body-plain-text/index.js';

describe('body-plain-text pre-filter', () => {
  it('never skips a body that Markdown would read as more than paragraphs', () => {
    const parser = unified().use(remarkParse);
    const line = fc.stringMatching(/^[ \t#>*+\-=_|<`~[\]0-9.)a-zA-Z!é’“]{0,12}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const body = lines.join('\n');
        const tree = parser.parse(body);
        const blocks = tree.children.some((n) => n.type !== 'paragraph');
        if (blocks) expect(BLOCK_START.test(body)).toBe(true);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});
