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
export { resolveInstrument } from '../model/resolve.js';
export { articleLabels, articleRanges, compareArticles } from './xref/articles.js';
export { documentLabel, planNotes, reportPlanNote, statusKind } from './xref/notes.js';
export { citationsOf, instrumentsXref, type CitationEntry, type InstrumentXref, type UrgedEntry } from './xref/citations.js';
export { articleCoverage, type ArticleCoverage, type ArticleRow } from './xref/coverage.js';
export { paragraphLinks, resolveParagraph, type LinkIn, type LinkOut, type ParagraphLinks } from './xref/links.js';
export { compareLists, type ListChange, type ListDocument, type ListItem, type ListsComparison, type TextList } from './xref/lists.js';
export { unresolvedRefs, type UnresolvedEntry } from './xref/unresolved.js';
export { documentsInfo, xrefReport, type DocumentInfo, type XrefReport } from './xref/documents.js';
