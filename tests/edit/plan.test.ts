import { describe, expect, it } from 'vitest';
import { rewriteNumberRefs, scanNumberRefs } from '../../src/edit/body-refs.js';
import { planInsert, planMove, planRenumber, type Numbered } from '../../src/edit/plan.js';

const doc = (...numbers: string[]): Numbered[] => numbers.map((n, i) => ({ id: `d/${n}`, number: n, position: i + 1 }));
const map = (m: Map<string, string>) => Object.fromEntries(m);

describe('numbering plans', () => {
  it('insert shifts the later siblings and their sub-items, and places the new one before the one it displaces', () => {
    const p = planInsert(doc('1', '2', '2.a', '2.b', '3', '3.a', '4'), '2');
    expect(map(p.renumbered)).toEqual({ '2': '3', '2.a': '3.a', '2.b': '3.b', '3': '4', '3.a': '4.a', '4': '5' });
    expect(p.order).toEqual(['1', '2', '3', '3.a', '3.b', '4', '4.a', '5']);
  });

  it('insert in a lettered or Roman list, and at the end of one', () => {
    expect(map(planInsert(doc('2', '2.a', '2.b', '2.c'), '2.b').renumbered)).toEqual({ '2.b': '2.c', '2.c': '2.d' });
    expect(map(planInsert(doc('1', '1.i', '1.ii', '1.iii'), '1.ii').renumbered)).toEqual({ '1.ii': '1.iii', '1.iii': '1.iv' });
    const end = planInsert(doc('1', '1.a', '2', '3'), '1.b');
    expect(end.renumbered.size).toBe(0);
    expect(end.order).toEqual(['1', '1.a', '1.b', '2', '3']);
  });

  it('move: the paragraph takes its new number, the gap closes, the others open up', () => {
    const p = planMove(doc('1', '2', '3', '4', '5', '6', '7', '8', '9', '10'), '9', '5');
    expect(map(p.renumbered)).toEqual({ '5': '6', '6': '7', '7': '8', '8': '9', '9': '5' });
    expect(p.order).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const down = planMove(doc('1', '2', '2.a', '3', '4'), '2', '3');
    expect(map(down.renumbered)).toEqual({ '2': '3', '2.a': '3.a', '3': '2' });
    expect(down.order).toEqual(['1', '2', '3', '3.a', '4']);
    expect(() => planMove(doc('1', '1.a'), '1', '1.a.i')).toThrow(/under itself/);
  });

  it('renumber closes gaps in reading order, sub-items following', () => {
    const p = planRenumber(doc('1', '3', '3.b', '3.c', '7'));
    expect(map(p.renumbered)).toEqual({ '3': '2', '3.b': '2.a', '3.c': '2.b', '7': '3' });
    expect(p.skipped).toEqual([]);
  });
});

describe('references in the words of a text', () => {
  it('finds "paragraph N" forms of the text itself, not paragraphs of articles or other texts', () => {
    expect(scanNumberRefs('the crimes listed in paragraph 9 of this Plan of Action').map((r) => r.number)).toEqual(['9']);
    expect(scanNumberRefs('paragraphs 9 and 10 above; paragraph 2(b); paragraphs 3 to 5').map((r) => r.number)).toEqual(['9', '10', '2.b', '3', '5']);
    expect(scanNumberRefs('paragraph 2 of Article 18 of the Convention')).toEqual([]);
    expect(scanNumberRefs('article 18, paragraph 13, of UNTOC')).toEqual([]);
  });

  it('rewrites the renumbered ones as they were written', () => {
    const r = rewriteNumberRefs('See paragraph 2(b) and paragraphs 9 and 10 above; paragraph 4 stays.', new Map([['2.b', '3.b'], ['9', '10'], ['10', '11']]));
    expect(r.text).toBe('See paragraph 3(b) and paragraphs 10 and 11 above; paragraph 4 stays.');
    expect(r.changes).toHaveLength(3);
  });
});
