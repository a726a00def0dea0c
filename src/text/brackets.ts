/**
 * Negotiation brackets: in an intergovernmental draft, text in square
 * brackets is not agreed yet, and "[shall/should]" offers competing options.
 * Editorial insertions ("[sic]", "[signature]", "[Rubberstamp of …]", "[…]",
 * a footnote marker "[1]"), Markdown links and footnote references ("[^1]")
 * are not negotiation brackets.
 */
export interface Bracket {
  /** Offsets of "[" and just after "]". */
  start: number;
  end: number;
  /** The text between the brackets (its first CONTENT_LIMIT characters: enough to describe it). */
  content: string;
  /** The competing options ("shall", "should"), when the bracket offers some. */
  options?: string[];
  /** Nesting depth among negotiation brackets (0: outermost). */
  depth: number;
}

/** An editorial insertion, the whole bracket: "[sic]", "[…]", "[emphasis added]", a marker "[1]". */
const EDITORIAL_WHOLE = /^\s*(?:sic|illegible|emphasis\s+(?:\w+\s+)?added|…|\.\.\.|\d+|[a-z]|[ivx]+|page\s+\d+|footnote\s*\d*)\s*[.!]?\s*$/i;
/** An editorial description of what the page shows: "[signature]", "[Rubberstamp of the Permanent Mission …]". */
const EDITORIAL_START = /^\s*(?:signed|signature|(?:rubber\s*)?stamp|rubberstamp|seal|logo|(?:unofficial\s+)?translation|original)\b/i;

/** Alternatives split by a slash: "shall/should", "shall / should / may". */
const OPTIONS = /^\s*[^/\s][^/]*(?:\/[^/]*[^/\s])+\s*$/;

function optionsOf(content: string): string[] | undefined {
  if (!OPTIONS.test(content) || /[[\]]/.test(content) || content.includes('://') || /\band\/or\b/i.test(content)) return undefined;
  // A document symbol (AG/RES. 2026, CP/CSH-1018/08) is not a choice.
  if (/(?:^|\s)[A-Z]{1,6}\/[A-Z0-9]/.test(content)) return undefined;
  const parts = content.split('/').map((s) => s.trim());
  return parts.every((s) => /[\p{L}\p{N}]/u.test(s)) ? parts : undefined;
}

function isEditorial(content: string): boolean {
  return content.trim().length === 0 || EDITORIAL_WHOLE.test(content) || EDITORIAL_START.test(content);
}

/** A bracket's content is kept up to this length, so deeply nested brackets stay linear. */
export const CONTENT_LIMIT = 500;

/** Every negotiation bracket of the text, in order of opening; unmatched brackets are left out. */
export function scanBrackets(text: string): Bracket[] {
  const out: Bracket[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') open.push(i);
    else if (c === ']' && open.length > 0) {
      const start = open.pop()!;
      const content = text.slice(start + 1, Math.min(i, start + 1 + CONTENT_LIMIT));
      if (content.startsWith('^') || text[i + 1] === '(' || isEditorial(content)) continue;
      const b: Bracket = { start, end: i + 1, content, depth: 0 };
      const options = i - start - 1 <= CONTENT_LIMIT ? optionsOf(content) : undefined;
      if (options) b.options = options;
      out.push(b);
    }
  }
  out.sort((a, b) => a.start - b.start);
  const stack: Bracket[] = [];
  for (const b of out) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= b.start) stack.pop();
    b.depth = stack.length;
    stack.push(b);
  }
  return out;
}

/** How much of a set of texts is agreed. */
export interface AgreedShare {
  /** Words in all the texts. */
  words: number;
  /** Words outside any negotiation bracket. */
  agreedWords: number;
  /** Open negotiation brackets (nested ones counted too). */
  brackets: number;
  /** Of these, brackets offering competing options ("[shall/should]"). */
  options: number;
  /** Whole percent agreed, rounded down while anything is open (never 100 with a bracket open). */
  percent: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(WORD)) n++;
  return n;
}

/**
 * Paragraph types that are not negotiated text: a cover note, a closing
 * (signature, stamp) and an introduction are the apparatus of the secretariat
 * or a delegation, not text the states negotiate; their brackets are asides.
 */
export const NOT_NEGOTIATED: ReadonlySet<string> = new Set(['cover', 'closing', 'introduction']);

/** Is this paragraph part of the negotiated text (are its brackets negotiation brackets)? */
export function isNegotiated(type: string): boolean {
  return !NOT_NEGOTIATED.has(type);
}

/** The agreed share of these texts (the bodies of a document's negotiated paragraphs). */
export function agreedShare(texts: Iterable<string>): AgreedShare {
  let words = 0;
  let open = 0;
  let brackets = 0;
  let options = 0;
  for (const t of texts) {
    words += countWords(t);
    for (const b of scanBrackets(t)) {
      brackets++;
      if (b.options) options++;
      if (b.depth === 0) open += countWords(t.slice(b.start + 1, b.end - 1));
    }
  }
  const agreedWords = words - open;
  const percent = words === 0 ? 100 : brackets === 0 ? 100 : Math.min(99, Math.floor((agreedWords * 100) / words));
  return { words, agreedWords, brackets, options, percent };
}

/** "92% agreed, 7 brackets open, 2 options" (or "100% agreed, no brackets open"). */
export function describeShare(s: AgreedShare): string {
  if (s.brackets === 0) return '100% agreed, no brackets open';
  const b = `${s.brackets} ${s.brackets === 1 ? 'bracket' : 'brackets'} open`;
  const o = s.options > 0 ? `, ${s.options} ${s.options === 1 ? 'option' : 'options'}` : '';
  return `${s.percent}% agreed, ${b}${o}`;
}
