/**
 * `plan confirm <commitment-id> | --state X`: after a person has reviewed a
 * suspect record (its paragraph changed since the record answered it), record
 * that the record answers the paragraph as it reads now: the deciding
 * record's `answered` is set from the current corpus (fingerprint and words).
 * A record with no fingerprint yet (written before fingerprints) gets one the
 * same way. Records about an instrument answer no paragraph's words and are
 * left alone. Files are edited node by node (comments and formatting kept)
 * and written together, all or none.
 */
import { readFileSync } from 'node:fs';
import type { Commitment, Corpus } from '../model/model.js';
import { answeredNow, decidingIndex, suspectChanges } from '../model/fingerprint.js';
import { UsageError } from '../errors.js';
import type { PlannedWrite } from '../util/write-all.js';
import { editFrontMatter, portableNode } from './yaml-edit.js';

export interface Confirmation {
  commitment: string;
  /** Path under the corpus root. */
  rel: string;
  asOf: string;
  /** Why: the paragraphs that changed, or `no fingerprint yet`. */
  paragraphs: string[];
  reason: 'changed' | 'no-fingerprint';
}

/** Needs confirming: the paragraphs whose fingerprint is missing or out of date on the deciding record. */
function needs(corpus: Corpus, c: Commitment): Confirmation | undefined {
  if (c.fm.instrument || !c.fm.answers?.length) return undefined;
  const i = decidingIndex(c.fm.records);
  const r = c.fm.records[i]!;
  const missing = c.fm.answers.filter((a) => !r.answered?.some((x) => x.paragraph === a));
  const changed = suspectChanges(corpus, r).map((s) => s.paragraph);
  if (!missing.length && !changed.length) return undefined;
  return { commitment: c.id, rel: c.file.rel, asOf: r['as-of'], paragraphs: changed.length ? changed : missing, reason: changed.length ? 'changed' : 'no-fingerprint' };
}

/** The file with the deciding record's `answered` set to the paragraphs as they read now. */
function confirmedText(corpus: Corpus, c: Commitment): string {
  const i = decidingIndex(c.fm.records);
  return editFrontMatter(readFileSync(c.file.path, 'utf8'), c.file.rel, (doc) => {
    doc.setIn(['records', i, 'answered'], portableNode(doc, answeredNow(corpus, c.fm.answers ?? [])));
  });
}

/** The commitments to confirm (one id, or every commitment of a state) and their new files. */
export function planConfirm(corpus: Corpus, sel: { id?: string; state?: string }): { confirmations: Confirmation[]; files: PlannedWrite[] } {
  let chosen: Commitment[];
  if (sel.id !== undefined) {
    const c = corpus.commitments.get(sel.id);
    if (!c) {
      const invalid = corpus.idsOfInvalid.get('commitment')?.has(sel.id);
      throw new UsageError(invalid ? `Commitment \`${sel.id}\` fails the schema; run plan lint.` : `Unknown commitment \`${sel.id}\`.`, 'A commitment id is <ISO3>/<subject>, e.g. MEX/national-authority.');
    }
    if (c.fm.instrument || !c.fm.answers?.length) throw new UsageError(`${sel.id} is about an instrument: it answers no paragraph's words, so there is nothing to confirm.`);
    chosen = [c];
  } else chosen = [...(corpus.commitmentsByState.get(sel.state!) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  const confirmations: Confirmation[] = [];
  const files: PlannedWrite[] = [];
  for (const c of chosen) {
    const n = needs(corpus, c);
    if (!n) continue;
    confirmations.push(n);
    files.push({ path: c.file.path, data: confirmedText(corpus, c) });
  }
  return { confirmations, files };
}
