import type { DocumentHead } from '../render/head.js';

/**
 * The shapes of a redline (`plan diff`). `DiffReport` minus the fields marked
 * "not in JSON" is the JSON contract of /work/shared/design/README.md.
 */

/** One side of a comparison: a document, and the git revision it was read at (absent: the working tree). */
export interface DiffSide {
  document: string;
  revision?: string;
}

export type ChangeOp = 'equal' | 'insert' | 'delete';

/** A run of words: kept, inserted in the later text, or deleted from the earlier one. */
export interface Change {
  op: ChangeOp;
  text: string;
}

export type DiffKind = 'changed' | 'added' | 'removed' | 'moved' | 'unchanged';
export const DIFF_KINDS: readonly DiffKind[] = ['changed', 'added', 'removed', 'moved', 'unchanged'];

/**
 * How a pair was made: a `derived-from` link of the corpus, a guess by
 * similarity of wording, or the same paragraph id at two revisions.
 */
export type PairBasis = 'derived-from' | 'similar' | 'same-id';

/** One entry of the redline: a paragraph of the later text, of the earlier one, or a pair of them. */
export interface ParagraphDiff {
  from: string | null;
  to: string | null;
  kind: DiffKind;
  basis?: PairBasis;
  changes: Change[];
  /** Not in JSON: the printed numbers (absent for an unprinted one), for labels and the renumbering. */
  fromNumber?: string;
  toNumber?: string;
  /** Not in JSON: the heading path the paragraph sits under (the later text's when there is one). */
  section?: string[];
  /** Not in JSON: the word similarity of a pair (0..1). */
  similarity?: number;
}

export type DiffSummary = Record<DiffKind, number>;

export interface DiffReport {
  from: DiffSide;
  to: DiffSide;
  summary: DiffSummary;
  paragraphs: ParagraphDiff[];
  /** Not in JSON: the documents' titles, for headings. */
  fromTitle?: string;
  toTitle?: string;
  /** Not in JSON: lineage (two documents) or since (one document at two revisions). */
  mode: 'lineage' | 'since';
  /** Not in JSON: the later text's title block (status included), as `plan render` shows it; the DOCX carries it. */
  head?: DocumentHead;
}

/** Options every formatter takes. */
export interface DiffFormatOptions {
  /** Colour (text format, on a terminal). */
  color?: boolean;
  /** The date of the revisions in a DOCX (Word's tracked-change date), YYYY-MM-DD. */
  today?: string;
}
