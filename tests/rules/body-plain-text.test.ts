import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bodyPlainText } from '../../src/rules/body-plain-text/index.js';

const p2 = mini('paragraphs/adopted/2.md');
const f = 'paragraphs/adopted/2.md';
ruleTester(bodyPlainText, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'a lint directive comment', files: { [f]: p2.replace('---\nMember', '---\n<!-- plan-lint-disable-next-line x -- y -->\nMember') } }],
  invalid: [
    { name: 'a numbered line becomes a list', files: { [f]: p2.replace('---\nMember', '---\n1. Member') }, errors: [{ file: f, line: 23, column: 1, message: 'a list' }] },
    { name: 'tab-indented text becomes code', files: { [f]: p2.replace('---\nMember', '---\n\tMember') }, errors: [{ file: f, line: 23, message: 'a code block' }] },
    { name: 'empty body', files: { [f]: p2.replace(/---\nMember.*\n$/, '---\n') }, errors: [{ file: f, line: 23, message: 'no text' }] },
    { name: 'pathological body is bounded', files: { [f]: p2 + '*a'.repeat(50000) }, errors: [{ file: f, line: 23, message: 'not parsed' }] },
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
