/**
 * The layout of a source text: what the seed importer cannot read from the
 * item markers alone (which lines are headings, title lines or continuation
 * lines; which paragraphs open a zone, a list, a numbering), and the
 * document's front matter. One layout per text, in sources/seeds/layouts/
 * (<document>.yaml, read by ./load-layouts.ts).
 */
import type { DocumentFM, ParagraphType } from '../../model/types.js';

/** A heading line of a source text; its number and title are read from the line ("IV. Illicit arms trafficking"). */
export interface HeadingSpec {
  /** The line as it stands, trimmed (a bare marker line is joined to the next with one space: "A. General ..."). */
  line: string;
  level: 1 | 2;
  /** Printed id prefix of its unnumbered paragraphs and lettered items ("A.I", "3"). */
  id?: string;
  /** Unprinted id prefix, for an unnumbered section ("intro"). */
  slug?: string;
  /** Default type of its paragraphs. */
  type: ParagraphType;
  /** Type of its lettered items (default list-item). */
  letterType?: ParagraphType;
  /** Who its paragraphs address when the text does not say (CSH "RECOMMENDATIONS TO MEMBER STATES"). */
  addressees?: string[];
}

/** A reference the text makes, resolved by hand in the layout. */
export interface RefSpec {
  /** The words in the body, verbatim. */
  text: string;
  /** A paragraph number of the same document, or an outside key with resolved: false. */
  target: string;
  resolved?: false;
  description?: string;
}

/** Something special about one paragraph, found by the start of its text (marker stripped). */
export interface MarkSpec {
  at: string;
  /** Fixed (unprinted) number. */
  id?: string;
  type?: ParagraphType;
  /** Later unnumbered paragraphs of the section are numbered `<slug>.N`. */
  slug?: string;
  /** Later paragraphs of the section take this type. */
  zoneType?: ParagraphType;
  /** Its list (bullets, letters, romans): bullet ids by number, item type, and whether it is a list of instruments. */
  items?: { ids?: 'number'; type?: ParagraphType; instruments?: boolean };
  /** Numbered paragraphs that follow: part-of this one (ids as printed) or nested under it. */
  numbered?: 'part-of' | 'nest';
  refs?: RefSpec[];
}

export interface FootnoteSpec {
  /** Note on the annotates relation (what the mark stands under). */
  note: string;
  refs?: RefSpec[];
  /** Paragraphs the footnote gives priority to (seeded into `priority` where absent). */
  priority?: { numbers: string[]; date: string; meeting: string };
}

/** How to split one source text, and the document's front matter. */
export interface DocLayout {
  file: string;
  meta: Omit<DocumentFM, 'outline'>;
  /** Lines of the title block: not paragraphs (recorded in the document's notes). */
  titleLines: string[];
  /** Text before the first heading. */
  root: { slug: string; type: ParagraphType };
  headings: HeadingSpec[];
  marks: MarkSpec[];
  /** Starts of lines that continue the previous paragraph (a signature block, a wrapped note). */
  joins: string[];
  footnote?: FootnoteSpec;
}

/** A layout and its text disagree (a heading, mark or join that matches nothing, or twice; a number used twice; ...). */
export class LayoutError extends Error {}
