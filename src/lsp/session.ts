import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findConfig } from '../model/find.js';
import { loadConfig, loadCorpus } from '../model/load.js';
import type { Corpus } from '../model/model.js';
import type { Diagnostic } from '../diagnostics.js';
import { isWorkingDraft } from '../lint/fix.js';
import { RULE_IDS } from '../rules/index.js';
import { lintText as lintTextIn } from '../lint/with-text.js';

/** What the language server knows of one corpus: the saved files, read once and again on save. */
export interface CorpusSession {
  root: string;
  corpus: Corpus;
}

/** The corpus folder a file belongs to: the nearest ancestor that holds a `documents/` folder. */
export function corpusRootOf(path: string): string | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'documents')) && statSync(join(dir, 'documents')).isDirectory()) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads (or reads again) the saved corpus at `root`. */
export function openCorpus(root: string): CorpusSession {
  return { root, corpus: loadCorpus(root, loadConfig(root, RULE_IDS, findConfig(root, root))) };
}

/** The findings on an open document's text (unsaved edits included), and the corpus they were found in. */
export interface TextLint {
  corpus: Corpus;
  path: string;
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Lints `text` as the file at `path` against the saved corpus, exactly as `plan lint --stdin
 * --stdin-filename <path>` does: the same rules, configuration, baseline and suppressions.
 */
export async function lintText(s: CorpusSession, path: string, text: string, today: string): Promise<TextLint> {
  const { corpus, path: abs, result } = await lintTextIn(s.corpus, path, text, { today });
  const file = result.results.find((r) => r.filePath === abs);
  const normalised = corpus.files.find((f) => f.path === abs)?.text ?? text;
  return { corpus, path: abs, text: normalised, diagnostics: file ? [...file.messages] : [] };
}

/** The safe fixes for the linted text, each with the finding it repairs: as `plan lint --fix`, only in working drafts. */
export function fixesOf(t: TextLint): Array<{ diagnostic: Diagnostic; range: [number, number]; text: string }> {
  const file = t.corpus.files.find((f) => f.path === t.path);
  if (!file || !isWorkingDraft(t.corpus, file)) return [];
  return t.diagnostics.filter((d) => d.fix).map((d) => ({ diagnostic: d, range: d.fix!.range, text: d.fix!.text }));
}
