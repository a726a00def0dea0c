import { describe, expect, it } from 'vitest';
import { D1, mini, miniBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { repeatedWord, repeatedWords } from '../../src/rules/repeated-word/index.js';

const working = mini('documents/draft.md', ['status: circulated-draft', 'status: working-draft']);

ruleTester(repeatedWord, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'that that, had had', files: { [D1]: miniBody(D1, 'The member states recall that that Convention had had few ratifications.') } },
    { name: 'a word and its own prefix or suffix', files: { [D1]: miniBody(D1, 'States statesmen, the theme, an another, 12 12 articles.') } },
    { name: 'a repetition in a lint directive', files: { [D1]: miniBody(D1, '<!-- plan-lint-disable-next-line bracketed-text -- the the Chair’s text -->\nThe member states shall conclude treaties.') } },
  ],
  invalid: [
    {
      name: 'a repeated article, fixed in a working draft',
      files: { 'documents/draft.md': working, [D1]: miniBody(D1, 'The member states shall conclude ‸the the treaties.') },
      errors: [{ file: D1, message: '“the” is written twice in a row; delete one.' }],
      output: miniBody(D1, 'The member states shall conclude the treaties.'),
    },
    {
      name: 'in a circulated draft: reported, not fixed',
      files: { [D1]: miniBody(D1, '‸Shall shall the member states conclude treaties?') },
      errors: [{ file: D1, message: '“shall”' }],
      output: null,
    },
    {
      name: 'three times: each extra word, one fix leaves one',
      files: { 'documents/draft.md': working, [D1]: miniBody(D1, 'The member states ‸shall ‸shall shall conclude treaties.') },
      errors: [{ file: D1, message: '“shall”' }, { file: D1, message: '“shall”' }],
      output: miniBody(D1, 'The member states shall conclude treaties.'),
    },
    {
      name: 'accents, across a line break, twice in a paragraph',
      files: { [D1]: miniBody(D1, 'Los Estados miembros ‸deberán\nDeberán concluir tratados ‸de de extradición.') },
      errors: [{ file: D1, message: '“Deberán”' }, { file: D1, message: '“de”' }],
    },
  ],
});

describe('repeatedWords', () => {
  it('gives the span of both words and what to delete', () => {
    expect(repeatedWords('a b  b c')).toEqual([{ word: 'b', start: 2, end: 6, second: [3, 6] }]);
  });
  it('stays linear on 1 MiB of one long word and of repeats', () => {
    const t0 = performance.now();
    expect(repeatedWords('a'.repeat(1 << 20))).toEqual([]);
    expect(repeatedWords('ab '.repeat(350_000))).toHaveLength(349_999);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
