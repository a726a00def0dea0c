import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseQuery } from '../../src/search/query.js';

describe('parseQuery', () => {
  it('reads words, quoted phrases and prefix terms', () => {
    const q = parseQuery(['extradition', '"mutual legal assistance"', 'palerm*']);
    expect(q.terms.map((t) => [t.folded, t.phrase, t.prefix])).toEqual([
      ['extradition', false, false],
      ['mutual legal assistance', true, false],
      ['palerm', false, true],
    ]);
    expect(q.text).toBe('extradition "mutual legal assistance" palerm*');
  });

  it('takes one shell argument holding spaces as a phrase', () => {
    const q = parseQuery(['mutual legal assistance']);
    expect(q.terms).toHaveLength(1);
    expect(q.terms[0]!.phrase).toBe(true);
    expect(q.terms[0]!.words).toEqual(['mutual', 'legal', 'assistance']);
  });

  it('splits words and phrases inside one argument that has quotes', () => {
    const q = parseQuery(['"legal assistance" treaty extradit*']);
    expect(q.terms.map((t) => t.display)).toEqual(['"legal assistance"', 'treaty', 'extradit*']);
  });

  it('accepts typographic quotes around a phrase and folds the words', () => {
    const q = parseQuery(['“Convención de Mérida”']);
    expect(q.terms[0]!.folded).toBe('convencion de merida');
    expect(q.terms[0]!.phrase).toBe(true);
  });

  it('treats a word with an apostrophe as the words around it', () => {
    const q = parseQuery(['State’s']);
    expect(q.terms[0]!.folded).toBe("state's");
    expect(q.terms[0]!.words).toEqual(['state', 's']);
  });

  it('drops a repeated term', () => {
    expect(parseQuery(['crime', 'Crime', 'CRIME']).terms).toHaveLength(1);
  });

  it.each([
    ['"mutual legal', /Unclosed quote/],
    ['""', /Empty phrase/],
    ['*palermo', /only a trailing \*/],
    ['pa*lermo', /only a trailing \*/],
    ['—', /no letters or digits/],
    ['   ', /Nothing to search for/],
  ])('refuses %j as a usage error', (arg, msg) => {
    let err: unknown;
    try {
      parseQuery([arg]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(msg);
    expect((err as UsageError).hint).toMatch(/quoted phrases/);
  });
});
