import { describe, expect, it } from 'vitest';
import { mini, withBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { unmatchedDelimiter } from '../../src/rules/unmatched-delimiter/index.js';
import { scanUnmatched } from '../../src/text/delimiters.js';

const A2 = 'paragraphs/adopted/2.md';
const at = (text: string) => ({ [A2]: withBody(mini(A2), text) });

ruleTester(unmatchedDelimiter, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'apostrophes are not quotes', files: at('The State’s and the officers’ duties, the States\' laws, don\'t and ’90s.') },
    { name: 'nested quotes and brackets', files: at('The Declaration says “security is ‘multidimensional’ (in scope) [and broad]” and "so on".') },
    { name: 'a quote ending with a possessive apostrophe', files: at('They call it ‘the members’ fund’ today.') },
    { name: 'enumeration labels', files: at('The member states: a) adopt laws; b) share data; iii) report.') },
    { name: 'a quotation over two lines', files: at('It reads “security\nis multidimensional”.') },
  ],
  invalid: [
    { name: 'a parenthesis not closed', files: at('Member states ‸(in particular those of the region designate an authority.'), errors: [{ file: A2, message: 'This opening parenthesis “(” is never closed in the paragraph: add the closing “)”' }] },
    { name: 'a parenthesis never opened', files: at('Member states in particular‸) designate an authority.'), errors: [{ file: A2, message: 'This closing parenthesis “)” has no opening “(” before it' }] },
    { name: 'a typographic quote not closed', files: at('The resolution ‸“Fighting Crime, requests a plan.'), errors: [{ file: A2, message: 'quotation mark “ is never closed' }] },
    { name: 'a typographic quote never opened', files: at('The resolution Fighting Crime,‸” requests a plan.'), errors: [{ file: A2, message: 'closing quotation mark ” has no opening “' }] },
    { name: 'a single quote not closed despite an apostrophe', files: at('They call it ‸‘the State’s fund today.'), errors: [{ file: A2, message: 'single quotation mark ‘ is never closed' }] },
    { name: 'an odd straight quote', files: at('The resolution ‸"Fighting Crime requests a plan.'), errors: [{ file: A2, message: 'straight quotation mark " is never closed' }] },
    { name: 'a bracket closed by the wrong mark', files: at('States ‸(shall‸] act.\nAnd ‸(more.'), errors: [
      { file: A2, message: 'parenthesis “(” is never closed' },
      { file: A2, message: 'square bracket “]” has no opening “[”' },
      { file: A2, message: 'parenthesis “(” is never closed' },
    ] },
  ],
});

describe('scanUnmatched', () => {
  it('reports what a closing mark leaves open inside it', () => {
    expect(scanUnmatched('a (b “c) d')).toEqual([{ char: '“', at: 5, kind: 'unclosed' }]);
  });
  it('is linear on a long paragraph', () => {
    const long = '(a “b” c) '.repeat(20000);
    expect(scanUnmatched(long)).toEqual([]);
    expect(scanUnmatched(`${long}(`)).toHaveLength(1);
  });
  it('stays linear on hostile input: many openers, then closers of a kind never opened', () => {
    const hostile = `${'('.repeat(50000)}${'”’]'.repeat(50000)}`;
    const t0 = performance.now();
    const got = scanUnmatched(hostile);
    expect(got).toHaveLength(50000 + 100000);
    // A quadratic pass would take minutes here; a linear one, milliseconds.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
