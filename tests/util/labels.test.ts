import { describe, expect, it } from 'vitest';
import { fromRoman, fromSmallRoman, labelOf, letterLabel, ordinalOf, styleOf, toRoman } from '../../src/util/labels.js';

describe('paragraph labels', () => {
  it('reads and writes each style', () => {
    expect([1, 2, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['i', 'ii', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    expect(['iv', 'XIV', 'mcmxcix', 'iiii', 'a', ''].map(fromRoman)).toEqual([4, 14, 1999, undefined, undefined, undefined]);
    expect(labelOf(27, 'lower')).toBe('aa');
    expect(labelOf(3, 'upper')).toBe('C');
    expect(labelOf(12, 'roman-upper')).toBe('XII');
    expect(ordinalOf('aa', 'lower')).toBe(27);
    expect(ordinalOf('b', 'arabic')).toBeUndefined();
  });

  it('reads numerals in numbers and acronyms without d and m (CD, DM are letters there)', () => {
    expect(['XIV', 'iv', 'cccxcix', 'CD', 'DM', 'MC', 'IIII', 'REMJA'].map(fromSmallRoman)).toEqual([14, 4, 399, undefined, undefined, undefined, undefined, undefined]);
  });

  it('labels columns by 0-based position as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(letterLabel)).toEqual(['a', 'z', 'aa', 'ab', 'zz', 'aaa']);
  });

  it('tells letters from Roman numerals as texts use them', () => {
    expect(styleOf(['1', '2', '10'])).toBe('arabic');
    expect(styleOf(['a', 'b', 'c'])).toBe('lower');
    expect(styleOf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])).toBe('lower'); // i as the ninth letter
    expect(styleOf(['i', 'ii', 'iii', 'iv'])).toBe('roman-lower');
    expect(styleOf(['i'])).toBe('roman-lower');
    expect(styleOf(['c', 'd'])).toBe('lower');
    expect(styleOf(['I', 'II'])).toBe('roman-upper');
    expect(styleOf(['A', 'B'])).toBe('upper');
    expect(styleOf(['1', 'a'])).toBeUndefined();
  });
});
