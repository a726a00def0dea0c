import { describe, expect, it } from 'vitest';
import { fold, foldText, isWordChar, originalSpan } from '../../src/search/normalize.js';

describe('fold', () => {
  it('drops accents and case, both precomposed and combining', () => {
    expect(foldText('Extradición')).toBe('extradicion');
    expect(foldText('MÉRIDA')).toBe('merida');
    expect(foldText('Me\u0301rida')).toBe('merida');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('ﬁnancing')).toBe('financing');
  });

  it('makes typographic apostrophes, quotes and dashes plain', () => {
    expect(foldText('State’s')).toBe("state's");
    expect(foldText('“mutual”')).toBe('"mutual"');
    expect(foldText('2005–2006 — x')).toBe('2005-2006 - x');
    expect(foldText('follow\u2011up')).toBe('follow-up');
  });

  it('turns every run of white space (line breaks, non-breaking spaces) into one space', () => {
    expect(foldText('mutual legal\n  assistance')).toBe('mutual legal assistance');
    expect(foldText('Palermo\u00a0Protocols')).toBe('palermo protocols');
    expect(foldText('a\u202f\tb')).toBe('a b');
  });

  it('maps each folded unit back to the original characters', () => {
    const src = 'La Convención de Me\u0301rida';
    const f = fold(src);
    const at = f.text.indexOf('merida');
    const [s, e] = originalSpan(f, at, at + 'merida'.length);
    // The combining accent after the e belongs to the hit.
    expect(src.slice(s, e)).toBe('Me\u0301rida');
    const c = f.text.indexOf('convencion');
    const [s2, e2] = originalSpan(f, c, c + 'convencion'.length);
    expect(src.slice(s2, e2)).toBe('Convención');
  });

  it('maps a character that folds to two (ß) to the one it came from', () => {
    const f = fold('Straße!');
    expect(f.text).toBe('strasse!');
    const [s, e] = originalSpan(f, 0, 7);
    expect('Straße!'.slice(s, e)).toBe('Straße');
  });

  it('keeps astral characters whole', () => {
    const src = 'a 𝐀b c';
    const f = fold(src);
    expect(f.starts.length).toBe(f.text.length);
    const i = f.text.indexOf('ab');
    const [s, e] = originalSpan(f, i, i + 2);
    expect(src.slice(s, e)).toBe('𝐀b');
  });
});

describe('isWordChar', () => {
  it('is true for letters and digits of any script, false for punctuation and out of range', () => {
    expect(isWordChar('a1é', 0)).toBe(true);
    expect(isWordChar('a1é', 1)).toBe(true);
    expect(isWordChar('a1é', 2)).toBe(true);
    expect(isWordChar("a'", 1)).toBe(false);
    expect(isWordChar('a', -1)).toBe(false);
    expect(isWordChar('a', 1)).toBe(false);
  });
});
