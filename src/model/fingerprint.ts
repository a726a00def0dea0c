/**
 * What a commitment record answered: a fingerprint of a paragraph's words and
 * obligation as they read when the record was written. A record whose
 * fingerprint no longer matches the paragraph is suspect until someone
 * reviews it (`plan confirm`). Instrument records (is the state party to a
 * convention?) answer no paragraph's words and carry none.
 */
import { createHash } from 'node:crypto';
import type { Corpus, Paragraph } from './model.js';
import type { Answered, CommitmentRecord, Obligation } from './types.js';

/** The words of a body that count: suppression comments dropped, whitespace runs collapsed, NFC. */
export function normalisedBody(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, ' ').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The obligation in a fixed shape (`subject` or its former key `on`). */
function obligationText(ob: Obligation | undefined): string {
  if (!ob) return '';
  const o = ob as Obligation & { subject?: string; on?: string };
  return JSON.stringify([o.action, o.summary, o.instruments ?? [], o.subject ?? o.on ?? '']);
}

/** 16 hex digits of the SHA-256 of a normalised body and an obligation. */
export function fingerprintFrom(text: string, ob: Obligation | undefined): string {
  return createHash('sha256').update(`${text}\n\u0000${obligationText(ob)}`).digest('hex').slice(0, 16);
}

/** The fingerprint of a paragraph as it reads now. */
export function fingerprintOf(p: Paragraph): string {
  return fingerprintFrom(normalisedBody(p.file.body), p.fm.obligation);
}

/** What a record answering these paragraphs answered, from the corpus as it is now. */
export function answeredNow(corpus: Corpus, paragraphs: readonly string[]): Answered[] {
  return paragraphs.flatMap((id) => {
    const p = corpus.paragraphs.get(id);
    return p ? [{ paragraph: id, fingerprint: fingerprintOf(p), text: normalisedBody(p.file.body) }] : [];
  });
}

/** One answered paragraph whose words or obligation changed since the record was written. */
export interface SuspectChange {
  paragraph: string;
  /** The words as answered, when the record keeps them. */
  was?: string;
  now: string;
  /** Whether the words changed (else only the obligation did). */
  bodyChanged: boolean;
}

/** The paragraphs a record answered that have changed since (empty: not suspect). */
export function suspectChanges(corpus: Corpus, record: Pick<CommitmentRecord, 'answered'>): SuspectChange[] {
  const out: SuspectChange[] = [];
  for (const a of record.answered ?? []) {
    const p = corpus.paragraphs.get(a.paragraph);
    if (!p || fingerprintOf(p) === a.fingerprint) continue;
    const now = normalisedBody(p.file.body);
    out.push({ paragraph: a.paragraph, ...(a.text !== undefined ? { was: a.text } : {}), now, bodyChanged: a.text === undefined || a.text !== now });
  }
  return out;
}

/** The index of the record that decides a commitment: newest as-of, ties to the later in file order. */
export function decidingIndex(records: ReadonlyArray<{ 'as-of': string }>): number {
  let best = -1;
  records.forEach((r, i) => {
    if (best < 0 || r['as-of'] >= records[best]!['as-of']) best = i;
  });
  return best;
}

/**
 * Is an item suspect: the record that decides it among these commitments (the
 * newest as-of, ties to the later in id then file order, as gaps decides)
 * answered `paragraph` as it read before a change?
 */
export function isSuspect(corpus: Corpus, answering: ReadonlyArray<{ id: string; fm: { records: CommitmentRecord[] } }>, paragraph: string): boolean {
  let top: CommitmentRecord | undefined;
  for (const c of [...answering].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const r of c.fm.records) if (!top || r['as-of'] >= top['as-of']) top = r;
  }
  return top !== undefined && suspectChanges(corpus, top).some((c) => c.paragraph === paragraph);
}
