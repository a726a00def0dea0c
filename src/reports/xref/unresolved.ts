/** `plan xref --unresolved`: the references that leave the corpus, with where they occur. */
import type { Corpus } from '../../model/model.js';
import { locate } from '../../model/locate.js';
import { compareText as cmp } from '../../util/text.js';
import { compareDocuments } from '../lineage.js';

export interface UnresolvedEntry {
  /** `relation` (a paragraph's) or `builds-on` (a document's). */
  kind: 'relation' | 'builds-on';
  /** The paragraph or document holding the reference. */
  from: string;
  document: string;
  /** Relation type, or `builds-on`. */
  type: string;
  target: string;
  description?: string;
  text?: string;
  /** File (relative to the corpus) and 1-based position of the reference in it. */
  file: string;
  line: number;
  column: number;
}

/** Every reference to a text that is not in the corpus, with where it occurs. */
export function unresolvedRefs(c: Corpus): UnresolvedEntry[] {
  const out: UnresolvedEntry[] = [];
  for (const d of c.documents.values()) {
    (d.fm['builds-on'] ?? []).forEach((b, i) => {
      if (typeof b === 'string') return;
      if (b.resolved !== false) return;
      const pos = locate(d.file, ['builds-on', i]);
      out.push({ kind: 'builds-on', from: d.id, document: d.id, type: 'builds-on', target: b.target, ...(b.description ? { description: b.description } : {}), file: d.file.rel, line: pos.line, column: pos.column });
    });
  }
  for (const p of c.paragraphs.values()) {
    (p.fm.relations ?? []).forEach((r, i) => {
      if (r.resolved !== false) return;
      const pos = locate(p.file, ['relations', i]);
      out.push({
        kind: 'relation', from: p.id, document: p.fm.document, type: r.type, target: r.target,
        ...(r.description ? { description: r.description } : {}), ...(r.text ? { text: r.text } : {}),
        file: p.file.rel, line: pos.line, column: pos.column,
      });
    });
  }
  const docOrder = (e: UnresolvedEntry) => e.document;
  return out.sort((a, b) => compareDocuments(c, docOrder(a), docOrder(b)) || (a.kind === b.kind ? 0 : a.kind === 'builds-on' ? -1 : 1) || cmp(a.file, b.file) || a.line - b.line);
}
