/**
 * The normative force of a paragraph as written: which of shall, must, will,
 * undertake, agree, should, urge, recommend, may, might, consider governs it.
 */
import { forceRank, type Force } from '../model/types.js';

/** The governing normative wording of a text. Offsets are UTF-16 indexes. */
export interface DetectedForce {
  force: Force;
  /** The wording as it stands in the text ("shall", "are recommended", "urges"). */
  text: string;
  start: number;
}

const WS = String.raw`[\s\u00a0\u202f]`;

/** `will` as a noun: "political will", "the will of", "goodwill" is one word already. */
const WILL_NOUN_BEFORE = /\b(?:political|good|free|ill|own|the|a|their|its|our|his|her|popular|general|collective|strong|of)[\s\u00a0]+$/i;

/**
 * "may"/"might" right after a relative pronoun or in a purpose clause describes
 * ("factors that may contribute", "so that they may be uploaded"); it asks nothing.
 */
const DESCRIPTIVE_MODAL = /(?:\b(?:that|which|who)|\bso[\s\u00a0]+that[\s\u00a0]+\w+)[\s\u00a0]+$/i;

function before(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

function after(text: string, at: number, n = 40): string {
  return text.slice(at, at + n);
}

/** True when the word at `at` starts a sentence (start of text, or after . ! ? : and spaces). */
function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?:;]["'\u201d\u2019)]?)[\s\u00a0]*$/.test(before(text, at, 8)) || at === 0;
}

/**
 * A modal whose verb is "consider" ("member states should consider signing...", "will
 * consider") asks the states to consider: the force is `consider`, found at that word.
 */
const MODAL_CONSIDER = /^\w+[\s\u00a0]+(?:also[\s\u00a0]+|further[\s\u00a0]+)?consider\b/i;

interface Pattern {
  force: Force;
  re: RegExp;
  /** false rejects the match at `at` (index of the match) with text `m`. */
  keep?: (text: string, at: number, m: string) => boolean;
}

const PATTERNS: Pattern[] = [
  { force: 'shall', re: /\bshall\b/giu, keep: (t, at) => !MODAL_CONSIDER.test(after(t, at)) },
  { force: 'must', re: /\bmust\b/giu, keep: (t, at) => !MODAL_CONSIDER.test(after(t, at)) },
  {
    force: 'will',
    re: /\bwill\b/giu,
    keep: (t, at) => !WILL_NOUN_BEFORE.test(before(t, at)) && !/^will[\s\u00a0]+(?:of|to)\b/i.test(after(t, at)) && !MODAL_CONSIDER.test(after(t, at)),
  },
  { force: 'undertake', re: /\bundertakes?\b/giu },
  { force: 'agree', re: /\bagrees?\b/giu },
  { force: 'should', re: /\bshould\b/giu, keep: (t, at) => !MODAL_CONSIDER.test(after(t, at)) },
  { force: 'urge', re: /\burge[sd]?\b/giu },
  {
    force: 'recommend',
    re: new RegExp(
      String.raw`\brecommends\b|\b(?:we|they|I)${WS}+recommend\b|\brecommend${WS}+that\b|\b(?:is|are|was|were|be|been)${WS}+(?:also${WS}+|hereby${WS}+|therefore${WS}+)?recommended\b(?!${WS}+by\b)`,
      'giu',
    ),
  },
  {
    force: 'may',
    re: /\bmay\b/giu,
    keep: (t, at, m) => {
      // The month: "May 2004", "in May", "8 May".
      if (m === 'May' && (!sentenceStart(t, at) || /^May[\s\u00a0]+\d/.test(after(t, at)))) return false;
      if (/\bas[\s\u00a0]+(?:the[\s\u00a0]+case[\s\u00a0]+)?$/i.test(before(t, at))) return false; // "as the case may be", "as may be necessary"
      if (/^may[\s\u00a0]+or[\s\u00a0]+may[\s\u00a0]+not\b/i.test(after(t, at))) return false;
      if (/\bmay[\s\u00a0]+or[\s\u00a0]+$/i.test(before(t, at))) return false;
      return !DESCRIPTIVE_MODAL.test(before(t, at));
    },
  },
  {
    force: 'might',
    re: /\bmight\b/giu,
    keep: (t, at) => !/\bwith[\s\u00a0]+(?:all[\s\u00a0]+)?(?:its|their|his|her|our)?[\s\u00a0]*$/i.test(before(t, at)) && !DESCRIPTIVE_MODAL.test(before(t, at)),
  },
  // "CONSIDERING" in capitals opens a preambular paragraph: not normative.
  { force: 'consider', re: /\bconsider(?:s|ing)?\b/giu, keep: (_t, _at, m) => m !== 'CONSIDERING' },
];

/** Every normative wording in `text`, in text order. */
export function findForces(text: string): DetectedForce[] {
  const out: DetectedForce[] = [];
  for (const p of PATTERNS) {
    const re = p.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (p.keep && !p.keep(text, m.index, m[0])) continue;
      out.push({ force: p.force, text: m[0], start: m.index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The normative wording that governs `text`: the strongest group present
 * (shall/must/will/undertake/agree, then should/urge/recommend, then
 * may/might/consider), ties broken by first occurrence; undefined when the
 * text has none.
 */
export function detectForce(text: string): DetectedForce | undefined {
  let best: DetectedForce | undefined;
  for (const c of findForces(text)) {
    if (!best || forceRank(c.force) > forceRank(best.force)) best = c;
  }
  return best;
}
