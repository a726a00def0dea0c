/**
 * Splits one source text into paragraphs by its layout ({@link splitDocument}).
 *
 * The text is read line by line. The layout says which lines are headings,
 * title lines and continuation lines, and which paragraphs open a zone (a
 * cover note, a preamble, an instrument list); the rest follows from the item
 * markers as printed ("7.", "1.1", "a.", "iv.", "·", "") and from position.
 * Every source line of text lands in exactly one paragraph body, unchanged
 * but for leading/trailing whitespace and its item marker. Id conventions:
 * see src/import/seeds.ts.
 */
import type { OutlineEntry, ParagraphType } from '../../model/types.js';
import { letterLabel } from '../../util/text.js';
import { LayoutError, type DocLayout, type HeadingSpec, type MarkSpec } from './layout.js';

/** One part of a paragraph number, and whether the text prints it. */
interface Seg {
  v: string;
  printed: boolean;
}

type Kind = 'plain' | 'numbered' | 'letter' | 'roman' | 'bullet' | 'footnote';

/** One paragraph as split from its source. */
export interface SplitParagraph {
  number: string;
  printed: boolean;
  position: number;
  section: string[];
  type: ParagraphType;
  kind: Kind;
  /** Body lines, verbatim (trimmed, marker stripped). */
  lines: string[];
  /** 1-based source line of its first line. */
  line: number;
  /** The paragraph that introduces it (its list's lead-in). */
  leadIn?: SplitParagraph;
  mark?: MarkSpec;
  /** Default addressees of its section. */
  sectionAddressees?: string[];
  /** For a footnote: the paragraph its mark stands before. */
  annotates?: SplitParagraph;
}

/** A split document: outline and paragraphs in reading order. */
export interface SplitDocument {
  layout: DocLayout;
  outline: OutlineEntry[];
  paragraphs: SplitParagraph[];
}

interface Token {
  text: string;
  line: number;
}

const BARE_MARKER = /^(?:\d+(?:\.\d+)*\.?|[A-Za-z]{1,4}\.|[\u00b7\uf0b7])$/;
const BULLET = /^[\u00b7\uf0b7]\s*/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const LETTERED = /^([a-z]|[ivx]{1,6})\.\s+(\S.*)$/;
const FOOTNOTE = /^\ufffd\.?\s*/;
const HEADING_NUMBER = /^([0-9]+|[A-Z]+)\.\s+(.*)$/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

function segsOf(id: string, printed: boolean): Seg[] {
  return id === '' ? [] : id.split('.').map((v) => ({ v, printed }));
}

function numberOf(segs: Seg[]): string {
  return segs.map((s) => s.v).join('.');
}

/** "IV. Illicit arms trafficking" -> number IV, title "Illicit arms trafficking"; else the line is the title. */
export function headingEntry(line: string): OutlineEntry {
  const m = HEADING_NUMBER.exec(line);
  return m ? { title: m[2]!.trim(), number: m[1]! } : { title: line };
}

/** Non-blank lines, trimmed, with bare marker lines ("7.", "", "A.") joined to the next line. */
export function tokens(text: string): Token[] {
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const out: Token[] = [];
  raw.forEach((l, i) => {
    const t = l.trim();
    if (t !== '') out.push({ text: t, line: i + 1 });
  });
  const merged: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1];
    if (BARE_MARKER.test(t.text) && next) {
      merged.push({ text: `${t.text} ${next.text}`, line: t.line });
      i++;
    } else merged.push(t);
  }
  return merged;
}

/** Where the reading stands in the current section (all of it starts afresh at a heading). */
interface Section {
  heading?: HeadingSpec;
  path: string[];
  addressees?: string[];
  /** Number prefix of its unnumbered paragraphs and lettered items. */
  prefix: Seg[];
  /** Prefix of later unnumbered paragraphs, set by a mark's slug. */
  plainPrefix?: Seg[];
  zoneType?: ParagraphType;
  /** The paragraph whose mark says how later numbered paragraphs hang on it. */
  zoneLeadIn?: SplitParagraph;
  lastNumbered?: SplitParagraph;
  lastLetter?: SplitParagraph;
  romanOpen?: { next: number };
}

/** A paragraph line with its marker read. */
interface Item {
  tok: Token;
  kind: Kind;
  marker: string;
  body: string;
  mark?: MarkSpec;
}

/** The reading of one text: section state, numbering, and what the layout has matched so far. */
class Splitter {
  readonly outline: OutlineEntry[] = [];
  readonly paras: SplitParagraph[] = [];
  private readonly byNumber = new Map<string, SplitParagraph>();
  private readonly segsOfPara = new Map<SplitParagraph, Seg[]>();
  private readonly used = { headings: new Set<HeadingSpec>(), marks: new Set<MarkSpec>(), joins: new Set<string>(), titles: new Set<string>() };
  private sec: Section;
  private lastNonBullet: SplitParagraph | undefined;
  private readonly counters = new Map<string, number>();
  private readonly bulletCount = new Map<SplitParagraph, number>();
  private readonly lists = new Map<string, SplitParagraph | undefined>();
  private anchorPending = false;
  private footnote: Token | undefined;
  private footnoteAnchor: { section: string[]; target?: SplitParagraph } | undefined;

  constructor(private readonly layout: DocLayout) {
    this.sec = { path: [], prefix: [{ v: layout.root.slug, printed: false }] };
  }

  fail(msg: string): never {
    throw new LayoutError(`${this.layout.meta.id} (${this.layout.file}): ${msg}`);
  }

  /** Reads one token: a title line, a footnote mark or text, a heading, a continuation line, or a paragraph. */
  step(tok: Token): void {
    const t = tok.text;
    if (this.layout.titleLines.includes(t)) {
      if (this.used.titles.has(t)) this.fail(`title line twice: ${t}`);
      this.used.titles.add(t);
    } else if (t === '/') {
      this.anchorPending = true;
      this.footnoteAnchor = { section: [...this.sec.path] };
    } else if (FOOTNOTE.test(t)) {
      if (this.footnote) this.fail('more than one footnote');
      this.footnote = { text: t.replace(FOOTNOTE, ''), line: tok.line };
    } else {
      const h = this.layout.headings.find((x) => x.line === t);
      const join = h ? undefined : this.layout.joins.find((j) => t.startsWith(j));
      if (h) this.heading(h);
      else if (join !== undefined) this.join(join, t);
      else this.paragraph(this.item(tok));
    }
  }

  private heading(h: HeadingSpec): void {
    if (this.used.headings.has(h)) this.fail(`heading twice: ${h.line}`);
    this.used.headings.add(h);
    const entry = headingEntry(h.line);
    let path: string[];
    let addressees: string[] | undefined;
    if (h.level === 1) {
      this.outline.push(entry);
      path = [entry.title];
      addressees = h.addressees;
    } else {
      const parent = this.outline[this.outline.length - 1];
      if (!parent) this.fail(`level-2 heading with no level-1 heading: ${h.line}`);
      (parent.children ??= []).push(entry);
      path = [this.sec.path[0] ?? '', entry.title];
      const parentSpec = this.layout.headings.find((x) => x.level === 1 && headingEntry(x.line).title === path[0]);
      addressees = h.addressees ?? parentSpec?.addressees;
    }
    const prefix = h.id !== undefined ? segsOf(h.id, true) : h.slug !== undefined ? [{ v: h.slug, printed: false }] : [];
    this.sec = { heading: h, path, prefix, ...(addressees ? { addressees } : {}) };
  }

  private join(join: string, t: string): void {
    if (this.used.joins.has(join)) this.fail(`join line twice: ${join}`);
    this.used.joins.add(join);
    const prev = this.paras[this.paras.length - 1];
    if (!prev) this.fail(`join line with nothing before it: ${t}`);
    prev.lines.push(t);
  }

  /** The line's item marker (numbered, lettered, roman, bullet or none) and the layout's mark on its text. */
  private item(tok: Token): Item {
    const t = tok.text;
    let kind: Kind = 'plain';
    let marker = '';
    let body = t;
    let m: RegExpExecArray | null;
    if (BULLET.test(t)) {
      kind = 'bullet';
      body = t.replace(BULLET, '');
    } else if ((m = NUMBERED.exec(t))) {
      kind = 'numbered';
      marker = m[1]!;
      body = m[2]!;
    } else if ((m = LETTERED.exec(t))) {
      marker = m[1]!;
      body = m[2]!;
      kind = this.letterOrRoman(marker, tok);
    }
    const mark = this.layout.marks.find((x) => body.startsWith(x.at));
    if (mark) {
      if (this.used.marks.has(mark)) this.fail(`mark matches twice: ${mark.at}`);
      this.used.marks.add(mark);
    }
    return { tok, kind, marker, body, ...(mark ? { mark } : {}) };
  }

  /** "i." is a roman numeral when a roman list is open or no letter list expects an "i"; "v." likewise. */
  private letterOrRoman(marker: string, tok: Token): Kind {
    const { lastLetter, romanOpen } = this.sec;
    const expectedLetter = lastLetter ? letterLabel((lastLetter.number.split('.').pop() ?? 'a').charCodeAt(0) - 96) : 'a';
    if (!/^[ivx]+$/.test(marker)) return 'letter';
    if (romanOpen && ROMANS[romanOpen.next] === marker) return 'roman';
    if (marker === expectedLetter) return 'letter';
    if (marker === 'i') return 'roman';
    return this.fail(`cannot tell letter from roman numeral: ${tok.text} (line ${tok.line})`);
  }

  /** The lead-in of the list of `k` items under `parentNumber`: the paragraph just before the first item, if it introduces it. */
  private listLeadIn(parentNumber: string, k: Kind): SplitParagraph | undefined {
    const key = `${parentNumber}|${k}`;
    if (!this.lists.has(key)) {
      const prev = this.paras[this.paras.length - 1];
      const ok = prev && (prev.number === parentNumber || (prev.kind === 'plain' && /:\s*$/.test(prev.lines.join(' '))));
      this.lists.set(key, ok ? prev : undefined);
    }
    return this.lists.get(key);
  }

  private segsOf(p: SplitParagraph | undefined): Seg[] {
    return p ? (this.segsOfPara.get(p) ?? []) : this.sec.prefix;
  }

  /** The item's number (as parts) and the paragraph it hangs on. */
  private place(it: Item): { segs: Seg[]; leadIn?: SplitParagraph } {
    const { sec } = this;
    const printed = (parent: Seg[]): Seg[] => [...parent, { v: it.marker, printed: true }];
    if (it.kind === 'numbered') {
      const nest = sec.zoneLeadIn?.mark?.numbered;
      if (nest === 'nest') return { segs: printed(this.segsOf(sec.zoneLeadIn)), leadIn: sec.zoneLeadIn! };
      return { segs: segsOf(it.marker, true), ...(nest === 'part-of' ? { leadIn: sec.zoneLeadIn! } : {}) };
    }
    if (it.kind === 'letter' || it.kind === 'roman') {
      const parent = this.segsOf(it.kind === 'letter' ? sec.lastNumbered : (sec.lastLetter ?? sec.lastNumbered));
      if (parent.length === 0) this.fail(`${it.kind === 'letter' ? 'lettered' : 'roman'} item with nothing to hang on: ${it.tok.text}`);
      return { segs: printed(parent), leadIn: this.listLeadIn(numberOf(parent), it.kind) };
    }
    if (it.kind === 'bullet') {
      const parent = this.lastNonBullet;
      if (!parent) this.fail(`bullet with nothing to hang on: ${it.tok.text}`);
      const n = this.bulletCount.get(parent) ?? 0;
      this.bulletCount.set(parent, n + 1);
      const v = parent.mark?.items?.ids === 'number' ? String(n + 1) : letterLabel(n);
      return { segs: [...this.segsOf(parent), { v, printed: false }], leadIn: parent };
    }
    const pre = sec.plainPrefix ?? sec.prefix;
    if (pre.length === 0) this.fail(`unnumbered paragraph in a section with no number or slug: ${it.tok.text} (line ${it.tok.line})`);
    const key = numberOf(pre);
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return { segs: [...pre, { v: String(n), printed: false }] };
  }

  /** The paragraph's type: its mark's, else by its kind, its list, its zone, its section, the text's root. */
  private typeOf(it: Item, leadIn: SplitParagraph | undefined): ParagraphType {
    const { heading, zoneType } = this.sec;
    const listType = leadIn?.mark?.items?.type;
    if (it.mark?.type) return it.mark.type;
    if (/^Institutional aspects:/.test(it.body)) return 'institutional';
    if (it.kind === 'bullet') return listType ?? 'bullet';
    if (it.kind === 'roman') return listType ?? 'list-item';
    if (it.kind === 'letter') return listType ?? heading?.letterType ?? 'list-item';
    return zoneType ?? heading?.type ?? this.layout.root.type;
  }

  private paragraph(item: Item): void {
    // A mark with a fixed id makes the paragraph an unnumbered one, whatever its marker.
    const it: Item = item.mark?.id !== undefined ? { ...item, kind: 'plain' } : item;
    const { segs, leadIn } = it.mark?.id !== undefined ? { segs: segsOf(it.mark.id, false), leadIn: undefined } : this.place(it);
    const p: SplitParagraph = {
      number: numberOf(segs),
      printed: segs.every((s) => s.printed),
      position: this.paras.length + 1,
      section: [...this.sec.path],
      type: this.typeOf(it, leadIn),
      kind: it.kind,
      lines: [it.body],
      line: it.tok.line,
    };
    if (leadIn) p.leadIn = leadIn;
    if (it.mark) p.mark = it.mark;
    if (this.sec.addressees) p.sectionAddressees = this.sec.addressees;
    this.emit(p, segs);
    this.advance(p, it);
  }

  /** What the paragraph changes for those that follow: the open lists, the zone, the numbering. */
  private advance(p: SplitParagraph, it: Item): void {
    const { sec } = this;
    if (it.kind === 'numbered') {
      sec.lastNumbered = p;
      sec.lastLetter = undefined;
      sec.romanOpen = undefined;
    } else if (it.kind === 'letter') {
      sec.lastLetter = p;
      sec.romanOpen = undefined;
    } else if (it.kind === 'roman') sec.romanOpen = { next: ROMANS.indexOf(it.marker) + 1 };
    if (it.kind !== 'bullet') this.lastNonBullet = p;
    if (it.mark?.slug !== undefined) sec.plainPrefix = [{ v: it.mark.slug, printed: false }];
    if (it.mark?.zoneType) sec.zoneType = it.mark.zoneType;
    if (it.mark?.numbered) sec.zoneLeadIn = p;
  }

  private emit(p: SplitParagraph, segs: Seg[]): void {
    if (this.byNumber.has(p.number)) this.fail(`duplicate number ${p.number} (line ${p.line})`);
    this.byNumber.set(p.number, p);
    this.segsOfPara.set(p, segs);
    this.paras.push(p);
    if (this.anchorPending && this.footnoteAnchor) {
      this.footnoteAnchor.target = p;
      this.anchorPending = false;
    }
  }

  /** The footnote last, lead-ins typed, and every part of the layout matched exactly once. */
  finish(): void {
    const { layout, footnote, footnoteAnchor, used } = this;
    if (footnote) {
      const p: SplitParagraph = {
        number: 'fn.1',
        printed: false,
        position: this.paras.length + 1,
        section: footnoteAnchor?.section ?? [],
        type: 'footnote',
        kind: 'footnote',
        lines: [footnote.text],
        line: footnote.line,
      };
      if (footnoteAnchor?.target) p.annotates = footnoteAnchor.target;
      this.emit(p, segsOf('fn.1', false));
    }
    // Unnumbered paragraphs that introduce a list are lead-ins.
    const leadIns = new Set(this.paras.map((p) => p.leadIn).filter((x): x is SplitParagraph => x !== undefined));
    for (const p of leadIns) if (p.kind === 'plain' && !p.mark?.type) p.type = 'lead-in';

    for (const h of layout.headings) if (!used.headings.has(h)) this.fail(`heading not found: ${h.line}`);
    for (const mk of layout.marks) if (!used.marks.has(mk)) this.fail(`mark not found: ${mk.at}`);
    for (const j of layout.joins) if (!used.joins.has(j)) this.fail(`join line not found: ${j}`);
    for (const tl of layout.titleLines) if (!used.titles.has(tl)) this.fail(`title line not found: ${tl}`);
    if (layout.footnote && !footnote) this.fail('footnote expected, none found');
    if (footnote && !layout.footnote) this.fail('footnote found, none expected');
    if (layout.footnote && !footnoteAnchor?.target) this.fail('footnote mark "/" not found');
  }
}

/**
 * Splits one source text per its layout. Throws a LayoutError when the layout
 * and the text disagree (a heading, mark or join that matches nothing, or
 * twice; a duplicate number; text in a section with no way to number it).
 */
export function splitDocument(layout: DocLayout, text: string): SplitDocument {
  const s = new Splitter(layout);
  for (const tok of tokens(text)) s.step(tok);
  s.finish();
  return { layout, outline: s.outline, paragraphs: s.paras };
}
