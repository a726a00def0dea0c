import { describe, expect, it } from 'vitest';
import { edit, mini, withBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { relativeReference } from '../../src/rules/relative-reference/index.js';
import { scanRelativeRefs } from '../../src/text/internal-refs.js';

const D1 = 'paragraphs/draft/1.md';
const working = mini('documents/draft.md', ['status: circulated-draft', 'status: working-draft']);
/** Paragraph n of the draft with this body (and a refers-to relation, if given). */
const para = (n: number, text: string, refersTo?: string) => {
  const p = mini(D1, [/draft\/1/g, `draft/${n}`], ['number: "1"', `number: "${n}"`]);
  return withBody(refersTo ? edit(p, ['obligation:', `relations:\n  - type: refers-to\n    target: ${refersTo}\n    text: the previous paragraph\nobligation:`]) : p, text);
};
const TREATIES = 'The member states shall conclude extradition treaties.';
const FIREARMS = 'The member states shall share data on firearms.';
const REF = 'The treaties referred to in the previous paragraph shall be published.';
/** REF with a marker where its finding starts. */
const REF_AT = edit(REF, ['the previous', '‸the previous']);
const P3 = 'paragraphs/draft/3.md';

ruleTester(relativeReference, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'the previous paragraph is still about it', files: { 'documents/draft.md': working, [D1]: para(1, FIREARMS), 'paragraphs/draft/2.md': para(2, TREATIES), [P3]: para(3, REF) } },
    { name: 'the following paragraph is about it', files: { 'documents/draft.md': working, [D1]: para(1, 'The firearms listed in the following paragraph shall be marked.'), 'paragraphs/draft/2.md': para(2, FIREARMS) } },
    { name: 'a circulated text stands as written', files: { [D1]: para(1, TREATIES), 'paragraphs/draft/2.md': para(2, FIREARMS), [P3]: para(3, REF) } },
    { name: 'a declared link to the paragraph still before it', files: { 'documents/draft.md': working, [D1]: para(1, FIREARMS), 'paragraphs/draft/2.md': para(2, TREATIES), [P3]: para(3, REF, 'draft/2') } },
  ],
  invalid: [
    { name: 'a paragraph was inserted before it', files: { 'documents/draft.md': working, [D1]: para(1, TREATIES), 'paragraphs/draft/2.md': para(2, FIREARMS), [P3]: para(3, REF_AT) }, errors: [{ file: P3, message: '"the previous paragraph" is about "treaties", but the paragraph now before this one (draft/2) is not: was a paragraph moved or inserted?' }] },
    { name: 'the linked paragraph was moved away', files: { 'documents/draft.md': working, [D1]: para(1, TREATIES), 'paragraphs/draft/2.md': para(2, TREATIES), [P3]: para(3, REF_AT, 'draft/1') }, errors: [{ file: P3, message: '"the previous paragraph" was written about draft/1 (its refers-to relation), but the paragraph now before this one is draft/2' }] },
    { name: 'nothing before the first paragraph', files: { 'documents/draft.md': working, [D1]: para(1, 'As stated in ‸the preceding paragraph, states act.') }, errors: [{ file: D1, message: '"the preceding paragraph" points to nothing: no paragraph comes before this one in the text.' }] },
    { name: 'the paragraph below moved', files: { 'documents/draft.md': working, [D1]: para(1, 'The treaties described in ‸the paragraph below shall be published.'), 'paragraphs/draft/2.md': para(2, FIREARMS) }, errors: [{ file: D1, message: 'the paragraph now after this one (draft/2) is not' }] },
  ],
});

describe('scanRelativeRefs', () => {
  it('finds references by place, not the numbered or plural ones', () => {
    const refs = scanRelativeRefs('As in the previous paragraph, the Preceding Paragraph, the paragraph above and the following paragraph; not the following paragraphs, nor paragraph 9 above, nor the paragraph above 3.');
    expect(refs.map((r) => [r.text, r.step])).toEqual([['the previous paragraph', -1], ['the Preceding Paragraph', -1], ['the paragraph above', -1], ['the following paragraph', 1]]);
  });
});
