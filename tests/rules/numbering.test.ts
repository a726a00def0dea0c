import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { numbering, ordinal } from '../../src/rules/numbering/index.js';
import { describe, expect, it } from 'vitest';

/** The mini paragraph adopted/2 renumbered `n`, with more edits. */
const para = (n: string, ...edits: Array<[string, string]>) => mini('paragraphs/adopted/2.md', ['id: adopted/2', `id: adopted/${n}`], ['number: "2"', `number: "${n}"`], ...edits);
/** The same, its number marked: a finding is expected there. */
const marked = (n: string) => para(n, [`number: "${n}"`, `number: ‸"${n}"`]);
ruleTester(numbering, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'letters a, b, c under 2', files: { 'paragraphs/adopted/2.a.md': para('2.a'), 'paragraphs/adopted/2.b.md': para('2.b'), 'paragraphs/adopted/2.c.md': para('2.c') } },
    { name: 'roman i, ii, iii', files: { 'paragraphs/adopted/2.i.md': para('2.i'), 'paragraphs/adopted/2.ii.md': para('2.ii'), 'paragraphs/adopted/2.iii.md': para('2.iii') } },
    { name: 'unprinted numbers are not checked', files: { 'paragraphs/adopted/pp.4.md': para('pp.4', ['printed: true', 'printed: false']) } },
  ],
  invalid: [
    { name: 'a gap 1, 2, 4', files: { 'paragraphs/adopted/4.md': marked('4') }, errors: [{ file: 'paragraphs/adopted/4.md', message: '3 is missing before 4' }] },
    { name: 'letters a, c', files: { 'paragraphs/adopted/2.a.md': para('2.a'), 'paragraphs/adopted/2.c.md': marked('2.c') }, errors: [{ file: 'paragraphs/adopted/2.c.md', message: '2.b is missing' }] },
    { name: 'letters starting at b', files: { 'paragraphs/adopted/2.b.md': marked('2.b') }, errors: [{ file: 'paragraphs/adopted/2.b.md', message: 'starts at 2.b' }] },
    { name: 'roman i, ii, iv', files: { 'paragraphs/adopted/2.i.md': para('2.i'), 'paragraphs/adopted/2.ii.md': para('2.ii'), 'paragraphs/adopted/2.iv.md': marked('2.iv') }, errors: [{ file: 'paragraphs/adopted/2.iv.md', message: '2.iii is missing' }] },
    { name: 'same position twice', files: { 'paragraphs/adopted/1.md': mini('paragraphs/adopted/1.md', ['printed: true', 'printed: true\nposition: 1']), 'paragraphs/adopted/2.md': para('2', ['printed: true', 'printed: true\nposition: ‸1']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'Position 1 is also that of adopted/1' }] },
  ],
});

describe('ordinal', () => {
  it('reads arabic, letters and roman numerals', () => {
    expect(ordinal('12', 'arabic')).toBe(12);
    expect(ordinal('c', 'letter')).toBe(3);
    expect(ordinal('xiv', 'roman')).toBe(14);
    expect(ordinal('x1', 'roman')).toBeUndefined();
  });
});
