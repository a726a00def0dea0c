import { describe, expect, it } from 'vitest';
import { A2, D1, mini, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { bracketedText } from '../../src/rules/bracketed-text/index.js';
import { agreedShare, describeShare, scanBrackets } from '../../src/text/brackets.js';

const working = mini('documents/draft.md', ['status: circulated-draft', 'status: working-draft']);

ruleTester(bracketedText, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'editorial insertions', files: { [D1]: miniBody(D1, 'The member states shall [sic] conclude treaties […] as signed. [signature] [Rubberstamp of the Permanent Mission] [1]') } },
    { name: 'a working draft under negotiation is not reported', files: { 'documents/draft.md': working, [D1]: miniBody(D1, 'The member states [shall/should] conclude treaties [to the extent possible].') } },
    { name: 'an introduction is not negotiated text', files: { [D1]: miniBody(D1, 'The Committee received recommendations from the Office [as Technical Secretariat of REMJA].', ['type: operative', 'type: introduction']) } },
    { name: 'an adopted text is left to bracket-in-adopted', files: { [A2]: miniBody(A2, 'Member states [shall/should] designate a national authority.') } },
  ],
  invalid: [
    { name: 'an open bracket in a circulated draft', files: { [D1]: miniBody(D1, 'The member states shall conclude treaties ‸[to the extent possible].') }, errors: [{ file: D1, message: '“[to the extent possible]” is in square brackets: this text is not agreed yet' }] },
    { name: 'competing options', files: { [D1]: miniBody(D1, 'The member states ‸[shall / should] conclude treaties.') }, errors: [{ file: D1, message: '“[shall / should]” offers 2 competing options (shall or should)' }] },
    { name: 'a nested bracket is reported with its outer one', files: { [D1]: miniBody(D1, 'The member states ‸[[shall/should] conclude treaties]. Also ‸[promptly].') }, errors: [{ file: D1, message: 'is in square brackets' }, { file: D1, message: '“[promptly]”' }] },
    { name: 'a bracket on a later line of the paragraph', files: { [D1]: miniBody(D1, 'The member states shall conclude treaties\nand ‸[exchange information].') }, errors: [{ file: D1 }] },
  ],
});

describe('scanBrackets and the agreed share', () => {
  it('finds negotiation brackets and options, leaves out editorial ones, links and footnote references', () => {
    const bs = scanBrackets('States [shall/should] act [sic] [promptly [and/or] fully] see [the site](https://x.org) and[^1] [AG/RES. 2116 / 2117].');
    expect(bs.map((b) => [b.content, b.options ?? null, b.depth])).toEqual([
      ['shall/should', ['shall', 'should'], 0],
      ['promptly [and/or] fully', null, 0],
      ['and/or', null, 1],
      ['AG/RES. 2116 / 2117', null, 0],
    ]);
  });
  it('stays linear on 50,000 nested brackets', () => {
    const t0 = performance.now();
    const bs = scanBrackets(`${'[ab '.repeat(50000)}${']'.repeat(50000)}`);
    expect(bs).toHaveLength(50000);
    expect(bs[49999]!.depth).toBe(49999);
    expect(agreedShare([`b ${'[ab '.repeat(50000)}${']'.repeat(50000)}`])).toMatchObject({ words: 50001, agreedWords: 1, brackets: 50000 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('ignores an unmatched bracket', () => {
    expect(scanBrackets('States ] act [ promptly')).toEqual([]);
  });
  it('counts words outside brackets; never 100% with a bracket open', () => {
    const s = agreedShare(['One two three four five six seven eight nine [ten].', 'Eleven [shall/should] twelve.']);
    expect(s).toEqual({ words: 14, agreedWords: 11, brackets: 2, options: 1, percent: 78 });
    expect(describeShare(s)).toBe('78% agreed, 2 brackets open, 1 option');
    const tiny = agreedShare([`${'word '.repeat(999)}[soon]`]);
    expect(tiny.percent).toBe(99);
    expect(describeShare(agreedShare(['All agreed.']))).toBe('100% agreed, no brackets open');
  });
});
