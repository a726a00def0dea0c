import type { Corpus } from '../model/model.js';
import type { SourceFile } from '../model/source-file.js';

/** Is the file part of a working draft (the only texts --fix may touch)? */
export function isWorkingDraft(corpus: Corpus, file: SourceFile): boolean {
  const docId = file.kind === 'paragraph' ? file.pathId.split('/')[0] : file.kind === 'document' ? file.pathId : undefined;
  return Boolean(docId && corpus.documents.get(docId)?.fm.status === 'working-draft');
}
