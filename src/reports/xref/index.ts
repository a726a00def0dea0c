/**
 * `plan xref`: who cites what, where each paragraph came from, the instrument
 * lists of the texts side by side, and the references that leave the corpus.
 * One report per module under xref/; this module is what callers import.
 *
 * Pure functions of a loaded Corpus (no I/O); the command picks one and a
 * formatter prints it. Orders are deterministic: texts by date then id,
 * paragraphs in reading order, instruments and other ids by plain code-unit
 * comparison. What the texts are to a text outside the corpus (drafts of the
 * adopted Plan, a restated instrument list) comes from the documents' front
 * matter (`restates`), read by xref/notes.ts.
 */
export { resolveInstrument } from '../../model/resolve.js';
export { articleLabels, articleRanges, compareArticles } from './articles.js';
export { documentLabel, planNotes, reportPlanNote, statusKind } from './notes.js';
export { citationsOf, instrumentsXref, type CitationEntry, type InstrumentXref, type UrgedEntry } from './citations.js';
export { articleCoverage, type ArticleCoverage, type ArticleRow } from './coverage.js';
export { paragraphLinks, resolveParagraph, type LinkIn, type LinkOut, type ParagraphLinks } from './links.js';
export { compareLists, type ListChange, type ListDocument, type ListItem, type ListsComparison, type TextList } from './lists.js';
export { unresolvedRefs, type UnresolvedEntry } from './unresolved.js';
export { documentsInfo, xrefReport, type DocumentInfo, type XrefReport } from './documents.js';
