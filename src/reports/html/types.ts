/**
 * What the HTML modules render. The gap shapes are the contract shapes of
 * `plan gaps --format json` (design README), so the report shows exactly what
 * `plan gaps` says; the rest is a small view model filled from `plan xref`'s
 * report and the corpus.
 */
import type { GapStatus } from '../../model/types.js';

export type { GapStatus };

/** A document a report was computed against. */
export interface DocRef {
  id: string;
  title?: string;
  status?: string;
  date?: string;
}

/** `plan gaps --all --format json`. */
export interface GapsAllView {
  today: string;
  documents: Array<DocRef | string>;
  obligations: Array<{ key: string; paragraph: string; instrument?: string; document?: string; summary?: string }>;
  states: Array<{ id: string; name: string; summary?: SummaryView; statuses: Record<string, GapStatus> }>;
}

export interface RecordView {
  status: string;
  'as-of'?: string;
  asOf?: string;
  events?: Array<{ action: string; date: string }>;
  evidence?: EvidenceView[];
  note?: string;
}

export interface EvidenceView {
  source: string;
  via?: string;
  url?: string;
}

/** One item of `plan gaps --state X --format json`. */
export interface GapItemView {
  key: string;
  paragraph: string;
  document: string;
  obligation: { action: string; summary?: string; instruments?: string[]; subject?: string } | string;
  force?: string;
  instrument?: string;
  status: GapStatus;
  asOf?: string;
  stale: boolean;
  /** A final treaty act (ratification, accession, ...): recorded as of its date, never stale. */
  final?: boolean;
  records: RecordView[];
  evidence: EvidenceView[];
}

/** A gap report's summary, as far as the page reads it. */
export interface SummaryView {
  byStatus?: Partial<Record<GapStatus, number>>;
  byAction?: Record<string, unknown>;
  done?: unknown;
  withRecord?: number;
  coverage?: number;
  total?: number;
}

/** `plan gaps --state X --format json`. */
export interface GapsStateView {
  state: { id: string; name: string | { en?: string; es?: string }; membership?: unknown };
  today: string;
  documents: Array<DocRef | string>;
  summary: SummaryView;
  items: GapItemView[];
}

/** What an obligation column means (from the paragraph that asks it). */
export interface ObligationInfo {
  key: string;
  paragraph: string;
  instrument?: string;
  summary?: string;
  force?: string;
  action?: string;
}

/** One instrument's page. */
export interface InstrumentView {
  id: string;
  title: string;
  shortTitles?: string[];
  /** Articles the instrument has (count or labels), when a source gives them. */
  articles?: number | string[];
  /** Every citation of it: which paragraph cites which articles (none: the whole instrument). */
  citations: Array<{ paragraph: string; document: string; articles?: string[] }>;
  /** Paragraphs whose obligation names it (the texts that urge it). */
  urgedBy: Array<{ paragraph: string; document: string; force?: string; summary?: string }>;
}

/** One step of a lineage chain (oldest text first). */
export interface LineageStep {
  paragraph: string;
  document: string;
  force?: string;
  /** How this step's wording descends from the previous step. */
  basis?: string;
  text?: string;
}

export interface LineageView {
  /** The chain, oldest first. */
  steps: LineageStep[];
}

/** One paragraph in the offline search index. */
export interface SearchEntry {
  id: string;
  document: string;
  text: string;
}

/** Everything the report shows. */
export interface ReportView {
  title: string;
  today: string;
  /** Notes shown under the title (e.g. the adopted Plan is not in the corpus). */
  notes: string[];
  documents: DocRef[];
  /** Set for a one-state report (`--state`). */
  onlyState?: string;
  hemisphere?: GapsAllView;
  obligations: ObligationInfo[];
  instrumentTitles: Record<string, string>;
  /** Each instrument's first short title ("UNTOC"), for column headings. */
  instrumentShort?: Record<string, string>;
  states: GapsStateView[];
  instruments: InstrumentView[];
  lineage: LineageView[];
  search: SearchEntry[];
}
