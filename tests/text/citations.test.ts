import { describe, expect, it } from 'vitest';
import { parseArticleList, scanCitations } from '../../src/text/citations.js';
import { FALLBACK_INSTRUMENT_NAMES, buildNameTable, makeResolver, nameCandidates, nameKey } from '../../src/text/instrument-names.js';

const resolve = makeResolver(buildNameTable(FALLBACK_INSTRUMENT_NAMES));
const scan = (t: string) => scanCitations(t, resolve);
const brief = (t: string) => scan(t).map((c) => ({ instrument: c.instrument, articles: c.articles, paragraph: c.paragraph, text: c.text }));

describe('scanCitations', () => {
  it('reads "(CTOC, Art. 24)" with its parentheses', () => {
    const t = 'for witnesses (CTOC, Art. 24).';
    const [c] = scan(t);
    expect(c).toMatchObject({ instrument: 'untoc', name: 'CTOC', articles: ['24'], text: '(CTOC, Art. 24)' });
    expect(t.slice(c!.start, c!.end)).toBe('(CTOC, Art. 24)');
  });

  it('reads "Arts. 8 and 9" as two articles', () => {
    expect(brief('authorities (CTOC, Arts. 8 and 9). ')).toEqual([{ instrument: 'untoc', articles: ['8', '9'], paragraph: undefined, text: '(CTOC, Arts. 8 and 9)' }]);
  });

  it('expands a range "Art. 12-14" into each article', () => {
    expect(scan('request (CTOC, Art. 12-14). The')[0]?.articles).toEqual(['12', '13', '14']);
    expect(scan('(CTOC, Arts. 12\u201314)')[0]?.articles).toEqual(['12', '13', '14']);
  });

  it('reads "Article 16 of the United Nations Convention against Transnational Organized Crime"', () => {
    const t = 'enforcing the terms of Article 16 of the United Nations Convention against Transnational Organized Crime, particularly in';
    const [c] = scan(t);
    expect(c).toMatchObject({ instrument: 'untoc', articles: ['16'], name: 'United Nations Convention against Transnational Organized Crime' });
    expect(c?.text).toBe('Article 16 of the United Nations Convention against Transnational Organized Crime');
  });

  it('stops the name at a lower-case word that is not a connector', () => {
    const t = 'Article 11 of the United Nations Convention against Transnational Organized Crime regarding the prosecution';
    expect(scan(t)[0]?.text).toBe('Article 11 of the United Nations Convention against Transnational Organized Crime');
  });

  it('reads "(Article 28 of UNTOC)", "(Art. 20 of UNTOC)" and "Article 14 of the UNTOC"', () => {
    expect(brief('information (Article 28 of UNTOC). ')).toEqual([{ instrument: 'untoc', articles: ['28'], paragraph: undefined, text: '(Article 28 of UNTOC)' }]);
    expect(brief('in the UNTOC. (Art. 20 of UNTOC) ')[0]?.text).toBe('(Art. 20 of UNTOC)');
    expect(brief('criteria of Article 14 of the UNTOC.')).toEqual([{ instrument: 'untoc', articles: ['14'], paragraph: undefined, text: 'Article 14 of the UNTOC' }]);
  });

  it('reads "(TiP Protocol Article 11)"', () => {
    expect(brief('trafficking in persons. (TiP Protocol Article 11) ')).toEqual([
      { instrument: 'untoc-tip', articles: ['11'], paragraph: undefined, text: '(TiP Protocol Article 11)' },
    ]);
  });

  it('reads "Article 27.2 of the Palermo Convention" as article 27, paragraph 2', () => {
    expect(brief('pursuant to Article 27.2 of the Palermo Convention.')).toEqual([
      { instrument: 'untoc', articles: ['27'], paragraph: '2', text: 'Article 27.2 of the Palermo Convention' },
    ]);
  });

  it('reads "Article 2 of the United Nations Convention…" and finds several in one text', () => {
    const t =
      'participation (CTOC, Art. 5), laundering (CTOC, Art. 6), corruption (CTOC, Art. 8), and obstruction (CTOC, Art. 23).  They shall also incorporate the definitions set out in Article 2 of the United Nations Convention against Transnational Organized Crime, together with the \u201cdefinitions\u201d articles of the Protocols to that Convention.';
    expect(scan(t).map((c) => c.articles[0])).toEqual(['5', '6', '8', '23', '2']);
  });

  it('finds a citation after a semicolon inside a parenthesis', () => {
    expect(brief('proceedings (recommendations of the 13th HONLEA; CTOC, Art. 20).')).toEqual([
      { instrument: 'untoc', articles: ['20'], paragraph: undefined, text: 'CTOC, Art. 20' },
    ]);
  });

  it('handles non-breaking spaces and typographic quotes', () => {
    const t = 'not affected (CTOC, Art.\u00a024).';
    expect(scan(t)[0]).toMatchObject({ articles: ['24'], text: '(CTOC, Art.\u00a024)' });
    expect(scan('Article\u00a016 of\u00a0the\u00a0UNTOC')[0]?.instrument).toBe('untoc');
  });

  it('does not read numbered actions as articles without "of <instrument>"', () => {
    expect(scan('the member states identified articles 2.1, 2.3, 2.4, and 4.3 as priority areas')).toEqual([]);
    expect(
      scan('the member states identified the following articles of this section as priority areas of action:  2.1, 2.3, 2.4, 3.2, 3.5, 4.1, 4.2, and 4.3 of the document CP/CSH-1018/08.'),
    ).toEqual([]);
    expect(scan('articles 2.1, 2.3 of the document CP/CSH-1018/08')).toEqual([]);
    expect(scan('listed in paragraph 9 of this Plan of Action')).toEqual([]);
    expect(scan('that article is used as the legal basis')).toEqual([]);
    expect(scan('(see Art. 5)')).toEqual([]);
  });

  it('returns unknown names with no instrument, for a rule to report', () => {
    const [c] = scan('as provided in Article 7 of the Treaty of Nowhere.');
    expect(c).toMatchObject({ name: 'Treaty of Nowhere', articles: ['7'], text: 'Article 7 of the Treaty of Nowhere' });
    expect(c?.instrument).toBeUndefined();
    expect(scan('(XYZ, Art. 3)')[0]).toMatchObject({ name: 'XYZ', articles: ['3'], text: '(XYZ, Art. 3)' });
  });

  it('gives UTF-16 offsets (characters outside the BMP before the citation)', () => {
    const t = '\u{1F600} Article 5 of the UNTOC';
    const [c] = scan(t);
    expect(c?.start).toBe(3);
    expect(t.slice(c!.start, c!.end)).toBe('Article 5 of the UNTOC');
  });

  it('resolves names case- and whitespace-insensitively', () => {
    expect(scan('ARTICLE 5 OF THE PALERMO  CONVENTION')[0]?.instrument).toBe('untoc');
    expect(scan('article 18 of the Mérida Convention')[0]?.instrument).toBe('uncac');
  });

  it('reads "14 bis" and lists with commas', () => {
    expect(parseArticleList('14 bis')).toEqual({ articles: ['14 bis'] });
    expect(parseArticleList('5, 6 and 7')).toEqual({ articles: ['5', '6', '7'] });
    expect(parseArticleList('27.2')).toEqual({ articles: ['27'], paragraph: '2' });
  });
});

describe('instrument names', () => {
  it('normalizes keys', () => {
    expect(nameKey('  The  Palermo\u00a0Convention; ')).toBe('palermo convention');
    expect(nameKey('\u201cX\u201d')).toBe('"x"');
  });
  it('resolves list titles as written', () => {
    expect(resolve('United Nations Convention against Transnational Organized Crime (UNTOC)')).toBe('untoc');
    expect(resolve('Protocol against the Smuggling of Migrants by Land, Sea and Air, supplemental to the United Nations Convention against Transnational Organized Crime')).toBe('untoc-som');
    expect(resolve('UN Single Convention on Narcotic Drugs (1961), amended by its 1972 protocol')).toBe('sc-1961');
    expect(resolve('Inter-American Convention on Mutual Legal Assistance in Criminal Matters (1996)')).toBe('ia-mla');
    expect(resolve('The Convention on Cybercrime of the Council of Europe (Budapest Convention) (2001)')).toBe('budapest');
    expect(resolve('Treaty of Nowhere')).toBeUndefined();
    expect(nameCandidates('UN Convention on Psychotropic Substances (1971)')).toContain('convention on psychotropic substances');
  });
});
