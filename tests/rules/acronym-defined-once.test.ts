import { describe, expect, it } from 'vitest';
import { A1, A2, D1, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { acronymDefinedOnce } from '../../src/rules/acronym-defined-once/index.js';
import { spelledOutBefore } from '../../src/text/definitions.js';

ruleTester(acronymDefinedOnce, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'spelled out once, used after', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: miniBody(A2, 'CEDOT will report. CEDOT will meet again.') } },
    { name: 'each text spells out its own', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [D1]: miniBody(D1, 'The Special Committee on Transnational Organized Crime (CEDOT) will report.') } },
  ],
  invalid: [
    { name: 'spelled out twice, the same way', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: miniBody(A2, 'The Special Committee on Transnational Organized Crime ‸(CEDOT) will report.') }, errors: [{ file: A2, message: 'CEDOT is spelled out a second time (first in adopted/1): spell it out once, at its first use, and write CEDOT after.' }] },
    { name: 'spelled out twice, differently', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: miniBody(A2, 'The Special Committee against Transnational Organized Crime ‸(CEDOT) will report.') }, errors: [{ file: A2, message: '“Special Committee against Transnational Organized Crime” here, “Special Committee on Transnational Organized Crime” in adopted/1' }] },
    { name: 'twice in one paragraph', files: { [A2]: miniBody(A2, 'The Inter-American Drug Abuse Control Commission (CICAD) and\nthe Inter-American Drug Abuse Control Commission ‸(CICAD).') }, errors: [{ file: A2, message: 'first in adopted/2' }] },
  ],
});

describe('spelledOutBefore', () => {
  const name = (t: string) => spelledOutBefore(t, t.lastIndexOf('('));
  it('reads the capitalised name back, with its small words and inner commas', () => {
    expect(name('welcomes the Special Committee on Transnational Organized Crime (CEDOT)')).toBe('Special Committee on Transnational Organized Crime');
    expect(name('the Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials (CIFTA)')).toBe('Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials');
  });
  it('stops at an earlier aside and at lower-case words', () => {
    expect(name('the Convention (CIFTA) and of the Follow-up Mechanism (MESICIC)')).toBe('Follow-up Mechanism');
    expect(name('special investigative techniques (SIT)')).toBe('');
  });
});
