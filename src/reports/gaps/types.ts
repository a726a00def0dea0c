/**
 * The shapes of `plan gaps` (the JSON contract of the design README and the
 * extras each mode adds), apart from the code that computes them.
 */
import type { CommitmentEvent, CommitmentStatus, Evidence, Force, GapStatus, MembershipChange, Obligation } from '../../model/types.js';
import type { GapsDiff } from './diff.js';

/** A document a report is computed against. */
export interface DocRef {
  id: string;
  title: string;
  status: string;
  date: string;
}

/** One obligation item: the same for every state. */
export interface ObligationItem {
  /** `<paragraph>` or `<paragraph>#<instrument>` (contract). */
  key: string;
  paragraph: string;
  document: string;
  obligation: Obligation;
  /** The paragraph's force, else its lead-in's; absent when neither says. */
  force?: Force;
  instrument?: string;
}

/** A commitment record as the report shows it: the file's record and the commitment it belongs to. */
export interface GapRecord {
  commitment: string;
  status: CommitmentStatus;
  events?: CommitmentEvent[];
  'as-of': string;
  evidence: Evidence[];
  note?: string;
}

/** One item for one state: the obligation item and where the state stands on it. */
export interface GapItem extends ObligationItem {
  status: GapStatus;
  /** The deciding record's as-of. */
  asOf?: string;
  stale: boolean;
  /** Every record behind the item, newest first: the deciding one, then history. */
  records: GapRecord[];
  /** The deciding record's evidence. */
  evidence: Evidence[];
  /** Days from asOf to today (negative when asOf is after today). */
  ageDays?: number;
  /**
   * The deciding record is a final fact: `done` by a treaty action
   * (ratification, accession, acceptance, approval, succession, deposit). It is
   * recorded as of its date and never stale.
   */
  final: boolean;
  /**
   * The deciding record answered the paragraph as it read before a change of
   * its words or obligation (src/model/fingerprint.ts): to review, then
   * `plan confirm`. Present only when true.
   */
  suspect?: boolean;
}

export interface Summary {
  /** Items by status, every status present (zero when none), best first. */
  byStatus: Record<GapStatus, number>;
  /** Items by `obligation.action`, sorted by action. */
  byAction: Record<string, number>;
  /**
   * Share of the items with a record that are done, 0..1 (0 when no item has
   * a record). Never a share of all items: an item without a record is not
   * known to be undone.
   */
  done: number;
  /** Items with a record (any status but `no-record`). */
  withRecord: number;
  /** Share of the items that have a record, 0..1 (0 when there is no item). */
  coverage: number;
  /** Items counted. */
  total: number;
  /** Items whose deciding record can change and is older than the stale-after cut-off. */
  stale: number;
}

export type Participation = 'participating' | 'not-participating' | 'withdrawn';

/** A state's OAS membership on `today`. */
export interface Membership {
  status: Participation;
  memberSince?: number;
  changes: MembershipChange[];
  note?: string;
}

export interface StateRef {
  id: string;
  name: string;
  membership: Membership;
}

/** `plan gaps --state X` (contract shape; the summary's `total`, `stale` and `staleAfterYears` are extra). */
export interface GapsStateReport {
  state: StateRef;
  today: string;
  documents: DocRef[];
  summary: Summary & { staleAfterYears: number };
  items: GapItem[];
}

/** One obligation column of `--all`. */
export interface ObligationRef {
  key: string;
  paragraph: string;
  instrument?: string;
  document: string;
  force?: Force;
  action: string;
  summary: string;
}

/**
 * `plan gaps --all` (contract shape; `instruments` and each state's
 * `membership` are extra; each state's `items` are for the other formats and
 * are left out of the JSON).
 */
export interface GapsAllReport {
  today: string;
  documents: DocRef[];
  obligations: ObligationRef[];
  states: Array<{ id: string; name: string; summary: Summary; statuses: Record<string, GapStatus>; membership: Membership; items: GapItem[] }>;
  /** States × instruments: each instrument an obligation names, in order of first appearance. */
  instruments: Array<{ id: string; title?: string; states: Record<string, GapStatus> }>;
  staleAfterYears: number;
}

/** One state's standing on one instrument. */
export interface InstrumentStanding {
  id: string;
  name: string;
  membership: Membership;
  status: GapStatus;
  asOf?: string;
  ageDays?: number;
  stale: boolean;
  /** The deciding record is a final fact (see GapItem.final). */
  final: boolean;
  /** The deciding record's events (signed, ratified, ...). */
  events: CommitmentEvent[];
  evidence: Evidence[];
  records: GapRecord[];
}

/** `plan gaps --instrument X`. */
export interface GapsInstrumentReport {
  instrument: { id: string; title?: string };
  today: string;
  documents: DocRef[];
  /** The obligation items of the documents that name the instrument. */
  obligations: ObligationRef[];
  summary: Omit<Summary, 'byAction'>;
  states: InstrumentStanding[];
  staleAfterYears: number;
}

/** What every report needs besides the corpus. */
export interface GapsOptions {
  today: string;
  /** Document ids to compute against (see selectDocuments). */
  documents: readonly string[];
  staleAfterYears: number;
  /** Keep only items of these forces. */
  force?: readonly string[];
  /** Keep only items with these statuses. */
  status?: readonly string[];
}

/** `plan gaps --by instrument`: one state's (or every state's) standing on each instrument the texts ask for. */
export interface InstrumentRow {
  state: string;
  name: string;
  instrument: string;
  title?: string;
  /** The paragraphs (obligation items) that ask for it, in document then reading order. */
  askedBy: Array<{ key: string; paragraph: string; document: string; force?: Force }>;
  status: GapStatus;
  asOf?: string;
  stale: boolean;
  final: boolean;
  events: CommitmentEvent[];
  evidence: Evidence[];
  records: GapRecord[];
}

export interface GapsByInstrumentReport {
  today: string;
  documents: DocRef[];
  /** The states reported on: one with --state, else every state with a file. */
  states: Array<{ id: string; name: string; membership: Membership }>;
  /** The instruments asked for, in order of first appearance. */
  instruments: Array<{ id: string; title?: string }>;
  /** One row per state × instrument. */
  rows: InstrumentRow[];
  summary: Omit<Summary, 'byAction'>;
  staleAfterYears: number;
}

/** A computed report and, with --since, what changed. */
export type GapsView =
  | { mode: 'state'; report: GapsStateReport; since?: GapsDiff }
  | { mode: 'all'; report: GapsAllReport; since?: GapsDiff }
  | { mode: 'instrument'; report: GapsInstrumentReport; since?: GapsDiff }
  | { mode: 'by-instrument'; report: GapsByInstrumentReport; since?: undefined };
