/**
 * `plan diff --format json`: the contract shape (design README):
 * `{from, to, summary, paragraphs: [{from, to, kind, basis?, changes}]}`.
 * The fields the other formats use for labels (numbers, sections, the
 * similarity of a guess) are left out.
 */
import type { DiffReport, ParagraphDiff } from './types.js';

/** The JSON value of a redline. */
export function diffJsonValue(r: DiffReport): { from: DiffReport['from']; to: DiffReport['to']; summary: DiffReport['summary']; paragraphs: Array<Pick<ParagraphDiff, 'from' | 'to' | 'kind' | 'basis' | 'changes'>> } {
  return {
    from: { document: r.from.document, ...(r.from.revision !== undefined ? { revision: r.from.revision } : {}) },
    to: { document: r.to.document, ...(r.to.revision !== undefined ? { revision: r.to.revision } : {}) },
    summary: { changed: r.summary.changed, added: r.summary.added, removed: r.summary.removed, moved: r.summary.moved, unchanged: r.summary.unchanged },
    paragraphs: r.paragraphs.map((p) => ({
      from: p.from, to: p.to, kind: p.kind, ...(p.basis ? { basis: p.basis } : {}),
      changes: p.changes.map((ch) => ({ op: ch.op, text: ch.text })),
    })),
  };
}

export function diffJson(r: DiffReport): string {
  return `${JSON.stringify(diffJsonValue(r), null, 2)}\n`;
}
