/**
 * `plan diff` as data: a document against itself at an earlier git revision
 * (`diffSince`), or a later text against an earlier one along lineage
 * (`diffLineage`). Pure functions of loaded corpora; the formatters turn the
 * report into text, Markdown, HTML, JSON or a DOCX with tracked changes.
 */
import type { Corpus, Paragraph } from '../../model/model.js';
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../util/text.js';
import { documentHead } from '../render/head.js';
import { entries, pairLineage, pairSince, type DiffParagraph } from './pair.js';
import { SIMILAR_THRESHOLD } from './similarity.js';
import { DIFF_KINDS, type DiffReport, type DiffSummary, type ParagraphDiff } from './types.js';

export * from './types.js';
export { SIMILAR_THRESHOLD } from './similarity.js';

/**
 * A paragraph's text as compared: the body without HTML comments (inline lint
 * suppressions), runs of spaces and line breaks read as one space (line breaks
 * are free in the corpus), ends trimmed. Other characters (non-breaking spaces,
 * typographic quotes) are kept as they are.
 */
export function paragraphText(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, ' ').replace(/[ \t\r\n]+/g, ' ').trim();
}

function asDiffParagraph(p: Paragraph): DiffParagraph {
  return { id: p.id, ...(p.fm.printed !== false ? { number: p.fm.number } : {}), text: paragraphText(p.file.body), section: [...(p.fm.section ?? [])] };
}

/** A document's paragraphs in reading order (none when the corpus lacks it). */
function paragraphsOf(c: Corpus, doc: string): DiffParagraph[] {
  return (c.paragraphsByDocument.get(doc) ?? []).map(asDiffParagraph);
}

/** Counts of the entries by kind. */
export function summarize(paragraphs: readonly ParagraphDiff[]): DiffSummary {
  const s = Object.fromEntries(DIFF_KINDS.map((k) => [k, 0])) as DiffSummary;
  for (const p of paragraphs) s[p.kind]++;
  return s;
}

function unknownDocument(id: string, c: Corpus, where = ''): UsageError {
  return new UsageError(`Unknown document \`${id}\`${where}${didYouMean(id, c.documents.keys()) || '.'}`, `Documents: ${[...c.documents.keys()].sort().join(', ')}.`);
}

export interface SinceInput {
  now: Corpus;
  then: Corpus;
  document: string;
  /** The revision as given (e.g. HEAD~1). */
  revision: string;
  threshold?: number;
}

/** What changed in one document since a revision: `then` is the corpus at that revision. */
export function diffSince(i: SinceInput): DiffReport {
  const { now, then, document } = i;
  if (!now.documents.has(document) && !then.documents.has(document)) throw unknownDocument(document, now, ` (not in the corpus now nor at \`${i.revision}\`)`);
  const from = paragraphsOf(then, document);
  const to = paragraphsOf(now, document);
  const paragraphs = entries(from, to, pairSince(from, to, i.threshold ?? SIMILAR_THRESHOLD), true);
  const [c, d] = now.documents.has(document) ? [now, now.documents.get(document)!] : [then, then.documents.get(document)!];
  return {
    mode: 'since', from: { document, revision: i.revision }, to: { document },
    summary: summarize(paragraphs), paragraphs, fromTitle: d.fm.title, toTitle: d.fm.title, head: documentHead(c, d),
  };
}

/**
 * Lineage links from a paragraph of `to` back to paragraphs of `from`:
 * `derived-from` relations, followed through the texts in between
 * (strategy-2021 → cedot-draft-2006 → mex-draft-2005), and links held the
 * other way round (a paragraph of `from` that derives from one of `to`).
 */
function lineageLinks(c: Corpus, fromDoc: string, toDoc: string, fromIdx: Map<string, number>, toIdx: Map<string, number>): Array<{ from: number; to: number }> {
  const targets = (id: string): string[] => (c.paragraphs.get(id)?.fm.relations ?? [])
    .filter((r) => r.type === 'derived-from' && r.resolved !== false && c.paragraphs.has(r.target) && r.target !== id)
    .map((r) => r.target);
  const docOf = (id: string) => c.paragraphs.get(id)!.fm.document;
  const reach = (start: string, goal: string, avoid: string): string[] => {
    const found: string[] = [];
    const seen = new Set([start]);
    let frontier = [start];
    while (frontier.length) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const t of targets(id)) {
          if (seen.has(t)) continue;
          seen.add(t);
          if (docOf(t) === goal) found.push(t);
          else if (docOf(t) !== avoid) next.push(t);
        }
      }
      frontier = next;
    }
    return found;
  };
  const out: Array<{ from: number; to: number }> = [];
  for (const [id, t] of toIdx) for (const f of reach(id, fromDoc, toDoc)) out.push({ from: fromIdx.get(f)!, to: t });
  for (const [id, f] of fromIdx) for (const t of reach(id, toDoc, fromDoc)) out.push({ from: f, to: toIdx.get(t)! });
  return out.sort((a, b) => a.to - b.to || a.from - b.from);
}

export interface LineageInput {
  corpus: Corpus;
  from: string;
  to: string;
  threshold?: number;
}

/** The later text (`to`) against the earlier one (`from`) along lineage, with guesses by similarity. */
export function diffLineage(i: LineageInput): DiffReport {
  const c = i.corpus;
  for (const d of [i.from, i.to]) if (!c.documents.has(d)) throw unknownDocument(d, c);
  if (i.from === i.to) throw new UsageError(`Both sides are \`${i.from}\`: a document against itself.`, `To see what changed in it since a revision: plan diff ${i.from} --since <git-ref>.`);
  const from = paragraphsOf(c, i.from);
  const to = paragraphsOf(c, i.to);
  const links = lineageLinks(c, i.from, i.to, new Map(from.map((p, k) => [p.id, k])), new Map(to.map((p, k) => [p.id, k])));
  const paragraphs = entries(from, to, pairLineage(from, to, links, i.threshold ?? SIMILAR_THRESHOLD), false);
  const later = c.documents.get(i.to)!;
  return {
    mode: 'lineage', from: { document: i.from }, to: { document: i.to },
    summary: summarize(paragraphs), paragraphs, fromTitle: c.documents.get(i.from)!.fm.title, toTitle: later.fm.title, head: documentHead(c, later),
  };
}
