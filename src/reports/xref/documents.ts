/** The texts of the corpus as formatters show them, and the whole `plan xref` report. */
import type { Corpus } from '../../model/model.js';
import { allLineage, compareDocuments, type LineageChain } from '../lineage.js';
import { instrumentsXref, type InstrumentXref } from './citations.js';
import { compareLists, type ListDocument } from './lists.js';
import { documentLabel, planNotes, statusKind } from './notes.js';
import { unresolvedRefs, type UnresolvedEntry } from './unresolved.js';

/** What formatters show of a text: its title, date, status and label. */
export interface DocumentInfo {
  id: string;
  title?: string;
  date: string;
  status?: string;
  draft: boolean;
  /** draft, working draft or adopted. */
  kind: string;
  label: string;
}

/** Every document of the corpus, by date then id. */
export function documentsInfo(c: Corpus): DocumentInfo[] {
  return [...c.documents.keys()].sort((a, b) => compareDocuments(c, a, b)).map((id) => {
    const d = c.documents.get(id)!;
    return { id, title: d.fm.title, date: d.fm.date, status: d.fm.status, draft: d.fm.status !== 'adopted', kind: statusKind(d.fm.status), label: documentLabel(c, id) };
  });
}

/** `plan xref --format json` (contract: instruments, lineage, lists, unresolved). */
export interface XrefReport {
  notes: string[];
  instruments: InstrumentXref[];
  lineage: LineageChain[];
  lists: ListDocument[];
  unresolved: UnresolvedEntry[];
}

export function xrefReport(c: Corpus): XrefReport {
  return {
    notes: planNotes(c),
    instruments: instrumentsXref(c),
    lineage: allLineage(c),
    lists: compareLists(c).documents,
    unresolved: unresolvedRefs(c),
  };
}
