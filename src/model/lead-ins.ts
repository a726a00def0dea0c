/**
 * A list item or bullet hangs on its lead-in (`part-of`); what it does not
 * record itself (force, addressees) it takes from the nearest lead-in that
 * does. Shared by gaps, lineage and xref.
 */
import type { Corpus, Paragraph } from './model.js';
import type { Force } from './types.js';

/** The lead-in a paragraph is part of, when the link resolves. */
export function leadInOf(p: Paragraph): string | undefined {
  return p.fm.relations?.find((r) => r.type === 'part-of' && r.resolved !== false)?.target;
}

/** The paragraph and its lead-ins, nearest first (a cycle stops the walk). */
export function leadInChain(corpus: Corpus, p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [p];
  const seen = new Set([p.id]);
  for (let t = leadInOf(p); t !== undefined && !seen.has(t); ) {
    const next = corpus.paragraphs.get(t);
    if (!next) break;
    seen.add(t);
    out.push(next);
    t = leadInOf(next);
  }
  return out;
}

/** Force: the paragraph's own, else the nearest lead-in's (a list item takes its lead-in's force). */
export function effectiveForce(corpus: Corpus, p: Paragraph): Force | undefined {
  for (const q of leadInChain(corpus, p)) if (q.fm.force) return q.fm.force;
  return undefined;
}
