import { A1, A2, D1, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { acronymUsed } from '../../src/rules/acronym-used/index.js';

ruleTester(acronymUsed, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'spelled out, then used in another paragraph', files: { [A1]: miniBody(A1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: miniBody(A2, 'CEDOT will report.') } },
    { name: 'spelled out and used in the same sentence', files: { [A2]: miniBody(A2, 'The Inter-American Drug Abuse Control Commission (CICAD) meets; CICAD reports.') } },
  ],
  invalid: [
    { name: 'spelled out, never used', files: { [A2]: miniBody(A2, 'Member states support the Multilateral Evaluation Mechanism ‸(MEM).') }, errors: [{ file: A2, message: 'MEM is spelled out here but never used in this text: remove “(MEM)”, or use MEM where the name comes again.' }] },
    { name: 'used only in another text', files: { [A2]: miniBody(A2, 'Member states support the Multilateral Evaluation Mechanism ‸(MEM).'), [D1]: miniBody(D1, 'The MEM reports.') }, errors: [{ file: A2 }] },
    { name: 'two definitions, no use: reported once', files: { [A1]: miniBody(A1, 'The Inter-American Children’s Institute ‸(IIN) meets.'), [A2]: miniBody(A2, 'The Inter-American Children’s Institute (IIN) reports.') }, errors: [{ file: A1, message: 'IIN is spelled out here but never used' }] },
  ],
});
