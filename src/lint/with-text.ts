import { realpathSync } from 'node:fs';
import { dirname, basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { assembleCorpus } from '../model/load.js';
import type { Corpus } from '../model/model.js';
import { readSource } from '../model/source-file.js';
import { classifyPath } from '../model/walk.js';
import { UsageError } from '../errors.js';
import type { Severity } from '../diagnostics.js';
import { lint, prepareLint } from './engine.js';
import type { LintResult } from './result.js';
import { loadBaseline } from './suppress.js';

/**
 * The corpus as it would be if the file at `path` held `text` (an editor's unsaved buffer,
 * `plan lint --stdin`): the saved corpus with that one file replaced, or added when it is new.
 * Every other file is the one already read; the model and its indexes are built again, so
 * references to and from the text resolve as they would once it is saved. Returns the new
 * corpus and the file's absolute path (the one to lint).
 */
export function withText(corpus: Corpus, path: string, text: string | Uint8Array): { corpus: Corpus; path: string } {
  const abs = real(isAbsolute(path) ? path : resolve(corpus.root, path));
  const rel = relative(real(corpus.root), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(`${path} is not inside the corpus (${corpus.root}).`, 'Give the path the text would have in the corpus, e.g. corpus/paragraphs/<document>/<number>.md.');
  }
  const relPosix = sep === '/' ? rel : rel.split(sep).join('/');
  const { kind, pathId } = classifyPath(relPosix);
  const file = readSource(abs, relPosix, kind, pathId, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  const files = corpus.files.filter((f) => f.path !== abs);
  files.push(file);
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { corpus: assembleCorpus(corpus.root, corpus.config, files), path: abs };
}

/** The real path of `p`, or of its folder when the file does not exist yet (the walk uses real paths). */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return p;
    }
  }
}

/**
 * Lints `text` as the file at `path` against the saved corpus, with the corpus's configuration,
 * baseline and suppressions: what `plan lint --stdin`, the language server and the library's
 * lint({text}) answer. Returns the corpus with the text in it, the file's absolute path and the
 * result (that file only).
 */
export async function lintText(saved: Corpus, path: string, text: string | Uint8Array, o: { today: string; severities?: Record<string, Severity | 'off'> }): Promise<{ corpus: Corpus; path: string; result: LintResult }> {
  const { corpus, path: abs } = withText(saved, path, text);
  const only = new Set([abs]);
  const severities = o.severities ?? {};
  await prepareLint(corpus, { severities, only });
  return { corpus, path: abs, result: lint(corpus, { today: o.today, severities, baseline: loadBaseline(corpus.root), only }) };
}
