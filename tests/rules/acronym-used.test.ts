import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { acronymUsed } from '../../src/rules/acronym-used/index.js';

const p1 = mini('paragraphs/adopted/1.md');
const p2 = mini('paragraphs/adopted/2.md');
const body = (p: string, text: string) => p.replace(/---\n[^\n]*\n$/, `---\n${text}\n`);
const A1 = 'paragraphs/adopted/1.md';
const A2 = 'paragraphs/adopted/2.md';
ruleTester(acronymUsed, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'spelled out, then used in another paragraph', files: { [A1]: body(p1, 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.'), [A2]: body(p2, 'CEDOT will report.') } },
    { name: 'spelled out and used in the same sentence', files: { [A2]: body(p2, 'The Inter-American Drug Abuse Control Commission (CICAD) meets; CICAD reports.') } },
  ],
  invalid: [
    { name: 'spelled out, never used', files: { [A2]: body(p2, 'Member states support the Multilateral Evaluation Mechanism (MEM).') }, errors: [{ file: A2, line: 23, column: 61, message: 'MEM is spelled out here but never used in this text: remove “(MEM)”, or use MEM where the name comes again.' }] },
    { name: 'used only in another text', files: { [A2]: body(p2, 'Member states support the Multilateral Evaluation Mechanism (MEM).'), 'paragraphs/draft/1.md': body(mini('paragraphs/draft/1.md'), 'The MEM reports.') }, errors: [{ file: A2, line: 23, column: 61 }] },
    { name: 'two definitions, no use: reported once', files: { [A1]: body(p1, 'The Inter-American Children’s Institute (IIN) meets.'), [A2]: body(p2, 'The Inter-American Children’s Institute (IIN) reports.') }, errors: [{ file: A1, line: 16, column: 41, message: 'IIN is spelled out here but never used' }] },
  ],
});
