import type { SourceFile } from './source-file.js';
import type {
  BodyFM, Cite, CommitmentFM, DocumentFM, InstrumentFM, Kind, ParagraphFM, Relation, StateFM,
} from './types.js';
import { compareText as cmpStr } from '../util/text.js';
import { fromSmallRoman } from '../util/labels.js';
import type { RULE_SEVERITIES } from './schema-enums.js';

/** An item of the model: its id, its file and its front matter (schema-valid). */
export interface Entity<T> {
  id: string;
  file: SourceFile;
  fm: T;
}

export type Paragraph = Entity<ParagraphFM>;
export type Document = Entity<DocumentFM>;
export type Instrument = Entity<InstrumentFM>;
export type State = Entity<StateFM>;
export type Commitment = Entity<CommitmentFM>;
export type Body = Entity<BodyFM>;

/** A link seen from its target. */
export interface Incoming {
  from: Paragraph;
  relation: Relation;
  /** Index of the relation in the source's `relations`. */
  index: number;
}

/** A citation seen from its instrument. */
export interface Citation {
  paragraph: Paragraph;
  cite: Cite;
  index: number;
}

export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface RuleSetting {
  severity: RuleSeverity;
}

export interface CorpusConfig {
  rules: Record<string, RuleSeverity>;
  staleAfterYears?: number;
  /** The config file, when there is one. */
  path?: string;
}

/**
 * The whole corpus, loaded once per run and shared by every command.
 * Only schema-valid files enter the typed maps; every file (valid or not) is
 * in `files`, and the ids of invalid ones are in `idsOfInvalid` so that
 * references to them are not reported twice.
 */
export interface Corpus {
  root: string;
  files: SourceFile[];
  config: CorpusConfig;
  documents: Map<string, Document>;
  paragraphs: Map<string, Paragraph>;
  instruments: Map<string, Instrument>;
  states: Map<string, State>;
  commitments: Map<string, Commitment>;
  bodies: Map<string, Body>;
  /** Ids (by kind) of files that exist but failed the schema. */
  idsOfInvalid: Map<Kind, Set<string>>;
  /** Paragraphs of each document, in reading order. */
  paragraphsByDocument: Map<string, Paragraph[]>;
  /** Relations by target id (paragraph or document). */
  incoming: Map<string, Incoming[]>;
  /** Citations by instrument id. */
  citations: Map<string, Citation[]>;
  commitmentsByState: Map<string, Commitment[]>;
  /** Commitments by the instrument they are about. */
  commitmentsByInstrument: Map<string, Commitment[]>;
  /** Commitments by the paragraph they answer. */
  commitmentsByParagraph: Map<string, Commitment[]>;
  /** Which schema-valid entity lives in a file. */
  entityOf: Map<SourceFile, Entity<unknown>>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Natural order of paragraph numbers: `2` < `10`, `pp.2` < `pp.10`, `A.II` < `A.III`. */
export function compareNumbers(a: string, b: string): number {
  const sa = a.split('.');
  const sb = b.split('.');
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = compareSegment(x, y);
    if (c) return c;
  }
  return 0;
}

function segmentRank(s: string): [number, number, string] {
  if (/^\d+$/.test(s)) return [1, Number(s), ''];
  const roman = fromSmallRoman(s);
  if (s.length > 1 && roman !== undefined) return [2, roman, ''];
  if (/^[a-z]$/i.test(s)) return [3, s.toLowerCase().charCodeAt(0), ''];
  if (roman !== undefined) return [2, roman, ''];
  return [0, 0, s];
}

function compareSegment(x: string, y: string): number {
  const [ka, na, sa] = segmentRank(x);
  const [kb, nb, sb] = segmentRank(y);
  if (ka !== kb) return ka - kb;
  if (na !== nb) return na - nb;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Builds the typed model and its indexes from validated entities. */
export function buildIndexes(c: Corpus): void {
  for (const p of c.paragraphs.values()) {
    push(c.paragraphsByDocument, p.fm.document, p);
    (p.fm.relations ?? []).forEach((relation, index) => push(c.incoming, relation.target, { from: p, relation, index }));
    (p.fm.cites ?? []).forEach((cite, index) => push(c.citations, cite.instrument, { paragraph: p, cite, index }));
  }
  for (const list of c.paragraphsByDocument.values()) list.sort(compareParagraphs);
  for (const list of c.incoming.values()) list.sort((a, b) => cmpStr(a.from.id, b.from.id) || a.index - b.index);
  for (const list of c.citations.values()) list.sort((a, b) => cmpStr(a.paragraph.id, b.paragraph.id) || a.index - b.index);
  for (const cm of c.commitments.values()) {
    push(c.commitmentsByState, cm.fm.state, cm);
    if (cm.fm.instrument) push(c.commitmentsByInstrument, cm.fm.instrument, cm);
    for (const a of cm.fm.answers ?? []) push(c.commitmentsByParagraph, a, cm);
  }
}

/** Reading order: the `position` the importer records, else the number's natural order. */
export function compareParagraphs(a: Paragraph, b: Paragraph): number {
  const pa = (a.fm as { position?: number }).position;
  const pb = (b.fm as { position?: number }).position;
  if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
  return compareNumbers(a.fm.number, b.fm.number) || cmpStr(a.id, b.id);
}

/** An empty corpus object for `root`. */
export function emptyCorpus(root: string, config: CorpusConfig): Corpus {
  return {
    root, files: [], config,
    documents: new Map(), paragraphs: new Map(), instruments: new Map(), states: new Map(), commitments: new Map(), bodies: new Map(),
    idsOfInvalid: new Map(), paragraphsByDocument: new Map(), incoming: new Map(), citations: new Map(),
    commitmentsByState: new Map(), commitmentsByInstrument: new Map(), commitmentsByParagraph: new Map(), entityOf: new Map(),
  };
}

/** Does an id of this kind exist (valid or not)? */
export function exists(c: Corpus, kind: Kind, id: string): boolean {
  const maps: Partial<Record<Kind, Map<string, unknown>>> = {
    document: c.documents, paragraph: c.paragraphs, instrument: c.instruments, state: c.states, commitment: c.commitments, body: c.bodies,
  };
  return Boolean(maps[kind]?.has(id) || c.idsOfInvalid.get(kind)?.has(id));
}
