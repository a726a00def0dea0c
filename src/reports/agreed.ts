/**
 * A document's share of agreed text: words outside negotiation brackets among
 * the words of its negotiated paragraphs (cover, closing and introduction
 * paragraphs are apparatus, not negotiated), with its open brackets and
 * options — "92% agreed, 7 brackets open, 2 options". Shown by `plan show
 * <document>` and in the title block of `plan render`.
 */
import type { Corpus } from '../model/model.js';
import { agreedShare, describeShare, isNegotiated, type AgreedShare } from '../text/brackets.js';

export type { AgreedShare } from '../text/brackets.js';

/** The agreed share of a document of the corpus (all agreed when it has no paragraphs). */
export function documentShare(corpus: Corpus, docId: string): AgreedShare {
  const paras = corpus.paragraphsByDocument.get(docId) ?? [];
  return agreedShare(paras.filter((p) => isNegotiated(p.fm.type)).map((p) => p.file.body));
}

/** "92% agreed, 7 brackets open, 2 options", or undefined when nothing is bracketed. */
export function openShareLine(corpus: Corpus, docId: string): string | undefined {
  const s = documentShare(corpus, docId);
  return s.brackets > 0 ? describeShare(s) : undefined;
}

export { describeShare };
