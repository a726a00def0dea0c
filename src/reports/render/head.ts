/**
 * The title block of a rendered document: what it is, who wrote it, when, and
 * its status, in words a reader sees on the first page. Shared by `plan render`
 * and `plan diff` (a redline carries the same head), and by every format.
 */
import type { Corpus, Document } from '../../model/model.js';
import type { DocumentFM, DocumentStatus } from '../../model/types.js';
import { openShareLine } from '../agreed.js';

/** The title block of one document, as plain text (each format escapes it). */
export interface DocumentHead extends Pick<DocumentFM, 'id' | 'title' | 'symbol' | 'date' | 'status'> {
  /** The author's name from the registry of bodies, else the author as recorded. */
  author: string;
  /** Short status for a page header: `CIRCULATED DRAFT — NOT ADOPTED`, `WORKING DRAFT — NOT ADOPTED`, `ADOPTED`. */
  statusLabel: string;
  /** One sentence on the status for the first page: how it was adopted, or that it is a draft. */
  statusLine: string;
  /** True for working and circulated drafts: formats show the status prominently on the first page. */
  draft: boolean;
  /** While negotiation brackets are open: "Agreed text: 92% agreed, 7 brackets open, 2 options." */
  agreed?: string;
}

/** A body id's name from the registry, else the text as recorded. */
function bodyName(corpus: Corpus, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return corpus.bodies.get(id)?.fm.name ?? id;
}

/** "the General Assembly", "Mexico": organs, committees and meetings take the article. */
function theBody(corpus: Corpus, id: string): string {
  const b = corpus.bodies.get(id);
  if (!b) return id;
  return b.fm.kind === 'state' || /^the\b/i.test(b.fm.name) ? b.fm.name : `the ${b.fm.name}`;
}

/** The header words of a status. A draft is never called adopted. */
export function statusLabel(status: DocumentStatus): string {
  if (status === 'adopted') return 'ADOPTED';
  if (status === 'working-draft') return 'WORKING DRAFT — NOT ADOPTED';
  return 'CIRCULATED DRAFT — NOT ADOPTED';
}

function statusSentence(corpus: Corpus, d: Document): string {
  const fm = d.fm;
  if (fm.status === 'working-draft') return 'Working draft: being written, not circulated and not adopted.';
  if (fm.status === 'circulated-draft') return 'Draft as circulated: not an adopted text.';
  const a = fm.adopted;
  if (!a) return 'Adopted.';
  const parts = [`Adopted by ${theBody(corpus, a.by)}`];
  if (a.instrument) parts.push(`through ${a.instrument}`);
  if (a.date) parts.push(`on ${a.date}`);
  return `${parts.join(' ')}.`;
}

/** The title block of a document of the corpus. */
export function documentHead(corpus: Corpus, d: Document): DocumentHead {
  const fm = d.fm;
  const head: DocumentHead = {
    id: d.id,
    title: fm.title,
    date: fm.date,
    author: bodyName(corpus, fm.author) ?? fm.author,
    status: fm.status,
    statusLabel: statusLabel(fm.status),
    statusLine: statusSentence(corpus, d),
    draft: fm.status !== 'adopted',
  };
  if (fm.symbol) head.symbol = fm.symbol;
  const share = openShareLine(corpus, d.id);
  if (share) head.agreed = `Agreed text: ${share}.`;
  return head;
}

/** The facts line under the title: `CP/CSH-1018/08 · 2008 · Technical Group on ...`. */
export function factsLine(h: DocumentHead): string {
  return [h.symbol, h.date, h.author].filter((x): x is string => Boolean(x)).join(' · ');
}
