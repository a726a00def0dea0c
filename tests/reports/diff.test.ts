import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { emptyCorpus, type Corpus } from '../../src/model/model.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { diffLineage, diffSince, paragraphText, summarize, DIFF_KINDS, SIMILAR_THRESHOLD, type ParagraphDiff } from '../../src/reports/diff/index.js';
import { entries, inOrder, pairLineage, pairSince, type DiffParagraph, type Pair } from '../../src/reports/diff/pair.js';
import { candidatePairs, prepareAll, similarity, words } from '../../src/reports/diff/similarity.js';
import { side, wordDiff } from '../../src/reports/diff/words.js';
import { usage } from '../helpers/usage.js';

const para = (id: string, text: string, section: string[] = []): DiffParagraph => ({ id, number: id.split('/')[1]!, text, section });
const doc = (prefix: string, texts: string[]) => texts.map((t, i) => para(`${prefix}/${i + 1}`, t));

describe('wordDiff', () => {
  it('works on words and punctuation, not characters, and rebuilds both texts', () => {
    const a = 'The Inter-American Convention against Corruption (1996), as “adopted”.';
    const b = 'The Inter-American Convention against Corruption (1997) as “adopted”, and more.';
    const ch = wordDiff(a, b);
    expect(side(ch, 'from')).toBe(a);
    expect(side(ch, 'to')).toBe(b);
    expect(ch.some((c) => c.op === 'delete' && c.text.includes('1996'))).toBe(true);
    expect(ch.some((c) => c.op === 'insert' && c.text.includes('1997'))).toBe(true);
    // A changed year is one word, never "199[-6-]{+7+}".
    expect(ch.some((c) => c.op === 'equal' && c.text.endsWith('199'))).toBe(false);
  });

  it('keeps typographic characters and non-breaking spaces verbatim', () => {
    const a = 'Article\u00a012 of the “Palermo” Convention';
    const b = 'Article\u00a014 of the “Palermo” Convention — as amended';
    const ch = wordDiff(a, b);
    expect(side(ch, 'from')).toBe(a);
    expect(side(ch, 'to')).toBe(b);
    expect(ch[0]).toEqual({ op: 'equal', text: 'Article\u00a0' });
  });

  it('stays readable on a long rewritten paragraph: short kept words between changes fold into them', () => {
    const a = 'The Permanent Council of the Organization shall examine the usefulness of addressing the question of money laundering in a crosscutting fashion and in conjunction with the different manifestations of transnational organized crime.';
    const b = 'The member states should address the topic of money laundering not only as a drug problem-related crime, but also as a crime that must be combated in the fight against all manifestations of organized crime.';
    const ch = wordDiff(a, b);
    expect(side(ch, 'from')).toBe(a);
    expect(side(ch, 'to')).toBe(b);
    // Few runs: a reader sees whole phrases replaced, not every other word.
    expect(ch.filter((c) => c.op !== 'equal').length).toBeLessThanOrEqual(8);
    expect(ch.filter((c) => c.op === 'equal').every((c) => c.text.trim().length === 0 || c.text.trim().length > 3 || c === ch[0] || c === ch[ch.length - 1])).toBe(true);
  });

  it('gives one equal run for the same text and nothing for two empty ones', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'New.')).toEqual([{ op: 'insert', text: 'New.' }]);
  });
});

describe('similarity', () => {
  it('ignores case, accents and punctuation', () => {
    expect(words('Mérida, CONVENTION!')).toEqual(['merida', 'convention']);
    expect(similarity('Mérida Convention.', 'merida convention')).toBe(1);
    expect(similarity('one two', 'three four')).toBe(0);
  });

  it('weighs rare words: a title sharing the word that tells it apart scores above one sharing only the common words', () => {
    // An instrument list, where "Inter-American Convention" is in most items.
    const { weights, lists } = prepareAll(
      ['Inter-American Convention against Terrorism', 'Inter-American Convention against Corruption', 'Inter-American Convention on Extradition',
        'Inter-American Convention on Mutual Assistance in Criminal Matters', 'Inter-American Convention on International Traffic in Minors'],
      ['Inter-American Convention against Terrorism (2002)'],
    );
    const score = (i: number) => candidatePairs([lists[0]![i]!], lists[1]!, weights, 0)[0]?.score ?? 0;
    expect(score(0)).toBeGreaterThan(SIMILAR_THRESHOLD);
    expect(score(1)).toBeLessThan(score(0) - 0.2);
    // Unweighted, "against Corruption" would share 4 of 5 words with "against Terrorism (2002)".
    expect(score(1)).toBeLessThan(4 / 5.5);
  });

  it('finds through the rare-word index every pair an exhaustive comparison finds (random texts)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocab = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const text = () => Array.from({ length: 8 + Math.floor(rnd() * 20) }, () => vocab[Math.floor(rnd() ** 2 * vocab.length)]).join(' ');
    const from = Array.from({ length: 150 }, text);
    const to = from.map((t, i) => (i % 3 === 0 ? text() : `${t} ${vocab[Math.floor(rnd() * 400)]}`));
    const { weights, lists } = prepareAll(from, to);
    const fast = candidatePairs(lists[0]!, lists[1]!, weights, SIMILAR_THRESHOLD).map((p) => `${p.from}:${p.to}`).sort();
    const all: string[] = [];
    for (let i = 0; i < from.length; i++) for (let j = 0; j < to.length; j++) if (similarity(from[i]!, to[j]!) >= 0 && diceOf(i, j) >= SIMILAR_THRESHOLD) all.push(`${i}:${j}`);
    function diceOf(i: number, j: number): number {
      return candidatePairs([lists[0]![i]!], [lists[1]![j]!], weights, 0).map((p) => p.score)[0] ?? 0;
    }
    expect(fast).toEqual(all.sort());
    expect(fast.length).toBeGreaterThan(90);
  });
});

describe('pairing one document at two revisions', () => {
  const old = doc('d', ['Alpha paragraph about firearms and ammunition control.', 'Beta paragraph about money laundering and assets.', 'Gamma paragraph about cybercrime and electronic evidence.', 'Delta paragraph about extradition between states.']);

  it('an edited paragraph keeps its id; a removed one renumbers the rest (moved), an added one is added', () => {
    // 2 removed, 3 and 4 renumbered to 2 and 3 (4 edited), a new 4.
    const now = [old[0]!, para('d/2', old[2]!.text), para('d/3', 'Delta paragraph about extradition and mutual assistance between states.'), para('d/4', 'A new paragraph on training.')];
    const r = entries(old, now, pairSince(old, now, SIMILAR_THRESHOLD), true);
    const by = (to: string | null, from: string | null) => r.find((e) => e.to === to && e.from === from);
    expect(by('d/1', 'd/1')).toMatchObject({ kind: 'unchanged', basis: 'same-id' });
    expect(by('d/2', 'd/3')).toMatchObject({ kind: 'moved', basis: 'similar', fromNumber: '3', toNumber: '2' });
    expect(by('d/3', 'd/4')).toMatchObject({ kind: 'moved', basis: 'similar' });
    expect(by('d/3', 'd/4')!.changes.some((c) => c.op === 'insert' && c.text.includes('mutual assistance'))).toBe(true);
    expect(by('d/4', null)).toMatchObject({ kind: 'added', changes: [{ op: 'insert', text: 'A new paragraph on training.' }] });
    expect(by(null, 'd/2')).toMatchObject({ kind: 'removed' });
    // Order: the later text's, the removed paragraph where it stood (after d/1).
    expect(r.map((e) => e.to ?? `-${e.from}`)).toEqual(['d/1', '-d/2', 'd/2', 'd/3', 'd/4']);
    expect(summarize(r)).toEqual({ changed: 0, added: 1, removed: 1, moved: 2, unchanged: 1 });
  });

  it('pairs a paragraph rewritten beyond recognition by its id when nothing fits better', () => {
    const now = [old[0]!, old[1]!, para('d/3', 'Entirely different words now.'), old[3]!];
    const r = entries(old, now, pairSince(old, now, SIMILAR_THRESHOLD), true);
    expect(r.find((e) => e.to === 'd/3')).toMatchObject({ from: 'd/3', kind: 'changed', basis: 'same-id' });
  });
});

describe('pairing along lineage', () => {
  it('keeps every link (one earlier paragraph into two), guesses one to one above the threshold, and drops the rest', () => {
    const from = doc('a', ['We agree on the following list of instruments and cooperation measures.', 'Inter-American Convention against Corruption.', 'A paragraph on kidnapping that the later text drops.']);
    const to = doc('b', ['To implement the plan below.', 'To cooperate on the list of instruments.', 'Inter-American Convention against Corruption (1996).', 'Something else entirely new.']);
    const pairs = pairLineage(from, to, [{ from: 0, to: 0 }, { from: 0, to: 1 }], SIMILAR_THRESHOLD);
    const r = entries(from, to, pairs, false);
    expect(r.filter((e) => e.basis === 'derived-from').map((e) => `${e.from}>${e.to}`)).toEqual(['a/1>b/1', 'a/1>b/2']);
    expect(r.find((e) => e.to === 'b/3')).toMatchObject({ from: 'a/2', basis: 'similar', kind: 'changed' });
    expect(r.find((e) => e.to === 'b/4')).toMatchObject({ from: null, kind: 'added' });
    expect(r.find((e) => e.from === 'a/3')).toMatchObject({ to: null, kind: 'removed' });
  });

  it('marks as moved the pairs out of the longest ordered run', () => {
    const p = (from: number, to: number): Pair => ({ from, to, basis: 'derived-from', score: 1 });
    const pairs = [p(0, 0), p(3, 1), p(1, 2), p(2, 3), p(4, 4)];
    expect([...inOrder(pairs)].map((x) => x.from).sort()).toEqual([0, 1, 2, 4]);
  });
});

describe('on the real corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    const root = fileURLToPath(new URL('../../corpus/', import.meta.url));
    corpus = loadCorpus(root, loadConfig(root, RULE_IDS));
  });
  const linksBetween = (from: string, to: string) => [...corpus.paragraphs.values()]
    .filter((p) => p.fm.document === to)
    .flatMap((p) => (p.fm.relations ?? []).filter((r) => r.type === 'derived-from' && r.target.startsWith(`${from}/`)).map((r) => `${r.target}>${p.id}`));
  const pairs = (ps: ParagraphDiff[], basis: string) => ps.filter((p) => p.basis === basis).map((p) => `${p.from}>${p.to}`);

  it('mex-draft-2005 → cedot-draft-2006: the 25 derived-from links, one guess, 48 paragraphs dropped', () => {
    const r = diffLineage({ corpus, from: 'mex-draft-2005', to: 'cedot-draft-2006' });
    expect(pairs(r.paragraphs, 'derived-from').sort()).toEqual(linksBetween('mex-draft-2005', 'cedot-draft-2006').sort());
    expect(pairs(r.paragraphs, 'derived-from')).toHaveLength(25);
    // Checked by hand: the firearms convention's committee (mex 40) and CIFTA's ratification (cedot B.IV.1).
    expect(pairs(r.paragraphs, 'similar')).toEqual(['mex-draft-2005/40>cedot-draft-2006/B.IV.1']);
    // Four instruments of the list kept word for word; money laundering (mex 15) came later in CEDOT's order.
    expect(r.paragraphs.filter((p) => p.kind === 'unchanged').map((p) => p.to)).toEqual(['cedot-draft-2006/3.h', 'cedot-draft-2006/3.i', 'cedot-draft-2006/3.j', 'cedot-draft-2006/3.l']);
    expect(r.paragraphs.filter((p) => p.kind === 'moved').map((p) => `${p.from}>${p.to}`)).toEqual(['mex-draft-2005/15>cedot-draft-2006/B.II.1']);
    // 73 paragraphs, 25 taken up (24 by links, 1 guessed); 168 in CEDOT, 26 paired.
    expect(r.summary).toEqual({ changed: 21, added: 142, removed: 48, moved: 1, unchanged: 4 });
    expect(corpus.paragraphsByDocument.get('mex-draft-2005')).toHaveLength(73);
    expect(r.paragraphs.filter((p) => p.kind === 'removed').map((p) => p.from)).toContain('mex-draft-2005/cover.1');
  });

  it('cedot-draft-2006 → strategy-2021: what the Strategy changed in the list of instruments', () => {
    const r = diffLineage({ corpus, from: 'cedot-draft-2006', to: 'strategy-2021' });
    expect(pairs(r.paragraphs, 'derived-from').sort()).toEqual(linksBetween('cedot-draft-2006', 'strategy-2021').sort());
    expect(pairs(r.paragraphs, 'derived-from')).toHaveLength(12);
    const by = (to: string) => r.paragraphs.find((p) => p.to === to)!;
    expect(by('strategy-2021/2.i').changes).toEqual([
      { op: 'equal', text: 'United Nations Convention ' }, { op: 'delete', text: 'Against' }, { op: 'insert', text: 'against' },
      { op: 'equal', text: ' Transnational Organized Crime' }, { op: 'insert', text: ' (UNTOC)' }, { op: 'equal', text: ';' },
    ]);
    expect(by('strategy-2021/2.v').kind).toBe('unchanged');
    // The Inter-American Convention against Terrorism (cedot 3.l) is not in the Strategy's list.
    expect(r.paragraphs.find((p) => p.from === 'cedot-draft-2006/3.l')).toMatchObject({ kind: 'removed', to: null });
    expect(pairs(r.paragraphs, 'similar')).toEqual(['cedot-draft-2006/B.VIII.3.f>strategy-2021/2.a.v']);
    expect(r.summary).toEqual({ changed: 9, added: 76, removed: 155, moved: 1, unchanged: 3 });
  });

  it('follows lineage through the text in between: strategy-2021 against mex-draft-2005', () => {
    const r = diffLineage({ corpus, from: 'mex-draft-2005', to: 'strategy-2021' });
    expect(r.paragraphs.find((p) => p.to === 'strategy-2021/2.i')).toMatchObject({ from: 'mex-draft-2005/list.1', basis: 'derived-from' });
  });

  it('counts in the summary are the counts of the entries by kind, and every entry rebuilds its texts', () => {
    for (const [f, t] of [['mex-draft-2005', 'cedot-draft-2006'], ['cedot-draft-2006', 'strategy-2021'], ['csh-recommendations-2005', 'cedot-draft-2006']] as const) {
      const r = diffLineage({ corpus, from: f, to: t });
      for (const k of DIFF_KINDS) expect(r.summary[k]).toBe(r.paragraphs.filter((p) => p.kind === k).length);
      for (const p of r.paragraphs) {
        if (p.from) expect(side(p.changes, 'from')).toBe(paragraphText(corpus.paragraphs.get(p.from)!.file.body));
        if (p.to) expect(side(p.changes, 'to')).toBe(paragraphText(corpus.paragraphs.get(p.to)!.file.body));
      }
    }
  });

  it('a document new since the revision is all added; one deleted since is all removed', () => {
    const empty = emptyCorpus(corpus.root, corpus.config);
    const n = corpus.paragraphsByDocument.get('gtdot-workplan-2008')!.length;
    const added = diffSince({ now: corpus, then: empty, document: 'gtdot-workplan-2008', revision: 'v0' });
    expect(added.summary).toEqual({ changed: 0, added: n, removed: 0, moved: 0, unchanged: 0 });
    expect(added.head?.statusLabel).toBe('ADOPTED');
    const removed = diffSince({ now: empty, then: corpus, document: 'gtdot-workplan-2008', revision: 'v0' });
    expect(removed.summary).toEqual({ changed: 0, added: 0, removed: n, moved: 0, unchanged: 0 });
    expect(removed.paragraphs.map((p) => p.from)).toEqual(corpus.paragraphsByDocument.get('gtdot-workplan-2008')!.map((p) => p.id));
  });

  it('a document against itself at the same state is all unchanged; unknown documents are usage errors', () => {
    const r = diffSince({ now: corpus, then: corpus, document: 'strategy-2021', revision: 'HEAD' });
    expect(r.summary).toEqual({ changed: 0, added: 0, removed: 0, moved: 0, unchanged: corpus.paragraphsByDocument.get('strategy-2021')!.length });
    expect(usage(() => diffLineage({ corpus, from: 'mex-draft-2006', to: 'strategy-2021' })).message).toMatch(/^Unknown document `mex-draft-2006`; did you mean `mex-draft-2005`/);
    expect(usage(() => diffLineage({ corpus, from: 'strategy-2021', to: 'strategy-2021' })).hint).toContain('--since');
    expect(usage(() => diffSince({ now: corpus, then: corpus, document: 'nope', revision: 'HEAD~1' })).message).toContain('`nope`');
  });
});

describe('paragraphText', () => {
  it('drops HTML comments (inline suppressions) and reads line breaks as spaces, keeping other characters', () => {
    expect(paragraphText('<!-- plan-lint-disable-next-line x -- y -->\nOne\nline\u00a0two “q”.\n')).toBe('One line\u00a0two “q”.');
  });
});
