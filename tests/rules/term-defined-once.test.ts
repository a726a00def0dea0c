import { describe, expect, it } from 'vitest';
import { A1, A2, D1, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { termDefinedOnce } from '../../src/rules/term-defined-once/index.js';
import { scanTermDefinitions } from '../../src/text/definitions.js';

ruleTester(termDefinedOnce, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'defined once, used after', files: { [A1]: miniBody(A1, '“Serious crime” means conduct punishable by four years.'), [A2]: miniBody(A2, 'Member states criminalize every serious crime.') } },
    { name: 'a quoted title is not a definition', files: { [A2]: miniBody(A2, 'Resolution “Fighting Transnational Organized Crime” and resolution “Fighting Transnational Organized Crime”.') } },
    { name: 'each text defines its own', files: { [A1]: miniBody(A1, 'The Convention (hereinafter “the Convention”) applies.'), [D1]: miniBody(D1, 'The Convention (hereinafter “the Convention”) applies.') } },
  ],
  invalid: [
    { name: 'a term defined twice', files: { [A1]: miniBody(A1, '“Serious crime” means conduct punishable by four years.'), [A2]: miniBody(A2, 'For this Strategy, ‸"serious crime" shall mean conduct punishable by five years.') }, errors: [{ file: A2, message: '“serious crime” is defined a second time (first in adopted/1): define it once' }] },
    { name: 'a hereinafter defined twice', files: { [A1]: miniBody(A1, 'The United Nations Convention (hereinafter referred to as “the Convention”) applies.'), [A2]: miniBody(A2, 'The Inter-American Convention (the ‸“Convention”) applies.') }, errors: [{ file: A2, message: '“Convention” is defined a second time' }] },
  ],
});

describe('scanTermDefinitions', () => {
  it('finds each form once, with the term without its quotes', () => {
    const t = 'The Plan (hereinafter “the Plan”); "organized criminal group" means a group; the term “proceeds” refers to property; the Strategy (the “Strategy”).';
    expect(scanTermDefinitions(t).map((d) => [d.term, t.slice(d.start, d.end)])).toEqual([
      ['the Plan', '“the Plan”'],
      ['organized criminal group', '"organized criminal group"'],
      ['proceeds', '“proceeds”'],
      ['Strategy', '“Strategy”'],
    ]);
  });
});
