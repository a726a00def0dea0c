/**
 * The citation grammar of docs/citations.md as a table: each text and the
 * citations it makes, by instrument, articles, paragraph and the text quoted
 * (which fixes the offsets: the test checks `text.slice(start, end)`).
 * Positive cases are the forms of the five texts, UN documents and OAS
 * resolutions; negative cases are article numbers and instrument-like words
 * that are not citations.
 */
import { describe, expect, it } from 'vitest';
import { scanReferences } from '../../src/text/citations.js';
import { FALLBACK_INSTRUMENT_NAMES, buildNameTable, makeResolver } from '../../src/text/instrument-names.js';

const resolve = makeResolver(buildNameTable(FALLBACK_INSTRUMENT_NAMES));

interface Expected {
  instrument?: string;
  articles: string[];
  paragraph?: string;
  subparagraph?: string;
  /** The citation verbatim: text.slice(start, end). */
  text: string;
}

interface Case {
  text: string;
  cites: Expected[];
  /** Whole instruments named outside the article citations: [id, the name as written]. */
  whole?: Array<[string, string]>;
}

const c = (instrument: string | undefined, articles: string[], text: string, paragraph?: string, subparagraph?: string): Expected => ({
  ...(instrument ? { instrument } : {}),
  articles,
  ...(paragraph ? { paragraph } : {}),
  ...(subparagraph ? { subparagraph } : {}),
  text,
});

const POSITIVE: Case[] = [
  // Article, then "of [the]", then the instrument.
  { text: 'enforcing the terms of Article 16 of the United Nations Convention against Transnational Organized Crime, particularly', cites: [c('untoc', ['16'], 'Article 16 of the United Nations Convention against Transnational Organized Crime')] },
  { text: 'in accordance with the criteria of Article 14 of the UNTOC.', cites: [c('untoc', ['14'], 'Article 14 of the UNTOC')] },
  { text: 'Articles 5 and 6 of the Palermo Convention apply.', cites: [c('untoc', ['5', '6'], 'Articles 5 and 6 of the Palermo Convention')] },
  { text: 'the sharing of this information (Article 28 of UNTOC).', cites: [c('untoc', ['28'], '(Article 28 of UNTOC)')] },
  { text: 'outlined in the UNTOC. (Art. 20 of UNTOC)', cites: [c('untoc', ['20'], '(Art. 20 of UNTOC)')], whole: [['untoc', 'UNTOC']] },
  { text: 'pursuant to Article 27.2 of the Palermo Convention.', cites: [c('untoc', ['27'], 'Article 27.2 of the Palermo Convention', '2')] },
  { text: 'under articles 16 to 18 of UNTOC.', cites: [c('untoc', ['16', '17', '18'], 'articles 16 to 18 of UNTOC')] },
  { text: 'Articles 16 through 18 of UNTOC', cites: [c('untoc', ['16', '17', '18'], 'Articles 16 through 18 of UNTOC')] },
  { text: 'articles 16-18 of UNTOC', cites: [c('untoc', ['16', '17', '18'], 'articles 16-18 of UNTOC')] },
  { text: 'articles 16 \u2013 18 of UNTOC', cites: [c('untoc', ['16', '17', '18'], 'articles 16 \u2013 18 of UNTOC')] },
  { text: 'under article 18, paragraph 13, of UNTOC.', cites: [c('untoc', ['18'], 'article 18, paragraph 13, of UNTOC', '13')] },
  { text: 'article 18, paragraph 1 (a), of the Palermo Convention', cites: [c('untoc', ['18'], 'article 18, paragraph 1 (a), of the Palermo Convention', '1', 'a')] },
  { text: 'Article 18(1)(b) of UNTOC', cites: [c('untoc', ['18'], 'Article 18(1)(b) of UNTOC', '1', 'b')] },
  { text: 'paragraph 2 of article 27 of the Palermo Convention', cites: [c('untoc', ['27'], 'paragraph 2 of article 27 of the Palermo Convention', '2')] },
  { text: 'Articles 5, 6 and 7 of UNCAC', cites: [c('uncac', ['5', '6', '7'], 'Articles 5, 6 and 7 of UNCAC')] },
  { text: 'Arts. 5, 6, and 7 of the M\u00e9rida Convention', cites: [c('uncac', ['5', '6', '7'], 'Arts. 5, 6, and 7 of the M\u00e9rida Convention')] },
  { text: 'Articles 5 and article 6 of UNTOC', cites: [c('untoc', ['5', '6'], 'Articles 5 and article 6 of UNTOC')] },
  { text: 'article 14 bis of UNTOC', cites: [c('untoc', ['14 bis'], 'article 14 bis of UNTOC')] },
  { text: 'Article 5 of the Convention on Cybercrime', cites: [c('budapest', ['5'], 'Article 5 of the Convention on Cybercrime')] },
  { text: 'see Article 35 of the Convention on Cybercrime (Budapest, 2001).', cites: [c('budapest', ['35'], 'Article 35 of the Convention on Cybercrime (Budapest, 2001)')] },
  { text: 'Article 4 of the Budapest Convention', cites: [c('budapest', ['4'], 'Article 4 of the Budapest Convention')] },
  { text: 'Article 3 of the Firearms Protocol', cites: [c('untoc-firearms', ['3'], 'Article 3 of the Firearms Protocol')] },
  { text: 'Article 2 of the Protocol against the Smuggling of Migrants by Land, Sea and Air', cites: [c('untoc-som', ['2'], 'Article 2 of the Protocol against the Smuggling of Migrants by Land, Sea and Air')] },
  { text: 'Article 5 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', cites: [c('untoc-tip', ['5'], 'Article 5 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children')] },
  { text: 'Article 3 of the Single Convention on Narcotic Drugs', cites: [c('sc-1961', ['3'], 'Article 3 of the Single Convention on Narcotic Drugs')] },
  { text: 'Article 3 of the 1988 United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances', cites: [c('cit-1988', ['3'], 'Article 3 of the 1988 United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances')] },
  { text: 'Article 5 of the Convention on psychotropic substances', cites: [c('cps-1971', ['5'], 'Article 5 of the Convention on psychotropic substances')] },
  { text: 'Article 7 of the Inter-American Convention against Corruption', cites: [c('iacac', ['7'], 'Article 7 of the Inter-American Convention against Corruption')] },
  { text: 'Article 2 of the Inter-American Convention on Mutual Assistance in Criminal Matters', cites: [c('ia-mla', ['2'], 'Article 2 of the Inter-American Convention on Mutual Assistance in Criminal Matters')] },
  { text: 'Articles 2 and 3 of the Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters', cites: [c('ia-mla-op', ['2', '3'], 'Articles 2 and 3 of the Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters')] },
  { text: 'Article 1 of the Inter-American Convention on Extradition', cites: [c('ia-extradition', ['1'], 'Article 1 of the Inter-American Convention on Extradition')] },
  { text: 'Article 2 of the Minamata Convention on Mercury', cites: [c('minamata', ['2'], 'Article 2 of the Minamata Convention on Mercury')] },
  { text: 'Article 10 of the UN Convention against Transnational Organized Crime', cites: [c('untoc', ['10'], 'Article 10 of the UN Convention against Transnational Organized Crime')] },
  { text: 'Article 2 of the United Nations Convention against Transnational Organized Crime (UNTOC) defines', cites: [c('untoc', ['2'], 'Article 2 of the United Nations Convention against Transnational Organized Crime (UNTOC)')] },
  { text: 'ARTICLE 5 OF THE PALERMO  CONVENTION', cites: [c('untoc', ['5'], 'ARTICLE 5 OF THE PALERMO  CONVENTION')] },
  { text: 'Article\u00a016 of\u00a0the\u00a0UNTOC', cites: [c('untoc', ['16'], 'Article\u00a016 of\u00a0the\u00a0UNTOC')] },
  { text: 'Art.24 of UNTOC', cites: [c('untoc', ['24'], 'Art.24 of UNTOC')] },
  { text: 'Art 9 of the M\u00e9rida Convention', cites: [c('uncac', ['9'], 'Art 9 of the M\u00e9rida Convention')] },
  { text: 'Article 6 of UNTOC and Article 15 of UNCAC', cites: [c('untoc', ['6'], 'Article 6 of UNTOC'), c('uncac', ['15'], 'Article 15 of UNCAC')] },
  // Unknown names are returned without an instrument, for the rule to report.
  { text: 'as provided in Article 7 of the Treaty of Nowhere.', cites: [c(undefined, ['7'], 'Article 7 of the Treaty of Nowhere')] },
  { text: '(XYZ, Art. 3)', cites: [c(undefined, ['3'], '(XYZ, Art. 3)')] },
  // The instrument, then the article (with or without a comma).
  { text: 'for witnesses (CTOC, Art. 24).', cites: [c('untoc', ['24'], '(CTOC, Art. 24)')] },
  { text: 'by the authorities (CTOC, Arts. 8 and 9). ', cites: [c('untoc', ['8', '9'], '(CTOC, Arts. 8 and 9)')] },
  { text: 'request (CTOC, Art. 12-14). The', cites: [c('untoc', ['12', '13', '14'], '(CTOC, Art. 12-14)')] },
  { text: '(CTOC, Arts. 12\u201314)', cites: [c('untoc', ['12', '13', '14'], '(CTOC, Arts. 12\u201314)')] },
  { text: 'detection of trafficking in persons. (TiP Protocol Article 11) ', cites: [c('untoc-tip', ['11'], '(TiP Protocol Article 11)')] },
  { text: 'States (UNTOC art 20) shall.', cites: [c('untoc', ['20'], '(UNTOC art 20)')] },
  { text: '(UNTOC, arts. 5 and 6)', cites: [c('untoc', ['5', '6'], '(UNTOC, arts. 5 and 6)')] },
  { text: 'proceedings (recommendations of the 13th HONLEA; CTOC, Art. 20).', cites: [c('untoc', ['20'], 'CTOC, Art. 20')] },
  { text: '(see CTOC, Art. 5; UNCAC, Art. 15)', cites: [c('untoc', ['5'], 'CTOC, Art. 5'), c('uncac', ['15'], 'UNCAC, Art. 15')] },
  { text: 'Convention on Cybercrime (Budapest, 2001), art. 35', cites: [c('budapest', ['35'], 'Convention on Cybercrime (Budapest, 2001), art. 35')] },
  { text: 'under the 2001 Convention on Cybercrime, art. 35', cites: [c('budapest', ['35'], '2001 Convention on Cybercrime, art. 35')] },
  { text: 'UNTOC, articles 16 to 18', cites: [c('untoc', ['16', '17', '18'], 'UNTOC, articles 16 to 18')] },
  { text: 'as the Palermo Convention Art. 5 requires', cites: [c('untoc', ['5'], 'Palermo Convention Art. 5')] },
  { text: 'CIFTA, Article 4', cites: [c('cifta', ['4'], 'CIFTA, Article 4')] },
  // The article, then the instrument without "of".
  { text: 'States (Art. 18(13) UNTOC) shall.', cites: [c('untoc', ['18'], '(Art. 18(13) UNTOC)', '13')] },
  { text: 'see art. 20 UNTOC and Art. 18(13) UNTOC.', cites: [c('untoc', ['20'], 'art. 20 UNTOC'), c('untoc', ['18'], 'Art. 18(13) UNTOC', '13')] },
  { text: 'Art. 18.13 UNTOC', cites: [c('untoc', ['18'], 'Art. 18.13 UNTOC', '13')] },
  { text: 'Art.\u00a024 UNTOC', cites: [c('untoc', ['24'], 'Art.\u00a024 UNTOC')] },
  { text: 'Arts 12 - 14 UNTOC', cites: [c('untoc', ['12', '13', '14'], 'Arts 12 - 14 UNTOC')] },
  { text: 'Art. 5 & 6 UNTOC', cites: [c('untoc', ['5', '6'], 'Art. 5 & 6 UNTOC')] },
  // Spanish and Portuguese article words.
  { text: 'art\u00edculo 18 de la UNTOC', cites: [c('untoc', ['18'], 'art\u00edculo 18 de la UNTOC')] },
  { text: 'los art\u00edculos 16 a 18 de la Convenci\u00f3n de Palermo', cites: [c(undefined, ['16', '17', '18'], 'art\u00edculos 16 a 18 de la Convenci\u00f3n de Palermo')] },
  { text: 'artigo 5 da UNTOC', cites: [c('untoc', ['5'], 'artigo 5 da UNTOC')] },
  // Whole instruments named by a title, short title or alias.
  { text: 'States should ratify the Convention on Cybercrime.', cites: [], whole: [['budapest', 'Convention on Cybercrime']] },
  { text: 'the Palermo Convention and its Protocols', cites: [], whole: [['untoc', 'Palermo Convention']] },
  { text: 'the 2001 Council of Europe Convention on Cybercrime (Budapest Convention) (2001)', cites: [], whole: [['budapest', '2001 Council of Europe Convention on Cybercrime']] },
  { text: 'the Inter-American Convention against Corruption, the Inter-American Convention against Terrorism', cites: [], whole: [['iacac', 'Inter-American Convention against Corruption'], ['iacat', 'Inter-American Convention against Terrorism']] },
  { text: 'the Protocol against the smuggling of migrants by land, sea, and air', cites: [], whole: [['untoc-som', 'Protocol against the smuggling of migrants by land, sea, and air']] },
  { text: 'Article 5 of UNTOC; the Palermo Convention also', cites: [c('untoc', ['5'], 'Article 5 of UNTOC')], whole: [['untoc', 'Palermo Convention']] },
];

const NEGATIVE: Case[] = [
  { text: 'the member states identified articles 2.1, 2.3, 2.4, and 4.3 as priority areas', cites: [] },
  { text: 'the following articles of this section as priority areas of action:  2.1, 2.3, 2.4, 3.2, 3.5, 4.1, 4.2, and 4.3 of the document CP/CSH-1018/08.', cites: [] },
  { text: 'articles 2.1, 2.3 of the document CP/CSH-1018/08', cites: [] },
  { text: 'listed in paragraph 9 of this Plan of Action', cites: [] },
  { text: 'that article is used as the legal basis for extradition', cites: [] },
  { text: '(see Art. 5)', cites: [] },
  { text: 'Article 5 of this Convention', cites: [] },
  { text: 'article 3 of the present Protocol', cites: [] },
  { text: 'The art of negotiation', cites: [] },
  { text: 'an article 19 in the newspaper', cites: [] },
  { text: 'the Articles of Association', cites: [] },
  { text: 'as Article 5.', cites: [] },
  { text: 'in 2005, the Convention entered into force', cites: [] },
  { text: 'paragraph 13 of the Plan', cites: [] },
  { text: 'article 2001 of nothing', cites: [] },
  { text: 'Art. 5 of the draft', cites: [] },
  { text: 'Article 12345 of UNTOC', cites: [], whole: [['untoc', 'UNTOC']] },
  { text: 'under the UNTOC. Article 5 applies', cites: [], whole: [['untoc', 'UNTOC']] },
  { text: 'the articles 5 and 6', cites: [] },
  { text: 'Article 5, of which', cites: [] },
  { text: 'section 5 of UNTOC', cites: [], whole: [['untoc', 'UNTOC']] },
  { text: 'chapter IV of the Palermo Convention', cites: [], whole: [['untoc', 'Palermo Convention']] },
  { text: 'the Convention against Torture', cites: [] },
  { text: 'Arts and crafts', cites: [] },
  { text: 'as set out in Article', cites: [] },
  { text: 'Article-5 of UNTOC', cites: [], whole: [['untoc', 'UNTOC']] },
  { text: 'article five of UNTOC', cites: [], whole: [['untoc', 'UNTOC']] },
  { text: 'the 2005 articles of the draft', cites: [] },
  { text: 'Art. 5 to the Secretary General', cites: [] },
  { text: 'paragraphs 2 and 3 of this resolution', cites: [] },
  { text: 'resolution AG/RES. 2026 (XXXIV-O/04), article 5', cites: [] },
  { text: 'Art. 5, Art. 6', cites: [] },
  { text: 'a protocol to be negotiated and an agreement among states', cites: [] },
  { text: 'the untocx and the palermoconvention', cites: [] },
];

function scan(text: string): { cites: Expected[]; whole: Array<[string, string]> } {
  const { citations, mentions } = scanReferences(text, resolve);
  for (const x of [...citations, ...mentions]) expect(text.slice(x.start, x.end)).toBe(x.text);
  return {
    cites: citations.map((x) => c(x.instrument, x.articles, x.text, x.paragraph, x.subparagraph)),
    whole: mentions.map((m) => [m.instrument, m.text]),
  };
}

describe('citation grammar (docs/citations.md)', () => {
  it('has at least 60 positive and 30 negative cases', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
    for (const k of POSITIVE) expect(k.cites.length + (k.whole?.length ?? 0)).toBeGreaterThan(0);
    for (const k of NEGATIVE) expect(k.cites).toEqual([]);
  });
  describe('positive', () => {
    it.each(POSITIVE.map((k) => [k.text, k] as const))('%s', (_, k) => {
      expect(scan(k.text)).toEqual({ cites: k.cites, whole: k.whole ?? [] });
    });
  });
  describe('negative: no article citation', () => {
    it.each(NEGATIVE.map((k) => [k.text, k] as const))('%s', (_, k) => {
      expect(scan(k.text)).toEqual({ cites: [], whole: k.whole ?? [] });
    });
  });
});
