/**
 * The front matter of each kind of corpus file, as TypeScript types.
 *
 * The JSON Schemas in `schemas/` are the single definition that files are
 * validated against; these types mirror them for the code. Keys are written
 * in kebab-case in YAML (`short-titles`, `as-of`) exactly as here. Every list
 * of enum values comes from the schemas (./schema-enums.ts, generated).
 */
import {
  BODY_KINDS, DOCUMENT_STATUSES, FORCES, INSTRUMENT_TYPES, PARAGRAPH_TYPES, PARTICIPATIONS, RELATION_BASES, RELATION_TYPES, RESTATES_AS,
  STATUSES,
} from './schema-enums.js';

export { DOCUMENT_STATUSES, FORCES, PARAGRAPH_TYPES, RELATION_TYPES, STATUSES };

/** Kinds of corpus file, one folder each under corpus/. */
export type Kind = 'document' | 'paragraph' | 'instrument' | 'state' | 'commitment' | 'body' | 'config';

/** Document statuses (contract). */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Normative strength, strong to weak (contract). */
export type Force = (typeof FORCES)[number];

/** Force groups: 3 strongest, 1 weakest. */
export function forceRank(f: Force): number {
  if (['shall', 'must', 'will', 'undertake', 'agree'].includes(f)) return 3;
  if (['should', 'urge', 'recommend'].includes(f)) return 2;
  return 1;
}

export type ParagraphType = (typeof PARAGRAPH_TYPES)[number];

export type RelationType = (typeof RELATION_TYPES)[number];

/** A heading of a document's outline; `children` nest. */
export interface OutlineEntry {
  /** The heading as printed, verbatim. */
  title: string;
  /** Its printed number or letter, when it has one (`A`, `II`, `1`). */
  number?: string;
  children?: OutlineEntry[];
}

export interface DocumentFM {
  id: string;
  title: string;
  /** Official document symbol, when the text gives one (`CP/CSH-1018/08`). */
  symbol?: string;
  /** ISO date, or `YYYY` / `YYYY-MM` when only that is known. */
  date: string;
  /** Who wrote or submitted it: a body id from corpus/bodies or free text. */
  author: string;
  status: DocumentStatus;
  /** What kind of text: draft-plan, recommendations, strategy, work-program, ... */
  genre?: string;
  /** Adoption, for adopted texts. */
  adopted?: { by: string; instrument?: string; date?: string };
  /** Texts this one builds on: document ids, or unresolved references. */
  'builds-on'?: Array<string | UnresolvedRef>;
  outline: OutlineEntry[];
  /** Where the text comes from (seed file, official URL...). */
  source: string;
  notes?: string[];
  /** How reports name the text in a sentence, without article (`Strategy`). */
  'short-title'?: string;
  /** Texts outside the corpus that this one restates (a draft of them, or their instrument list). */
  restates?: Restated[];
}

/** A text outside the corpus that a document restates (schemas/document.schema.json, `restated`). */
export interface Restated {
  target: string;
  as: (typeof RESTATES_AS)[number];
  title: string;
  'short-title': string;
  symbol: string;
  date: string;
  section?: string;
  items?: string;
}

export interface UnresolvedRef {
  target: string;
  resolved: false;
  description: string;
}

export interface Cite {
  instrument: string;
  /** Article labels as strings: "5", "14 bis". Absent when the whole instrument is cited. */
  articles?: string[];
  /** Sub-paragraph of a single article: Article 27.2 -> articles ["27"], paragraph "2". */
  paragraph?: string;
  /** The citation as it stands in the body, verbatim (lets rules find its position). */
  text?: string;
}

export interface Relation {
  type: RelationType;
  /** A paragraph, section or document id; outside the corpus with resolved: false. */
  target: string;
  resolved?: boolean;
  /** What the target is, for unresolved targets. */
  description?: string;
  /** The words of the body that make the reference, verbatim. */
  text?: string;
  /** For derived-from: how the wording descends. */
  basis?: (typeof RELATION_BASES)[number];
  note?: string;
}

export interface Obligation {
  /** Kind of action, kebab-case: join-instruments, criminalize, designate-authority, ... */
  action: string;
  /** A short form of what is asked, one line. */
  summary: string;
  /** Instruments to join or implement; one gap item each. */
  instruments?: string[];
  /** What it is about, where no instrument. */
  subject?: string;
}

export interface Priority {
  date: string;
  meeting: string;
  /** The paragraph (usually a footnote) that sets it. */
  source: string;
}

/** A text a paragraph is still to be reconciled with, as a footnote of its document says. */
export interface Reconcile {
  with: string;
  date?: string;
  /** The paragraph (usually a footnote) that says so. */
  source: string;
}

export interface ParagraphFM {
  id: string;
  document: string;
  number: string;
  printed: boolean;
  /** Reading order within the document, 1-based (written by the importer). */
  position?: number;
  section: string[];
  type: ParagraphType;
  addressees?: string[];
  force?: Force;
  cites?: Cite[];
  relations?: Relation[];
  obligation?: Obligation;
  priority?: Priority[];
  /** Texts this paragraph is still to be reconciled with (a footnote says so). */
  reconcile?: Reconcile[];
  notes?: string[];
}

export interface InstrumentAlias {
  text: string;
  note?: string;
  /** A slip of the text that used it (wrong word or year): resolves, but working drafts are told the canonical title. */
  slip?: boolean;
  /** Paragraphs that use this form. */
  'used-in'?: string[];
}

export interface InstrumentFM {
  id: string;
  title: string;
  'short-titles'?: string[];
  aliases?: InstrumentAlias[];
  type: (typeof INSTRUMENT_TYPES)[number];
  parent?: string;
  /** Absent when no source says. */
  organization?: string;
  depositary?: string;
  'depositary-ref'?: string;
  adopted?: { date?: string; place?: string };
  'entry-into-force'?: string;
  /** 1..N, or explicit labels. Absent when no source gives them. */
  articles?: number | string[];
  sources: string[];
}

export interface MembershipChange {
  event: string;
  date: string;
  source: string;
  note?: string;
}

export interface StateFM {
  id: string;
  iso2: string;
  numeric: string;
  name: { en: string; es: string };
  'official-name'?: { en?: string; es?: string };
  oas: {
    'member-since': number;
    participation?: (typeof PARTICIPATIONS)[number];
    changes?: MembershipChange[];
  };
  sources: string[];
}

export type CommitmentStatus = (typeof STATUSES)[number];
export type GapStatus = CommitmentStatus | 'no-record';

export interface CommitmentEvent {
  action: string;
  date: string;
}

export interface Evidence {
  source: string;
  via?: string;
  url?: string;
}

/** A paragraph a record answered, as it read then (see src/model/fingerprint.ts). */
export interface Answered {
  paragraph: string;
  /** 16 hex digits of the SHA-256 of the normalised body and the obligation. */
  fingerprint: string;
  /** The normalised words as answered, to show what changed. */
  text?: string;
}

export interface CommitmentRecord {
  status: CommitmentStatus;
  events?: CommitmentEvent[];
  'as-of': string;
  evidence: Evidence[];
  note?: string;
  /** The paragraphs' wording this record answered (records answering a paragraph, not an instrument). */
  answered?: Answered[];
}

export interface CommitmentFM {
  id: string;
  state: string;
  instrument?: string;
  answers?: string[];
  records: CommitmentRecord[];
}

export interface BodyFM {
  id: string;
  name: string;
  acronyms?: string[];
  /** Other names the texts use for it. */
  names?: string[];
  kind: (typeof BODY_KINDS)[number];
  parent?: string;
}
