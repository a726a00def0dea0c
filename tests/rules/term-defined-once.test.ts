import { describe, expect, it } from 'vitest';
import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { termDefinedOnce } from '../../src/rules/term-defined-once/index.js';
import { scanTermDefinitions } from '../../src/text/definitions.js';

const p1 = mini('paragraphs/adopted/1.md');
const p2 = mini('paragraphs/adopted/2.md');
const body = (p: string, text: string) => p.replace(/---\n[^\n]*\n$/, `---\n${text}\n`);
const A1 = 'paragraphs/adopted/1.md';
const A2 = 'paragraphs/adopted/2.md';
ruleTester(termDefinedOnce, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'defined once, used after', files: { [A1]: body(p1, '“Serious crime” means conduct punishable by four years.'), [A2]: body(p2, 'Member states criminalize every serious crime.') } },
    { name: 'a quoted title is not a definition', files: { [A2]: body(p2, 'Resolution “Fighting Transnational Organized Crime” and resolution “Fighting Transnational Organized Crime”.') } },
    { name: 'each text defines its own', files: { [A1]: body(p1, 'The Convention (hereinafter “the Convention”) applies.'), 'paragraphs/draft/1.md': body(mini('paragraphs/draft/1.md'), 'The Convention (hereinafter “the Convention”) applies.') } },
  ],
  invalid: [
    { name: 'a term defined twice', files: { [A1]: body(p1, '“Serious crime” means conduct punishable by four years.'), [A2]: body(p2, 'For this Strategy, "serious crime" shall mean conduct punishable by five years.') }, errors: [{ file: A2, line: 23, column: 20, message: '“serious crime” is defined a second time (first in adopted/1): define it once' }] },
    { name: 'a hereinafter defined twice', files: { [A1]: body(p1, 'The United Nations Convention (hereinafter referred to as “the Convention”) applies.'), [A2]: body(p2, 'The Inter-American Convention (the “Convention”) applies.') }, errors: [{ file: A2, line: 23, column: 36, message: '“Convention” is defined a second time' }] },
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
