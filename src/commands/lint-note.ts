/**
 * Reports (gaps, xref, show, search, report) run on a corpus with lint errors
 * and say so on stderr in one line, counted the same way by every command.
 */
import type { Io } from '../cli/io.js';
import type { Corpus } from '../model/model.js';
import { lint, prepareLint } from '../lint/engine.js';
import { loadBaseline } from '../lint/suppress.js';

/**
 * Up to this many files the lint note counts every lint error (a full lint
 * run, about 0.1 s per 300 files); above it, only files that fail to load or
 * fail the schema, which the loader has already found, so a report on a large
 * corpus does not pay for a second pass.
 */
export const FULL_LINT_NOTE_MAX_FILES = 2000;

/** The one-line stderr note on a corpus with errors, or '' when clean. */
export async function lintNote(corpus: Corpus, today: string): Promise<string> {
  if (corpus.files.length <= FULL_LINT_NOTE_MAX_FILES) {
    let baseline: ReturnType<typeof loadBaseline> | undefined;
    try {
      baseline = loadBaseline(corpus.root);
    } catch {
      baseline = undefined;
    }
    await prepareLint(corpus);
    const n = lint(corpus, { today, ...(baseline ? { baseline } : {}) }).errorCount;
    return n ? `plan: note: the corpus has ${n} lint error${n === 1 ? '' : 's'}; run plan lint\n` : '';
  }
  const n = corpus.files.filter((f) => f.kind === 'unknown' || f.problems.length > 0 || (f.schemaErrors?.length ?? 0) > 0).length;
  return n ? `plan: note: ${n} file${n === 1 ? '' : 's'} fail${n === 1 ? 's' : ''} to load or fail${n === 1 ? 's' : ''} the schema and ${n === 1 ? 'is' : 'are'} left out; run plan lint\n` : '';
}

/** Writes the note (nothing when the corpus is clean). */
export async function noteLintErrors(corpus: Corpus, today: string, io: Io): Promise<void> {
  io.stderr.write(await lintNote(corpus, today));
}
