/**
 * The seed importer: splits the five source texts (sources/seeds/) into
 * corpus/documents/<doc>.md and corpus/paragraphs/<doc>/<number>.md.
 *
 * Each text is read line by line. A per-document spec ({@link DOC_SPECS})
 * says which lines are headings, title lines, continuation lines, and which
 * paragraphs open a zone (a cover note, a preamble, an instrument list); the
 * rest follows from the item markers as printed ("7.", "1.1", "a.", "iv.",
 * "·", "") and from position. Every source line of text lands in exactly
 * one paragraph body, unchanged but for leading/trailing whitespace and its
 * item marker.
 *
 * Re-running is safe: hand-curated keys of existing files (addressees,
 * force, obligation, priority, notes, relations other than part-of /
 * refers-to, cites beyond those the text makes, and any key the importer
 * does not compute) are kept, and so are comment lines of the front matter
 * (inline suppressions with their reasons); only computed keys and the body
 * are rewritten, and output is byte-identical on re-run. The importer
 * detects `force` only for a paragraph it writes for the first time: after
 * that, the force is a reviewed fact of the file.
 *
 * Id conventions (paragraph `number`), beyond the contract in the design notes:
 * - a section's printed numbers are used as printed (`mex-draft-2005/9`,
 *   `csh-recommendations-2005/45`, `gtdot-workplan-2008/2.4`); lettered and
 *   roman items hang on the last numbered paragraph of their section, else on
 *   the section's number (`mex-draft-2005/42.a`, `strategy-2021/3.c`,
 *   `strategy-2021/2.iv`, `strategy-2021/2.a.iii`);
 * - unnumbered paragraphs of a section take its number (or a slug for an
 *   unnumbered section) and their position among the unnumbered paragraphs
 *   of that section: `cedot-draft-2006/B.II.3`, `strategy-2021/1.2`,
 *   `strategy-2021/intro.1`, `strategy-2021/objectives.2`,
 *   `strategy-2021/follow-up.1`, `gtdot-workplan-2008/background.2`;
 * - bullets hang on the paragraph that introduces them, by letter
 *   (`cedot-draft-2006/B.II.5.a`, `gtdot-workplan-2008/1.1.c`), except the
 *   Mexican draft's unnumbered instrument list: `list` (its lead-in) and
 *   `list.1`..`list.12`;
 * - the opening words of a preamble ("The member states of the Organization
 *   of American States,") are `chapeau`; CEDOT's "AGREE:" is `agree`;
 * - numbered items introduced by an unnumbered lead-in that the spec marks
 *   `nest` hang on it: `gtdot-workplan-2008/objective.2.1`;
 * - the strategy's adoption note under its title is `headnote.1`;
 * - footnotes are `fn.1`, with `section` the heading path at their mark.
 * `printed` is true only when every part of the number is printed.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Cite, DocumentFM, OutlineEntry, ParagraphType, Priority, Relation, UnresolvedRef } from '../corpus/types.js';
import { scanCitations } from '../text/citations.js';
import { letterLabel } from '../util/text.js';
import { detectForce, findForces, type DetectedForce } from '../text/force.js';
import { FALLBACK_INSTRUMENT_NAMES, buildNameTable, makeResolver } from '../text/instrument-names.js';
import { writeFilesAtomic, type FileToWrite } from '../util/atomic-write.js';
import { quoteTraps } from '../util/yaml-portable.js';

// ---------------------------------------------------------------------------
// Specs

/** A heading line of a source text. */
export interface HeadingSpec {
  /** The line as it stands, trimmed (a bare marker line is joined to the next with one space: "A. General ..."). */
  line: string;
  title: string;
  number?: string;
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

/** A reference the text makes, resolved by hand in the spec. */
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
export interface DocSpec {
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

/** "IV. Illicit arms trafficking" -> number IV, title "Illicit arms trafficking". */
function hd(line: string, level: 1 | 2, type: ParagraphType, more: Partial<HeadingSpec> = {}): HeadingSpec {
  const m = /^([0-9]+|[A-Z]+)\.\s+(.*)$/.exec(line);
  const base: HeadingSpec = m ? { line, number: m[1]!, title: m[2]!.trim(), level, type } : { line, title: line, level, type };
  return { ...base, ...more };
}

const CP_RES_908: UnresolvedRef = {
  target: 'cp-res-908-2006',
  resolved: false,
  description:
    'Hemispheric Plan of Action against Transnational Organized Crime as adopted by the Permanent Council, CP/RES. 908 (1567/06), October 2006 — text not in the corpus',
};

const SEEDS_NOTE = 'vendored copy of shared/seeds';

/** The five source texts. */
export const DOC_SPECS: readonly DocSpec[] = [
  {
    file: '000_5221728a10fd350b.txt',
    meta: {
      id: 'mex-draft-2005',
      title: 'Draft Hemispheric Plan of Action against Transnational Organized Crime',
      date: '2005',
      author: 'mexico',
      status: 'circulated-draft',
      genre: 'draft-plan',
      source:
        `sources/seeds/000_5221728a10fd350b.txt (${SEEDS_NOTE}). Seeds README: cover note from the Permanent Mission of Mexico and its Draft Hemispheric Plan of Action against Transnational Organized Crime: 6 preambular paragraphs, a list of 12 instruments, 45 numbered paragraphs; 2005 (before the 35th General Assembly); draft, submitted by Mexico.`,
      notes: [
        'Title block as printed (not paragraphs): "DRAFT FROM THE GOVERNMENT OF MEXICO" / "HEMISPHERIC PLAN OF ACTION AGAINST" / "TRANSNATIONAL ORGANIZED CRIME" / "ORGANIZATION OF AMERICAN STATES".',
        'A draft submitted by Mexico (cover note to the Chair of the Committee on Hemispheric Security); not the Plan as adopted (CP/RES. 908 (1567/06), not in the corpus).',
      ],
    },
    titleLines: ['DRAFT FROM THE GOVERNMENT OF MEXICO', 'HEMISPHERIC PLAN OF ACTION AGAINST', 'TRANSNATIONAL ORGANIZED CRIME', 'ORGANIZATION OF AMERICAN STATES'],
    root: { slug: 'cover', type: 'cover' },
    headings: [
      hd('Measures to be implemented by each state', 1, 'operative'),
      hd('International cooperation measures and mandates of OAS bodies', 1, 'operative'),
    ],
    marks: [
      { at: 'Accept, Excellency', type: 'closing' },
      { at: '[signature]', type: 'closing' },
      { at: '[Rubberstamp of the', type: 'closing' },
      { at: 'H.E. Ambassador Carmen Marina', type: 'cover' },
      { at: 'The member states of the Organization of American States,', id: 'chapeau', type: 'preambular', zoneType: 'preambular' },
      { at: 'We agree to implement the following Plan of Action', id: 'list', type: 'lead-in', items: { ids: 'number', type: 'list-item', instruments: true } },
      { at: 'The states of the Hemisphere undertake to adhere', refs: [{ text: 'the aforesaid instruments', target: 'list' }] },
      { at: 'Based on the aforesaid instruments', refs: [{ text: 'the aforesaid instruments', target: 'list' }] },
    ],
    joins: [
      'Ambassador Jorge Chen',
      'Permanent Representative of Mexico',
      'Permanent Mission of Mexico to the',
      'Organization of American States, Washington, D.C.]',
      'Chair of the Committee on Hemispheric Security',
      'Permanent Representative of Nicaragua to the OAS',
    ],
  },
  {
    file: '001_d806ea1b4ccd5d84.txt',
    meta: {
      id: 'cedot-draft-2006',
      title: "Report of the Special Committee on Transnational Organized Crime (CEDOT), with the Chair's Draft Hemispheric Plan of Action against Transnational Organized Crime",
      date: '2006',
      author: 'cedot',
      status: 'circulated-draft',
      genre: 'draft-plan',
      'builds-on': [],
      source:
        `sources/seeds/001_d806ea1b4ccd5d84.txt (${SEEDS_NOTE}). Seeds README: Report of the Special Committee on Transnational Organized Crime (CEDOT) with the Chair's Draft Hemispheric Plan of Action: introduction, preamble, AGREE 1-4 (instrument list a-l), A. General recommendations I-III, B. Special recommendations on crimes I-XII, one footnote; 2006; draft (the Plan was adopted by the Permanent Council, CP/RES. 908 (1567/06), October 2006; the adopted text is not among these files).`,
      notes: [
        "This is the Chair's draft of the Hemispheric Plan of Action as presented in CEDOT's report, NOT the Plan as adopted by the Permanent Council (CP/RES. 908 (1567/06), October 2006), whose text is not in the corpus.",
      ],
    },
    titleLines: [],
    root: { slug: 'intro', type: 'introduction' },
    headings: [
      hd('I. INTRODUCTION', 1, 'introduction', { id: 'I' }),
      hd('II. SPECIFIC ACTIONS RECOMMENDED', 1, 'introduction', { id: 'II' }),
      hd('A. GENERAL RECOMMENDATIONS', 1, 'recommendation', { id: 'A' }),
      hd('I. Assessment of transnational organized crime in the Hemisphere', 2, 'recommendation', { id: 'A.I' }),
      hd('II. National strategies against organized crime', 2, 'recommendation', { id: 'A.II' }),
      hd('III. Formation of information and cooperation networks', 2, 'recommendation', { id: 'A.III' }),
      hd('B. SPECIAL RECOMMENDATION ON CRIMES', 1, 'recommendation', { id: 'B' }),
      hd('I. Illicit drug trafficking', 2, 'recommendation', { id: 'B.I' }),
      hd('II. Money laundering and the financing of transnational organized crime', 2, 'recommendation', { id: 'B.II' }),
      hd('III. Corruption', 2, 'recommendation', { id: 'B.III' }),
      hd('IV. Illicit arms trafficking', 2, 'recommendation', { id: 'B.IV' }),
      hd('V. Transnational criminal gangs', 2, 'recommendation', { id: 'B.V' }),
      hd('VI. Connections between terrorism and organized crime', 2, 'recommendation', { id: 'B.VI' }),
      hd('VII. Kidnapping', 2, 'recommendation', { id: 'B.VII' }),
      hd('VIII. Cybercrime', 2, 'recommendation', { id: 'B.VIII' }),
      hd('IX. Smuggling of migrants', 2, 'recommendation', { id: 'B.IX' }),
      hd('X. Trafficking in persons', 2, 'recommendation', { id: 'B.X' }),
      hd('XI. Crimes against intellectual property perpetrated by organized groups', 2, 'recommendation', { id: 'B.XI' }),
      hd('XII. Mutual legal assistance and extradition', 2, 'recommendation', { id: 'B.XII' }),
    ],
    marks: [
      { at: 'THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES,', id: 'chapeau', type: 'preambular', slug: 'pp', zoneType: 'preambular' },
      { at: 'AGREE:', id: 'agree', type: 'lead-in', zoneType: 'operative', numbered: 'part-of' },
      { at: 'To recognize as the basis for our cooperation the following legal framework', items: { instruments: true } },
      { at: 'The member states will consider signing and ratifying', refs: [{ text: 'the above-mentioned conventions', target: '3' }] },
      { at: 'Institutional aspects: CEDOT will follow up on the actions listed above', refs: [{ text: 'the actions listed above', target: 'B.III.6' }] },
    ],
    joins: [],
    footnote: {
      note: 'The footnote mark stands under the heading of section B.X "Trafficking in persons": the footnote annotates that section (target: its first paragraph).',
    },
  },
  {
    file: '002_72816f43daeceac8.txt',
    meta: {
      id: 'csh-recommendations-2005',
      title: 'Summary of the recommendations received from OAS bodies for a plan of action against transnational organized crime',
      date: '2005',
      author: 'csh',
      status: 'circulated-draft',
      genre: 'recommendations',
      source:
        `sources/seeds/002_72816f43daeceac8.txt (${SEEDS_NOTE}). Seeds README: Committee on Hemispheric Security: summary of the recommendations received from OAS bodies, 70 numbered recommendations under I (A-F), II and III; 2005-2006; summary / input.`,
      notes: ['The seeds README dates this summary 2005-2006; `date` records the earlier year. The title is descriptive: the text prints none.'],
    },
    titleLines: [],
    root: { slug: 'intro', type: 'introduction' },
    headings: [
      hd('I.  RecomMENDATIONS TO MEMBER STATES', 1, 'recommendation', { addressees: ['member-states'] }),
      hd('A. General recommendations for combating transnational organized crime:', 2, 'recommendation'),
      hd('B. Recommendations for combating transnational organized crime with regard to mutual legal assistance in criminal matters and extradition:', 2, 'recommendation'),
      hd('C. Recommendations in the area of cybercrime:', 2, 'recommendation'),
      hd('D. Recommendations with regard to corruption:', 2, 'recommendation'),
      hd('E. Recommendations with regard to trafficking in persons, especially women and children:', 2, 'recommendation'),
      hd('F. Recommendation with regard to penitentiary and prison policies:', 2, 'recommendation'),
      hd('II. RecomMendaTIONS TO THE COMMITTEE ON hEMISPHERIC SECURITY', 1, 'recommendation', { addressees: ['csh'] }),
      hd('III.  RecoMMENDATIONS TO THE General SECRETARIAT', 1, 'recommendation', { addressees: ['general-secretariat'] }),
    ],
    marks: [],
    joins: ['It is also recommended that member states complete'],
  },
  {
    file: '003_f80393c79be9c811.txt',
    meta: {
      id: 'strategy-2021',
      title: 'Hemispheric Strategy against Transnational Organized Crime',
      date: '2021-11-11',
      author: 'csh',
      status: 'adopted',
      genre: 'strategy',
      adopted: { by: 'general-assembly', instrument: 'AG/RES. 2970 (LI-O/21)', date: '2021-11-11' },
      'builds-on': [CP_RES_908],
      source:
        `sources/seeds/003_f80393c79be9c811.txt (${SEEDS_NOTE}). Seeds README: Hemispheric Strategy against Transnational Organized Crime, adopted by the General Assembly through AG/RES. 2970 (LI-O/21), 11 November 2021: actions 1-6 with lettered items, instrument lists, Follow-up, Financing; 2021-11-11; adopted.`,
      notes: [
        'Title block as printed (not paragraphs): "HEMISPHERIC STRATEGY AGAINST" / "TRANSNATIONAL ORGANIZED CRIME".',
        'Developed by the Committee on Hemispheric Security with the technical support of the OAS Secretariat for Multidimensional Security (intro.4); adopted by the General Assembly on 11 November 2021 through the resolution the headnote prints as "AG/RES/ 2970 (LI-O/21)".',
        'Section 2 (items i-xi) restates the instrument list of the Plan as adopted (CP/RES. 908 (1567/06), not in the corpus); item xi dates the Inter-American Convention on Mutual Legal Assistance in Criminal Matters "(1996)", a slip for 1992.',
      ],
    },
    titleLines: ['HEMISPHERIC STRATEGY AGAINST', 'TRANSNATIONAL ORGANIZED CRIME'],
    root: { slug: 'headnote', type: 'cover' },
    headings: [
      hd('Introduction:', 1, 'introduction', { slug: 'intro' }),
      hd('General Objectives:', 1, 'objective', { slug: 'objectives' }),
      hd('Actions:', 1, 'action'),
      hd('1. National strategies against transnational organized crime', 2, 'action', { id: '1', letterType: 'action' }),
      hd('2. Legal Instruments', 2, 'action', { id: '2', letterType: 'action' }),
      hd('3. Law Enforcement Matters', 2, 'action', { id: '3', letterType: 'action' }),
      hd('4. Training', 2, 'action', { id: '4', letterType: 'action' }),
      hd('5. Data, Information, and Knowledge Management', 2, 'action', { id: '5', letterType: 'action' }),
      hd('6. International Cooperation and Assistance', 2, 'action', { id: '6', letterType: 'action' }),
      hd('Follow-Up:', 1, 'follow-up', { slug: 'follow-up', letterType: 'follow-up' }),
      hd('Financing:', 1, 'financing', { slug: 'financing', letterType: 'financing' }),
    ],
    marks: [
      { at: 'The Hemispheric Plan of Action against Transnational Organized Crime urges', items: { instruments: true } },
      {
        at: 'Additionally, to complement the instruments listed above',
        items: { instruments: true },
        refs: [{ text: 'the instruments listed above', target: '2.2' }],
      },
    ],
    joins: ['through Resolution AG/RES/ 2970 (LI-O/21)', '\u201cAdvancing Hemispheric Security'],
  },
  {
    file: '004_4556ae0e132c52fc.txt',
    meta: {
      id: 'gtdot-workplan-2008',
      title: 'Work Program of the Technical Group on Transnational Organized Crime (GTDOT)',
      symbol: 'CP/CSH-1018/08',
      date: '2008',
      author: 'gtdot',
      status: 'adopted',
      genre: 'work-program',
      adopted: { by: 'gtdot' },
      'builds-on': [CP_RES_908],
      source:
        `sources/seeds/004_4556ae0e132c52fc.txt (${SEEDS_NOTE}). Seeds README: Work program of the Technical Group on Transnational Organized Crime (GTDOT), document CP/CSH-1018/08: objectives, actions 1.1-4.6, one footnote naming priority actions; 2008 (footnote of 2009-10-07); adopted by the Technical Group.`,
      notes: ['The footnote (fn.1) records the priority actions identified at the Second Meeting of the Technical Group, 7 October 2009.'],
    },
    titleLines: [],
    root: { slug: 'intro', type: 'introduction' },
    headings: [
      hd('BACKGROUND', 1, 'background', { slug: 'background' }),
      hd('JUSTIFICATION', 1, 'justification', { slug: 'justification' }),
      hd('ObjeCtivE', 1, 'objective', { slug: 'objective' }),
      hd('ACTIONS', 1, 'action', { slug: 'actions', addressees: ['gtdot'] }),
      hd('1. Strengthening of national legal strategies', 2, 'action'),
      hd('2. Promote cooperation and information exchange', 2, 'action'),
      hd('3. Promotion of training and technical assistance', 2, 'action'),
      hd('4. Follow-up', 2, 'action'),
    ],
    marks: [
      { at: 'The Technical Group\u2019s specific objectives are to:', numbered: 'nest' },
      {
        at: 'Urge those member states that have not yet done so',
        refs: [
          {
            text: '(paragraph II, item 2)',
            target: 'cp-res-908-2006#II.2',
            resolved: false,
            description:
              'paragraph II, item 2 of the adopted Hemispheric Plan of Action (CP/RES. 908 (1567/06)), its list of international agreements — text not in the corpus',
          },
        ],
      },
    ],
    joins: [],
    footnote: {
      note: 'The footnote mark stands under the heading ACTIONS: the footnote annotates that section (target: its first paragraph).',
      refs: ['2.1', '2.3', '2.4', '3.2', '3.5', '4.1', '4.2', '4.3'].map((n) => ({ text: n, target: n })),
      priority: {
        numbers: ['2.1', '2.3', '2.4', '3.2', '3.5', '4.1', '4.2', '4.3'],
        date: '2009-10-07',
        meeting: 'Second Meeting of the Technical Group on Transnational Organized Crime',
      },
    },
  },
];

// ---------------------------------------------------------------------------
// Splitting

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
  spec: DocSpec;
  outline: OutlineEntry[];
  paragraphs: SplitParagraph[];
}

const BARE_MARKER = /^(?:\d+(?:\.\d+)*\.?|[A-Za-z]{1,4}\.|[\u00b7\uf0b7])$/;
const BULLET = /^[\u00b7\uf0b7]\s*/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const LETTERED = /^([a-z]|[ivx]{1,6})\.\s+(\S.*)$/;
const FOOTNOTE = /^\ufffd\.?\s*/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];


function segsOf(id: string, printed: boolean): Seg[] {
  return id === '' ? [] : id.split('.').map((v) => ({ v, printed }));
}

function numberOf(segs: Seg[]): string {
  return segs.map((s) => s.v).join('.');
}

class SpecError extends Error {}

/** Non-blank lines, trimmed, with bare marker lines ("7.", "", "A.") joined to the next line. */
function tokens(text: string): Array<{ text: string; line: number }> {
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const out: Array<{ text: string; line: number }> = [];
  for (let i = 0; i < raw.length; i++) {
    const t = (raw[i] ?? '').trim();
    if (t !== '') out.push({ text: t, line: i + 1 });
  }
  const merged: Array<{ text: string; line: number }> = [];
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

/**
 * Splits one source text per its spec. Throws when the spec and the text
 * disagree (a heading, mark or join that matches nothing, or twice; a
 * duplicate number; text in a section with no way to number it).
 */
export function splitDocument(spec: DocSpec, text: string): SplitDocument {
  const docId = spec.meta.id;
  const fail = (msg: string): never => {
    throw new SpecError(`${docId} (${spec.file}): ${msg}`);
  };
  const used = { headings: new Set<HeadingSpec>(), marks: new Set<MarkSpec>(), joins: new Set<string>(), titles: new Set<string>() };
  const outline: OutlineEntry[] = [];
  const paras: SplitParagraph[] = [];
  const byNumber = new Map<string, SplitParagraph>();
  const segsOfPara = new Map<SplitParagraph, Seg[]>();

  let heading: HeadingSpec | undefined;
  let sectionPath: string[] = [];
  let sectionAddressees: string[] | undefined;
  let prefix: Seg[] = [{ v: spec.root.slug, printed: false }];
  let plainPrefix: Seg[] | undefined;
  let zoneType: ParagraphType | undefined;
  let zoneLeadIn: SplitParagraph | undefined;
  let lastNumbered: SplitParagraph | undefined;
  let lastLetter: SplitParagraph | undefined;
  let romanOpen: { parent: string; next: number } | undefined;
  let lastNonBullet: SplitParagraph | undefined;
  const counters = new Map<string, number>();
  const bulletCount = new Map<SplitParagraph, number>();
  const lists = new Map<string, SplitParagraph | undefined>();
  let anchorPending: { section: string[] } | undefined;
  let footnote: { text: string; line: number } | undefined;
  let footnoteAnchor: { section: string[]; target?: SplitParagraph } | undefined;

  const emit = (p: SplitParagraph, segs: Seg[]): void => {
    if (byNumber.has(p.number)) fail(`duplicate number ${p.number} (line ${p.line})`);
    byNumber.set(p.number, p);
    segsOfPara.set(p, segs);
    paras.push(p);
    if (anchorPending && footnoteAnchor) {
      footnoteAnchor.target = p;
      anchorPending = undefined;
    }
  };

  const toks = tokens(text);
  for (let ti = 0; ti < toks.length; ti++) {
    const tok = toks[ti]!;
    const t = tok.text;
    if (spec.titleLines.includes(t)) {
      if (used.titles.has(t)) fail(`title line twice: ${t}`);
      used.titles.add(t);
      continue;
    }
    if (t === '/') {
      anchorPending = { section: [...sectionPath] };
      footnoteAnchor = { section: [...sectionPath] };
      continue;
    }
    if (FOOTNOTE.test(t)) {
      if (footnote) fail('more than one footnote');
      footnote = { text: t.replace(FOOTNOTE, ''), line: tok.line };
      continue;
    }
    const h = spec.headings.find((x) => x.line === t);
    if (h) {
      if (used.headings.has(h)) fail(`heading twice: ${t}`);
      used.headings.add(h);
      heading = h;
      const entry: OutlineEntry = h.number !== undefined ? { title: h.title, number: h.number } : { title: h.title };
      if (h.level === 1) {
        outline.push(entry);
        sectionPath = [h.title];
        sectionAddressees = h.addressees;
      } else {
        const parent = outline[outline.length - 1];
        if (!parent) fail(`level-2 heading with no level-1 heading: ${t}`);
        else (parent.children ??= []).push(entry);
        sectionPath = [sectionPath[0] ?? '', h.title];
        const parentSpec = spec.headings.find((x) => x.level === 1 && x.title === sectionPath[0]);
        sectionAddressees = h.addressees ?? parentSpec?.addressees;
      }
      prefix = h.id !== undefined ? segsOf(h.id, true) : h.slug !== undefined ? [{ v: h.slug, printed: false }] : [];
      plainPrefix = undefined;
      zoneType = undefined;
      zoneLeadIn = undefined;
      lastNumbered = undefined;
      lastLetter = undefined;
      romanOpen = undefined;
      continue;
    }
    const join = spec.joins.find((j) => t.startsWith(j));
    if (join !== undefined) {
      if (used.joins.has(join)) fail(`join line twice: ${join}`);
      used.joins.add(join);
      const prev = paras[paras.length - 1];
      if (!prev) fail(`join line with nothing before it: ${t}`);
      else prev.lines.push(t);
      continue;
    }

    // Item marker
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
      const expectedLetter = lastLetter ? letterLabel((lastLetter.number.split('.').pop() ?? 'a').charCodeAt(0) - 96) : 'a';
      const isRomanChars = /^[ivx]+$/.test(marker);
      if (!isRomanChars) kind = 'letter';
      else if (romanOpen && ROMANS[romanOpen.next] === marker) kind = 'roman';
      else if (marker === expectedLetter) kind = 'letter';
      else if (marker === 'i') kind = 'roman';
      else fail(`cannot tell letter from roman numeral: ${t} (line ${tok.line})`);
    }
    const mark = spec.marks.find((x) => body.startsWith(x.at));
    if (mark) {
      if (used.marks.has(mark)) fail(`mark matches twice: ${mark.at}`);
      used.marks.add(mark);
    }

    let segs: Seg[];
    let leadIn: SplitParagraph | undefined;
    const listLeadIn = (parentNumber: string, k: Kind): SplitParagraph | undefined => {
      const key = `${parentNumber}|${k}`;
      if (!lists.has(key)) {
        const prev = paras[paras.length - 1];
        const ok = prev && (prev.number === parentNumber || (prev.kind === 'plain' && /:\s*$/.test(prev.lines.join(' '))));
        lists.set(key, ok ? prev : undefined);
      }
      return lists.get(key);
    };
    if (mark?.id !== undefined) {
      segs = segsOf(mark.id, false);
      kind = 'plain';
    } else if (kind === 'numbered') {
      if (zoneLeadIn?.mark?.numbered === 'nest') {
        segs = [...(segsOfPara.get(zoneLeadIn) ?? []), { v: marker, printed: true }];
        leadIn = zoneLeadIn;
      } else {
        segs = segsOf(marker, true);
        if (zoneLeadIn?.mark?.numbered === 'part-of') leadIn = zoneLeadIn;
      }
    } else if (kind === 'letter') {
      const parent = lastNumbered ? (segsOfPara.get(lastNumbered) ?? []) : prefix;
      if (parent.length === 0) fail(`lettered item with nothing to hang on: ${t}`);
      segs = [...parent, { v: marker, printed: true }];
      leadIn = listLeadIn(numberOf(parent), 'letter');
    } else if (kind === 'roman') {
      const parentPara = lastLetter ?? lastNumbered;
      const parent = parentPara ? (segsOfPara.get(parentPara) ?? []) : prefix;
      if (parent.length === 0) fail(`roman item with nothing to hang on: ${t}`);
      segs = [...parent, { v: marker, printed: true }];
      leadIn = listLeadIn(numberOf(parent), 'roman');
    } else if (kind === 'bullet') {
      const parent = lastNonBullet;
      if (!parent) fail(`bullet with nothing to hang on: ${t}`);
      const n = bulletCount.get(parent!) ?? 0;
      bulletCount.set(parent!, n + 1);
      const v = parent!.mark?.items?.ids === 'number' ? String(n + 1) : letterLabel(n);
      segs = [...(segsOfPara.get(parent!) ?? []), { v, printed: false }];
      leadIn = parent;
    } else {
      const pre = plainPrefix ?? prefix;
      if (pre.length === 0) fail(`unnumbered paragraph in a section with no number or slug: ${t} (line ${tok.line})`);
      const key = numberOf(pre);
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      segs = [...pre, { v: String(n), printed: false }];
    }

    let type: ParagraphType;
    if (mark?.type) type = mark.type;
    else if (/^Institutional aspects:/.test(body)) type = 'institutional';
    else if (kind === 'bullet') type = leadIn?.mark?.items?.type ?? 'bullet';
    else if (kind === 'roman') type = leadIn?.mark?.items?.type ?? 'list-item';
    else if (kind === 'letter') type = leadIn?.mark?.items?.type ?? heading?.letterType ?? 'list-item';
    else type = zoneType ?? heading?.type ?? spec.root.type;

    const p: SplitParagraph = {
      number: numberOf(segs),
      printed: segs.every((s) => s.printed),
      position: paras.length + 1,
      section: [...sectionPath],
      type,
      kind,
      lines: [body],
      line: tok.line,
    };
    if (leadIn) p.leadIn = leadIn;
    if (mark) p.mark = mark;
    if (sectionAddressees) p.sectionAddressees = sectionAddressees;
    emit(p, segs);

    if (kind === 'numbered') {
      lastNumbered = p;
      lastLetter = undefined;
      romanOpen = undefined;
    } else if (kind === 'letter') {
      lastLetter = p;
      romanOpen = undefined;
    } else if (kind === 'roman') {
      const idx = ROMANS.indexOf(marker);
      romanOpen = { parent: numberOf(segs.slice(0, -1)), next: idx + 1 };
    }
    if (kind !== 'bullet') lastNonBullet = p;
    if (mark?.slug !== undefined) plainPrefix = [{ v: mark.slug, printed: false }];
    if (mark?.zoneType) zoneType = mark.zoneType;
    if (mark?.numbered) zoneLeadIn = p;
  }

  if (footnote) {
    const p: SplitParagraph = {
      number: 'fn.1',
      printed: false,
      position: paras.length + 1,
      section: footnoteAnchor?.section ?? [],
      type: 'footnote',
      kind: 'footnote',
      lines: [footnote.text],
      line: footnote.line,
    };
    if (footnoteAnchor?.target) p.annotates = footnoteAnchor.target;
    emit(p, [
      { v: 'fn', printed: false },
      { v: '1', printed: false },
    ]);
  }

  // Unnumbered paragraphs that introduce a list are lead-ins.
  const leadIns = new Set(paras.map((p) => p.leadIn).filter((x): x is SplitParagraph => x !== undefined));
  for (const p of leadIns) if (p.kind === 'plain' && !p.mark?.type) p.type = 'lead-in';

  for (const h of spec.headings) if (!used.headings.has(h)) fail(`heading not found: ${h.line}`);
  for (const mk of spec.marks) if (!used.marks.has(mk)) fail(`mark not found: ${mk.at}`);
  for (const j of spec.joins) if (!used.joins.has(j)) fail(`join line not found: ${j}`);
  for (const tl of spec.titleLines) if (!used.titles.has(tl)) fail(`title line not found: ${tl}`);
  if (spec.footnote && !footnote) fail('footnote expected, none found');
  if (footnote && !spec.footnote) fail('footnote found, none expected');
  if (spec.footnote && !footnoteAnchor?.target) fail('footnote mark "/" not found');
  return { spec, outline, paragraphs: paras };
}

// ---------------------------------------------------------------------------
// What the importer computes on each paragraph

/** Types whose paragraphs ask something of someone: addressees are looked for there. */
const ADDRESSED: ReadonlySet<ParagraphType> = new Set<ParagraphType>([
  'operative', 'recommendation', 'action', 'objective', 'institutional', 'lead-in', 'list-item', 'bullet', 'follow-up', 'financing',
]);

/** Bodies the texts name as actors, with the words that name them. */
const BODY_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['member-states', /\b(?:member (?:states|countries)|states|countries|state party|each state)\b(?!['\u2019]s)/gi],
  ['permanent-council', /\bPermanent Council\b/g],
  ['dms', /\bDepartment of Multidimensional Security\b|\bSecretariat for Multidimensional Security\b/g],
  ['general-secretariat', /\bGeneral Secretariat\b|(?<!Technical )\bSecretariat\b(?![\s\u00a0]+(?:services|pro tempore|for Multidimensional))/g],
  ['cedot', /\bCEDOT\b|\bSpecial Committee\b/g],
  ['cicad', /\bCICAD\b(?!['\u2019]s)|\bInter-American Drug Abuse Control Commission\b/g],
  ['cicte', /\bCICTE\b(?!['\u2019]s)|\bInter-American Committee against Terrorism\b/g],
  ['remja', /\bREMJA\b(?!['\u2019]s)/g],
  ['csh', /\bCommittee on Hemispheric Security\b/g],
  ['gtdot', /\bGTDOT\b|\bTechnical Group\b/g],
  ['iajc', /\bInter-American Juridical Committee\b/g],
  ['unodc', /\bUNODC\b/g],
  // "the OAS" as an actor ("the OAS should consider", "with OAS assistance"), not as an adjective ("the OAS information technology area").
  ['oas', /\bthe OAS\b(?=[\s\u00a0]*(?:[,.;)]|should|will|shall|must|may|might|is|has|can)\b|[\s\u00a0]*(?:[,.;)]|$))|\bOAS assistance\b|\bthe Organization\b/g],
];

/** Body ids named in `clause`, in order of first mention. */
export function bodiesIn(clause: string): Array<{ id: string; at: number }> {
  const cleaned = clause
    .replace(/\bof the (?:Organization(?: of American States)?|OAS)\b/g, (s) => ' '.repeat(s.length))
    .replace(/\bOrganization of American States\b/g, (s) => ' '.repeat(s.length));
  const found: Array<{ id: string; at: number }> = [];
  for (const [id, re] of BODY_PATTERNS) {
    const r = new RegExp(re.source, re.flags);
    const m = r.exec(cleaned);
    if (m) found.push({ id, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** Who a paragraph addresses, from the subjects of its normative verbs (or its opening words). */
export function addresseesOf(body: string, forces: DetectedForce[]): string[] {
  const ids: string[] = [];
  const add = (xs: Array<{ id: string }>): void => {
    for (const x of xs) if (!ids.includes(x.id)) ids.push(x.id);
  };
  if (forces.length > 0) {
    // The subject of each sentence's first normative verb: the words before it in that sentence.
    const seen = new Set<number>();
    for (const f of forces) {
      const head = body.slice(0, f.start);
      const b = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(': '));
      const from = b < 0 ? 0 : b + 1;
      if (seen.has(from)) continue;
      seen.add(from);
      add(bodiesIn(head.slice(from)));
    }
  } else {
    // No normative verb: a body named at the very start ("Member states designate...", "The General Secretariat maintains...").
    const comma = body.indexOf(',');
    const words = body.split(/\s+/).slice(0, 8).join(' ');
    const head = comma >= 0 && comma < words.length ? body.slice(0, comma) : words;
    add(bodiesIn(head).filter((x) => /^(?:(?:that|the|those|each|all|oas)\s+)*$/i.test(head.slice(0, x.at))));
  }
  return ids;
}

/** A list item's instrument title as written: its body without trailing "; and", ";" or ".". */
export function listTitle(body: string): string {
  return body.replace(/(?:[;,.]?\s*(?:and)?\s*)$/u, '').replace(/[;,.\s]+$/u, '');
}

/** The computed front matter of one paragraph. */
export interface ComputedParagraph {
  id: string;
  document: string;
  number: string;
  printed: boolean;
  position: number;
  section: string[];
  type: ParagraphType;
  addressees?: string[];
  force?: string;
  cites?: Cite[];
  relations?: Relation[];
  priority?: Priority[];
  body: string;
}

/** Computes force, cites, relations and addressees for a split document. */
export function computeParagraphs(doc: SplitDocument, resolve: (name: string) => string | undefined): ComputedParagraph[] {
  const docId = doc.spec.meta.id;
  const numbers = new Set(doc.paragraphs.map((p) => p.number));
  const target = (n: string): string => {
    if (!numbers.has(n)) throw new SpecError(`${docId}: reference target ${n} does not exist`);
    return `${docId}/${n}`;
  };
  const forceOf = new Map<SplitParagraph, DetectedForce | undefined>();
  const addrOf = new Map<SplitParagraph, string[]>();
  const out: ComputedParagraph[] = [];
  const priorities = new Map<string, Priority[]>();
  const fn = doc.spec.footnote;
  if (fn?.priority) {
    for (const n of fn.priority.numbers) {
      target(n);
      priorities.set(n, [{ date: fn.priority.date, meeting: fn.priority.meeting, source: `${docId}/fn.1` }]);
    }
  }

  doc.paragraphs.forEach((p, i) => {
    const body = p.lines.join('\n');
    const flat = p.lines.join(' ');
    // Force: its own, else its lead-in's (a list item).
    const own = detectForce(body);
    const inherited = !own && p.leadIn ? forceOf.get(p.leadIn) : undefined;
    const force = own ?? inherited;
    forceOf.set(p, force);

    // Cites: the list's instrument, then every article citation.
    const cites: Cite[] = [];
    if (p.leadIn?.mark?.items?.instruments && (p.kind === 'bullet' || p.kind === 'letter' || p.kind === 'roman')) {
      const title = listTitle(p.lines[0] ?? '');
      const id = resolve(title);
      if (!id) throw new SpecError(`${docId}/${p.number}: instrument not known: ${title}`);
      cites.push({ instrument: id, text: title });
    }
    for (const c of scanCitations(body, resolve)) {
      if (!c.instrument) throw new SpecError(`${docId}/${p.number}: instrument not known: ${c.name} (in "${c.text}")`);
      const cite: Cite = { instrument: c.instrument, articles: c.articles };
      if (c.paragraph !== undefined) cite.paragraph = c.paragraph;
      cite.text = c.text;
      if (!cites.some((x) => JSON.stringify(x) === JSON.stringify(cite))) cites.push(cite);
    }

    // Relations the importer owns: part-of, refers-to, annotates.
    const relations: Relation[] = [];
    if (p.leadIn) relations.push({ type: 'part-of', target: target(p.leadIn.number) });
    for (const m of body.matchAll(/\bparagraph (\d+) of this Plan of Action\b/g)) {
      relations.push({ type: 'refers-to', target: target(m[1]!), text: m[0] });
    }
    for (const m of body.matchAll(/\bthe (?:previous|preceding) paragraph\b/g)) {
      const prev = doc.paragraphs[i - 1];
      if (prev) relations.push({ type: 'refers-to', target: target(prev.number), text: m[0] });
    }
    const refs = p.kind === 'footnote' ? (fn?.refs ?? []) : (p.mark?.refs ?? []);
    if (p.kind === 'footnote' && p.annotates) {
      relations.push({ type: 'annotates', target: target(p.annotates.number), note: fn?.note ?? '' });
    }
    for (const r of refs) {
      if (!body.includes(r.text)) throw new SpecError(`${docId}/${p.number}: reference text not in body: ${r.text}`);
      if (r.resolved === false) {
        const rel: Relation = { type: 'refers-to', target: r.target, resolved: false };
        if (r.description) rel.description = r.description;
        rel.text = r.text;
        relations.push(rel);
      } else relations.push({ type: 'refers-to', target: target(r.target), text: r.text });
    }

    // Addressees, where the text makes them plain.
    let addressees: string[] = [];
    if (ADDRESSED.has(p.type)) {
      addressees = addresseesOf(flat, own ? findForces(flat) : []); // same offsets as body: lines joined by one space
      if (addressees.length === 0 && p.leadIn) addressees = addrOf.get(p.leadIn) ?? [];
      if (addressees.length === 0 && p.sectionAddressees) addressees = [...p.sectionAddressees];
    }
    addrOf.set(p, addressees);

    const c: ComputedParagraph = {
      id: `${docId}/${p.number}`,
      document: docId,
      number: p.number,
      printed: p.printed,
      position: p.position,
      section: p.section,
      type: p.type,
      body,
    };
    if (addressees.length > 0) c.addressees = addressees;
    if (force) c.force = force.force;
    if (cites.length > 0) c.cites = cites;
    if (relations.length > 0) c.relations = relations;
    const pr = priorities.get(p.number);
    if (pr) c.priority = pr;
    out.push(c);
  });
  return out;
}

// ---------------------------------------------------------------------------
// Files

/** Splits `---` front matter from a Markdown file; undefined when there is none. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string; comments?: Record<string, string> } | undefined {
  const t = text.replace(/^\ufeff/, '');
  const lines = t.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.replace(/\r$/, '') === '---');
  if (end < 0) return undefined;
  const doc = YAML.parseDocument(lines.slice(1, end).join('\n'), { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`invalid YAML front matter: ${doc.errors[0]?.message ?? ''}`);
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data: {}, body: lines.slice(end + 1).join('\n') };
  const comments: Record<string, string> = {};
  if (YAML.isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      const k = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      const before = i === 0 ? [doc.commentBefore, (pair.key as YAML.Scalar | null)?.commentBefore].filter(Boolean).join('\n') : (pair.key as YAML.Scalar | null)?.commentBefore;
      if (k && before) comments[k] = before;
    });
  }
  return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), ...(Object.keys(comments).length ? { comments } : {}) };
}

const PARAGRAPH_ORDER = ['id', 'document', 'number', 'printed', 'position', 'section', 'type', 'addressees', 'force', 'cites', 'relations', 'obligation', 'priority', 'notes'];
const DOCUMENT_ORDER = ['id', 'title', 'symbol', 'date', 'author', 'status', 'genre', 'adopted', 'builds-on', 'outline', 'source', 'notes'];
/** Relation types the importer computes and owns; others are hand-curated and kept. */
const OWNED_RELATIONS = new Set(['part-of', 'refers-to']);

function ordered(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!order.includes(k) && obj[k] !== undefined) out[k] = obj[k];
  return out;
}

function orderCite(c: Cite): Cite {
  return ordered(c as unknown as Record<string, unknown>, ['instrument', 'articles', 'paragraph', 'text']) as unknown as Cite;
}
function orderRelation(r: Relation): Relation {
  return ordered(r as unknown as Record<string, unknown>, ['type', 'target', 'resolved', 'description', 'text', 'basis', 'note']) as unknown as Relation;
}

/** The cites the text makes, then the curated ones that are not among them (a cite of a whole instrument named without articles, say). */
function mergeCites(computed: Cite[], old: unknown): Cite[] | undefined {
  const out = computed.map(orderCite);
  const key = (c: Cite): string => JSON.stringify(orderCite(c));
  const seen = new Set(out.map(key));
  for (const c of Array.isArray(old) ? (old as Cite[]) : []) {
    if (!c || typeof c !== 'object' || seen.has(key(c))) continue;
    seen.add(key(c));
    out.push(orderCite(c));
  }
  return out.length > 0 ? out : undefined;
}

/**
 * An obligation as read from an existing file, in today's keys: the key `on` (before issue 21;
 * YAML 1.1 tools such as PyYAML read it as `true`) becomes `subject`, in its place. Read once,
 * written as `subject` from then on.
 */
export function migrateObligation(ob: unknown): unknown {
  if (!ob || typeof ob !== 'object' || Array.isArray(ob) || !Object.prototype.hasOwnProperty.call(ob, 'on')) return ob;
  const src = ob as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(src, 'subject')) return ob;
  return Object.fromEntries(Object.entries(src).map(([k, v]) => [k === 'on' ? 'subject' : k, v]));
}

/** Merges computed paragraph keys into an existing file's front matter (hand-curated keys kept). */
export function mergeParagraph(c: ComputedParagraph, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  const computedRel = (c.relations ?? []).map(orderRelation);
  const keptRel = (Array.isArray(o['relations']) ? (o['relations'] as Relation[]) : []).filter(
    (r) => r && typeof r === 'object' && !OWNED_RELATIONS.has(r.type) && !computedRel.some((x) => x.type === r.type && x.target === r.target),
  );
  const relations = [...computedRel, ...keptRel];
  const fm: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(o).filter(([k]) => !PARAGRAPH_ORDER.includes(k))),
    id: c.id,
    document: c.document,
    number: c.number,
    printed: c.printed,
    position: c.position,
    section: c.section,
    type: c.type,
    addressees: has('addressees') ? o['addressees'] : c.addressees,
    force: old ? o['force'] : c.force,
    cites: mergeCites(c.cites ?? [], o['cites']),
    relations: relations.length > 0 ? relations : undefined,
    obligation: migrateObligation(o['obligation']),
    priority: has('priority') ? o['priority'] : c.priority,
    notes: o['notes'],
  };
  const oldOrder = Object.keys(o).filter((k) => !PARAGRAPH_ORDER.includes(k));
  return ordered(fm, [...PARAGRAPH_ORDER, ...oldOrder]);
}

/** Merges computed document keys into an existing file's front matter (notes and unknown keys kept). */
export function mergeDocument(computed: DocumentFM, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const fm: Record<string, unknown> = { ...Object.fromEntries(Object.entries(o).filter(([k]) => !DOCUMENT_ORDER.includes(k))) };
  for (const k of DOCUMENT_ORDER) {
    const v = (computed as unknown as Record<string, unknown>)[k];
    if (k === 'notes' && Object.prototype.hasOwnProperty.call(o, 'notes')) fm[k] = o['notes'];
    else if (Array.isArray(v) && v.length === 0) fm[k] = undefined;
    else fm[k] = v;
  }
  const oldOrder = Object.keys(o).filter((k) => !DOCUMENT_ORDER.includes(k));
  return ordered(fm, [...DOCUMENT_ORDER, ...oldOrder]);
}

/** YAML for front matter: block style, flow for short lists of words; no line folding; YAML 1.1 traps (dates, `on`) quoted. */
export function toYaml(data: Record<string, unknown>, comments?: Record<string, string>): string {
  const doc = new YAML.Document(data, { version: '1.2' });
  if (comments && YAML.isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const k = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k && comments[k] && YAML.isScalar(pair.key)) pair.key.commentBefore = comments[k];
    }
  }
  YAML.visit(doc, {
    Pair(_k, pair) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
      if (['section', 'addressees', 'articles', 'builds-on'].includes(key) && YAML.isSeq(pair.value)) {
        if (pair.value.items.every((x) => YAML.isScalar(x))) pair.value.flow = true;
      }
    },
  });
  quoteTraps(doc);
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

/** A corpus file: front matter and body. */
export function renderFile(data: Record<string, unknown>, body: string, comments?: Record<string, string>): string {
  return `---\n${toYaml(data, comments)}---\n${body.replace(/\n+$/, '')}\n`;
}

/** The document's short neutral description (its body). */
function documentBody(d: SplitDocument, count: number): string {
  const m = d.spec.meta;
  const status = m.status === 'adopted' ? 'Adopted' : 'A draft as circulated';
  return `${m.title}. ${status}; ${m.date}.\n\nSplit by the seed importer (src/import/seeds.ts) from sources/seeds/${d.spec.file} into ${count} paragraphs, list items, bullets and footnotes, each with its text verbatim.`;
}

/** Reads instrument names from corpus/instruments/*.md (title, short-titles, aliases). */
export function loadInstrumentNames(corpusDir: string): Record<string, string[]> {
  const dir = join(corpusDir, 'instruments');
  const out: Record<string, string[]> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.md')) continue;
    const path = join(dir, f);
    const st = lstatSync(path);
    if (!st.isFile() || st.size > 1_000_000) continue;
    let parsed: ReturnType<typeof splitFrontMatter>;
    try {
      parsed = splitFrontMatter(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    const d = parsed?.data;
    if (!d) continue;
    const id = typeof d['id'] === 'string' ? d['id'] : f.replace(/\.md$/, '');
    const names: string[] = [];
    if (typeof d['title'] === 'string') names.push(d['title']);
    if (Array.isArray(d['short-titles'])) for (const s of d['short-titles']) if (typeof s === 'string') names.push(s);
    if (Array.isArray(d['aliases'])) {
      for (const a of d['aliases']) {
        if (typeof a === 'string') names.push(a);
        else if (a && typeof a === 'object' && typeof (a as { text?: unknown }).text === 'string') names.push((a as { text: string }).text);
      }
    }
    out[id] = names;
  }
  return out;
}

/** The resolver the importer uses: fallback names merged with corpus/instruments (the corpus wins). */
export function instrumentResolver(corpusDir: string): (name: string) => string | undefined {
  return makeResolver(buildNameTable(FALLBACK_INSTRUMENT_NAMES, loadInstrumentNames(corpusDir)));
}

export interface ImportOptions {
  seedsDir: string;
  corpusDir: string;
  /** Compute only; write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  documents: Array<{ id: string; paragraphs: number }>;
  written: string[];
  unchanged: number;
  /** Paragraph files on disk that the importer did not produce (left alone). */
  stale: string[];
}

function readIfExists(path: string): string | undefined {
  try {
    const st = lstatSync(path);
    if (!st.isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Plans one output file: its new content given what is on disk. */
function plan(path: string, make: (old: Record<string, unknown> | undefined) => { data: Record<string, unknown>; body: string }): { path: string; content: string; old?: string } {
  const oldText = readIfExists(path);
  const split = oldText !== undefined ? splitFrontMatter(oldText) : undefined;
  const { data, body } = make(split?.data);
  const out: { path: string; content: string; old?: string } = { path, content: renderFile(data, body, split?.comments) };
  if (oldText !== undefined) out.old = oldText;
  return out;
}

/** Splits all five seeds and writes (or, with dryRun, only plans) the corpus files. */
export function importSeeds(opts: ImportOptions): ImportResult {
  const resolve = instrumentResolver(opts.corpusDir);
  const result: ImportResult = { documents: [], written: [], unchanged: 0, stale: [] };
  const toWrite: FileToWrite[] = [];
  for (const spec of DOC_SPECS) {
    const text = readFileSync(join(opts.seedsDir, spec.file), 'utf8');
    const split = splitDocument(spec, text);
    const paras = computeParagraphs(split, resolve);
    const files = [
      plan(join(opts.corpusDir, 'documents', `${spec.meta.id}.md`), (old) => ({
        data: mergeDocument({ ...spec.meta, outline: split.outline } as DocumentFM, old),
        body: documentBody(split, paras.length),
      })),
      ...paras.map((c) =>
        plan(join(opts.corpusDir, 'paragraphs', spec.meta.id, `${c.number}.md`), (old) => ({ data: mergeParagraph(c, old), body: c.body })),
      ),
    ];
    for (const f of files) {
      if (f.old === f.content) result.unchanged++;
      else {
        result.written.push(f.path);
        toWrite.push({ path: f.path, data: f.content });
      }
    }
    const dir = join(opts.corpusDir, 'paragraphs', spec.meta.id);
    if (existsSync(dir)) {
      const made = new Set(paras.map((c) => `${c.number}.md`));
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && !made.has(f)) result.stale.push(join(dir, f));
    }
    result.documents.push({ id: spec.meta.id, paragraphs: paras.length });
  }
  // One change: every file or (on a failure) none.
  if (!opts.dryRun) writeFilesAtomic(toWrite);
  return result;
}
