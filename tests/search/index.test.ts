import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/model.js';
import { UsageError } from '../../src/errors.js';
import { buildIndex, makeSnippet, search, splitHighlights, type SearchIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { load, removeCorpus } from '../helpers/fixture.js';
import { SEARCH_FIXTURE } from './fixture.js';

let root: string;
let corpus: Corpus;
let index: SearchIndex;

beforeAll(() => {
  ({ root, corpus } = load(SEARCH_FIXTURE));
  index = buildIndex(corpus);
});
afterAll(() => removeCorpus(root));

const ids = (args: string[], opts = {}) => search(index, parseQuery(args), opts).results.map((r) => r.id).sort();
const hitText = (args: string[], id: string) => {
  const r = search(index, parseQuery(args)).results.find((x) => x.id === id)!;
  return splitHighlights(r.snippet, r.highlights).filter((p) => p.hit).map((p) => p.text);
};

describe('search on the fixture (known answers)', () => {
  it('indexes every schema-valid paragraph once', () => {
    expect(index.entries.map((e) => e.paragraph.id).sort()).toEqual(['adopted/1', 'adopted/2', 'adopted/3', 'adopted/4', 'draft/1', 'draft/2', 'draft/3']);
  });

  it('finds extradición and extradicion both ways, highlighting the original spelling', () => {
    expect(ids(['extradicion'])).toEqual(['adopted/4', 'draft/2']);
    expect(ids(['extradición'])).toEqual(['adopted/4', 'draft/2']);
    expect(ids(['EXTRADICIÓN'])).toEqual(['adopted/4', 'draft/2']);
    expect(hitText(['extradicion'], 'draft/2')).toEqual(['extradición']);
  });

  it('finds Mérida via merida', () => {
    expect(ids(['merida'])).toEqual(['draft/2']);
    expect(hitText(['merida'], 'draft/2')).toEqual(['Mérida']);
  });

  it('finds a phrase across a line break and inside typographic quotes', () => {
    expect(ids(['mutual legal assistance'])).toEqual(['adopted/4', 'draft/3']);
    expect(ids(['"mutual legal assistance"'])).toEqual(['adopted/4', 'draft/3']);
    // The highlight covers the original characters, line break shown as a space.
    expect(hitText(['mutual legal assistance'], 'draft/3')).toEqual(['mutual legal assistance']);
  });

  it('finds a phrase across a non-breaking space, which the snippet keeps', () => {
    expect(ids(['"palermo protocols"'])).toEqual(['adopted/3']);
    expect(hitText(['"palermo protocols"'], 'adopted/3')).toEqual(['Palermo\u00a0Protocols']);
  });

  it('finds prefix terms and highlights the whole word', () => {
    expect(ids(['palerm*'])).toEqual(['adopted/3', 'draft/3']);
    expect(hitText(['palerm*'], 'draft/3')).toEqual(['Palermo']);
    expect(ids(['extradit*'])).toEqual(['adopted/3']);
    // extradición folds to extradicion, which extradit* does not start.
    expect(ids(['extradi*'])).toEqual(['adopted/3', 'adopted/4', 'draft/2']);
  });

  it("finds State’s via state's, and only whole words", () => {
    expect(ids(["state's"])).toEqual(['draft/3']);
    expect(hitText(["state's"], 'draft/3')).toEqual(['State’s']);
    expect(ids(['state'])).toEqual(['draft/3']);
    expect(ids(['palerm'])).toEqual([]);
  });

  it('requires every term (AND)', () => {
    expect(ids(['extradition', 'palermo'])).toEqual(['adopted/3']);
    expect(ids(['extradition', 'merida'])).toEqual([]);
  });

  it('never matches the text of a lint directive in a body', () => {
    expect(ids(['circulated'])).toEqual([]);
    expect(ids(['editorial-note'])).toEqual([]);
  });

  it('filters by document, type and addressee (OR within a flag, AND across)', () => {
    expect(ids(['palerm*'], { documents: ['draft'] })).toEqual(['draft/3']);
    expect(ids(['palerm*'], { types: ['action'] })).toEqual(['adopted/3']);
    expect(ids(['palerm*'], { types: ['action', 'operative'] })).toEqual(['adopted/3', 'draft/3']);
    expect(ids(['extradicion'], { addressees: ['member-states'] })).toEqual(['adopted/4', 'draft/2']);
    expect(ids(['extradicion'], { addressees: ['member-states'], documents: ['adopted'] })).toEqual(['adopted/4']);
    expect(ids(['palerm*'], { addressees: ['member-states'] })).toEqual([]);
  });

  it('refuses unknown filter values with near matches', () => {
    const q = parseQuery(['crime']);
    expect(() => search(index, q, { documents: ['adoptd'] })).toThrow(/Unknown document `adoptd` in --document; did you mean `adopted`/);
    expect(() => search(index, q, { types: ['actoin'] })).toThrow(/did you mean `action`/);
    expect(() => search(index, q, { addressees: ['member-state'] })).toThrow(/did you mean `member-states`/);
    expect(() => search(index, q, { documents: ['zzzzzzzz'] })).toThrow(UsageError);
  });

  it('ranks by hits, then newer document, then reading order; limits and counts', () => {
    // member: adopted/1, adopted/2 ("Member states"), adopted/4 ("member states"), draft/1, draft/3.
    const r = search(index, parseQuery(['member']));
    expect(r.total).toBe(5);
    // One hit each: the adopted text (2021) before the draft (2005), then reading order.
    expect(r.results.map((x) => x.id)).toEqual(['adopted/1', 'adopted/2', 'adopted/4', 'draft/1', 'draft/3']);
    const two = search(index, parseQuery(['member']), { limit: 2 });
    expect(two.total).toBe(5);
    expect(two.results.map((x) => x.id)).toEqual(['adopted/1', 'adopted/2']);
    // Two hits beat one: adopted/1 names two Conventions (draft/2's Convención folds to convencion, another word).
    const e = search(index, parseQuery(['convention']));
    expect(e.results.map((x) => [x.id, x.score])).toEqual([['adopted/1', 2], ['draft/1', 1], ['draft/3', 1]]);
    // A phrase counts once per word.
    const p = search(index, parseQuery(['"mutual legal assistance"', 'member']));
    expect(p.results.map((x) => [x.id, x.score])).toEqual([['adopted/4', 4], ['draft/3', 4]]);
  });

  it('gives the same answer twice (deterministic)', () => {
    const a = search(buildIndex(corpus), parseQuery(['member']));
    const b = search(buildIndex(corpus), parseQuery(['member']));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('makeSnippet', () => {
  const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

  it('cuts about 80 characters either side of the first hit, on word boundaries, with …', () => {
    const at = text.indexOf('word20');
    const { snippet, highlights } = makeSnippet(text, [[at, at + 6]]);
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    // Whole words only at both ends.
    expect(snippet.slice(1, -1).split(' ').every((w) => /^word\d+$/.test(w))).toBe(true);
    const [s, e] = highlights[0]!;
    expect(snippet.slice(s, e)).toBe('word20');
    expect(s - 1).toBeLessThanOrEqual(80);
    expect(snippet.length - 1 - e).toBeLessThanOrEqual(80);
    expect(s - 1).toBeGreaterThan(60);
  });

  it('shows a short text whole, line breaks as spaces, without …', () => {
    const { snippet, highlights } = makeSnippet('a short\ntext here', [[8, 12]]);
    expect(snippet).toBe('a short text here');
    expect(highlights).toEqual([[8, 12]]);
  });

  it('merges overlapping hits and keeps hits beyond the window out', () => {
    const at = text.indexOf('word5 ');
    const far = text.indexOf('word39');
    const { snippet, highlights } = makeSnippet(text, [[at, at + 5], [at + 2, at + 11], [far, far + 6]]);
    expect(highlights).toHaveLength(1);
    const [s, e] = highlights[0]!;
    expect(snippet.slice(s, e)).toBe('word5 word6');
  });

  it('escapes control characters and bidi overrides, keeping the highlight on its word', () => {
    const t = 'evil \u202e text \u0007 here';
    const at = t.indexOf('here');
    const { snippet, highlights } = makeSnippet(t, [[at, at + 4]]);
    expect(snippet).toBe('evil \\u{202e} text \\u{7} here');
    const [s, e] = highlights[0]!;
    expect(snippet.slice(s, e)).toBe('here');
  });
});
