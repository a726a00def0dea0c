import type { Corpus } from '../../model/model.js';
import {
  articleCoverage, compareLists, documentsInfo, paragraphLinks, planNotes, unresolvedRefs, xrefReport,
  type ArticleCoverage, type DocumentInfo, type ListsComparison, type ParagraphLinks, type UnresolvedEntry, type XrefReport,
} from './index.js';

/** What the `plan xref` formatters receive: one of the five views, with the texts of the corpus for headings. */
export type XrefView =
  | { kind: 'all'; report: XrefReport; documents: DocumentInfo[] }
  | { kind: 'instrument'; coverage: ArticleCoverage; documents: DocumentInfo[] }
  | { kind: 'paragraph'; links: ParagraphLinks; documents: DocumentInfo[] }
  | { kind: 'lists'; lists: ListsComparison; documents: DocumentInfo[] }
  | { kind: 'unresolved'; unresolved: UnresolvedEntry[]; notes: string[]; documents: DocumentInfo[] };

/** Which xref view: at most one of these; none is every instrument with its citations and lineage. */
export interface XrefSpec {
  instrument?: string;
  paragraph?: string;
  lists?: boolean;
  unresolved?: boolean;
}

/** The view a spec asks for (what `plan xref` formats, and the library API returns as JSON). */
export function xrefView(corpus: Corpus, o: XrefSpec): XrefView {
  const documents = documentsInfo(corpus);
  if (o.instrument !== undefined) return { kind: 'instrument', coverage: articleCoverage(corpus, o.instrument), documents };
  if (o.paragraph !== undefined) return { kind: 'paragraph', links: paragraphLinks(corpus, o.paragraph), documents };
  if (o.lists) return { kind: 'lists', lists: compareLists(corpus), documents };
  if (o.unresolved) return { kind: 'unresolved', unresolved: unresolvedRefs(corpus), notes: planNotes(corpus), documents };
  return { kind: 'all', report: xrefReport(corpus), documents };
}
