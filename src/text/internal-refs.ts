/** A reference in running text to another paragraph of the same text. */
export interface InternalRef {
  /** The numbers referred to ("9", "12"). */
  numbers: string[];
  text: string;
  start: number;
  end: number;
  /** Content words just before the reference ("the crimes listed in"): its subject. */
  subject: string[];
}

const REF = /\bparagraphs?\s+(\d+(?:\.[0-9a-z]+)*)(?:\s*(?:,|and|or|to)\s*(\d+(?:\.[0-9a-z]+)*))*\s+(?:of\s+(?:this|the\s+present)\s+(?:Hemispheric\s+)?(?:Plan\s+of\s+Action|Plan|Strategy|document|work\s+program|Work\s+Plan|program)|above|below)\b/gi;
const STOP = new Set(['that', 'this', 'those', 'these', 'with', 'from', 'into', 'which', 'referred', 'mentioned', 'listed', 'contained', 'described', 'under', 'their', 'there', 'such', 'shall', 'should', 'will', 'also', 'have']);

/** Every "paragraph N of this Plan" / "paragraph N above" in the text. */
export function scanInternalRefs(text: string): InternalRef[] {
  const out: InternalRef[] = [];
  for (const m of text.matchAll(REF)) {
    const nums = [...m[0].matchAll(/\d+(?:\.[0-9a-z]+)*/gi)].map((x) => x[0]);
    out.push({ numbers: nums, text: m[0], start: m.index!, end: m.index! + m[0].length, subject: subjectBefore(text, m.index!) });
  }
  return out;
}

/** Content words just before `at` (up to six words back): what a reference there is about. */
export function subjectBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 80), at).split(/[^\p{L}]+/u).filter(Boolean).slice(-6);
  return before.map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !STOP.has(w));
}

/** "The previous paragraph", "the paragraph below": a reference by place, not by number. */
export interface RelativeRef {
  /** -1: the paragraph before; +1: the paragraph after. */
  step: -1 | 1;
  text: string;
  start: number;
  end: number;
  subject: string[];
}

const RELATIVE = /\b(?:the\s+(?:(previous|preceding|foregoing)|(following|next))\s+paragraph|the\s+paragraph\s+(?:(above)|(below)))\b(?!\s*\d)/gi;

/** Every "the previous paragraph" / "the preceding paragraph" / "the paragraph above" / "the following paragraph" / "the paragraph below". */
export function scanRelativeRefs(text: string): RelativeRef[] {
  const out: RelativeRef[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const step = m[1] || m[3] ? -1 : 1;
    out.push({ step, text: m[0], start: m.index!, end: m.index! + m[0].length, subject: subjectBefore(text, m.index!) });
  }
  return out;
}

/** Does the target's text share a stem (first four letters) with the reference's subject? */
export function subjectMatches(subject: string[], targetText: string): boolean {
  if (subject.length === 0) return true;
  const words = new Set(targetText.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));
  return subject.some((w) => words.has(w.slice(0, 4)));
}
