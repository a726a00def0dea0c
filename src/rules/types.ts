import type { Corpus } from '../model/model.js';
import type { SourceFile } from '../model/source-file.js';
import type { YamlPath } from '../model/locate.js';
import type { Fix, RelatedLocation, Severity } from '../diagnostics.js';

/** Where a finding is: a front-matter node, a body range, or a position. */
export type Where =
  | { path: YamlPath; key?: boolean }
  | { body: [number, number] }
  | { line: number; column: number; endLine?: number; endColumn?: number };

export interface ReportExtras {
  related?: RelatedLocation[];
  fix?: Fix;
}

export interface RuleContext {
  corpus: Corpus;
  /** "Today" (YYYY-MM-DD), pinned by --today or PLAN_TODAY for reproducible runs. */
  today: string;
  report(file: SourceFile, where: Where, message: string, extras?: ReportExtras): void;
  /** Informational notes, shown under the summary (not diagnostics). */
  note(message: string): void;
  /**
   * Is this file reported on in this run? (All are, unless the run is for some files only:
   * `plan lint <path>`, `--changed`, or `--cache` relinting what a change can affect.) Findings
   * on other files are dropped anyway; a rule checks this to skip work, never to change what it
   * finds on a wanted file.
   */
  wanted(file: SourceFile): boolean;
}

/** A lint rule of the old `check()` shape, while the rules move to defineRule (src/rules/define.ts). */
export interface LegacyRule {
  /** kebab-case, same as its file name. */
  id: string;
  /** One line. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** file: called once per parsed file; corpus: once per run. */
  scope: 'file' | 'corpus';
  /**
   * What a finding of this rule on a file can depend on, for `plan lint --cache` after an edit
   * to a paragraph's body alone (src/lint/cached.ts):
   * - 'front-matter': the file's front matter and read problems, what other files show of
   *   themselves (kind, ids, validity, document, number, position, obligation, lineage) and
   *   the documents, instruments, bodies and states — never a body. Its findings on the edited
   *   paragraph are kept.
   * - 'document': also bodies, but only of paragraphs of the same document (besides the
   *   documents, instruments, bodies and states); never a commitment or another document's
   *   paragraph; and it never calls `note`. It runs again on a model of that document alone.
   * Unset: a body edit gets no shortcut (every rule runs against the whole corpus).
   */
  reads?: 'front-matter' | 'document';
  check(ctx: RuleContext, file: SourceFile): void;
  /** Does checking this file need its Markdown syntax tree? (The parser is loaded only then.) */
  needsMarkdown?(file: SourceFile): boolean;
}

/** A corpus-scoped rule (its `file` argument is unused). */
export type CorpusRule = LegacyRule & { scope: 'corpus' };
