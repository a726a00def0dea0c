import { describe, expect, it } from 'vitest';
import { A1, A2, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { acronymDefined } from '../../src/rules/acronym-defined/index.js';
import { scanAcronyms } from '../../src/text/acronyms.js';

ruleTester(acronymDefined, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'spelled out first, used after', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: miniBody(A2, 'CEDOT will report.') } },
    { name: 'an instrument short title', files: { [A2]: miniBody(A2, 'States consider ratifying the UNTOC.') } },
    { name: 'preambular capitals and symbols', files: { [A2]: miniBody(A2, 'NOTING WITH SATISFACTION resolution AG/RES. 2116 (XXXV-O/05) and document CP/CSH-1018/08, section II.') } },
  ],
  invalid: [
    { name: 'used before spelled out', files: { [A1]: miniBody(A1, '‸CEDOT will meet.'), [A2]: miniBody(A2, 'The Special Committee (CEDOT) reports.') }, errors: [{ file: A1, message: 'CEDOT is used before the text spells it out (in adopted/2)' }] },
    { name: 'never spelled out and unknown', files: { [A2]: miniBody(A2, 'Member states consider the ‸ZZTOP network.') }, errors: [{ file: A2, message: 'ZZTOP is never spelled out' }] },
  ],
});

describe('scanAcronyms', () => {
  it('finds acronyms, marks definitions, strips meeting numbers, skips roman numerals and symbols', () => {
    const hits = scanAcronyms('Prior to REMJA-VI, the Inter-American Drug Abuse Control Commission (CICAD) and the MEM of the OAS (section IV, AG/RES. 2026 (XXXIV-O/04)).');
    expect(hits.map((h) => `${h.acronym}${h.defines ? '*' : ''}`)).toEqual(['REMJA', 'CICAD*', 'MEM', 'OAS']);
  });
  it('keeps a lone acronym that opens a sentence', () => {
    expect(scanAcronyms('CEDOT will follow up.').map((h) => h.acronym)).toEqual(['CEDOT']);
    expect(scanAcronyms('RECOGNIZING the impact of crime on the OAS').map((h) => h.acronym)).toEqual(['OAS']);
  });
});
