import type { Corpus } from '../corpus/model.js';
import type { SourceFile } from '../corpus/source-file.js';
import type { YamlPath } from '../corpus/locate.js';
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
}

/** A lint rule: a plain object. No I/O in rules. */
export interface Rule {
  /** kebab-case, same as its file name. */
  id: string;
  /** One line. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** file: called once per parsed file; corpus: once per run. */
  scope: 'file' | 'corpus';
  check(ctx: RuleContext, file: SourceFile): void;
}

/** A corpus-scoped rule (its `file` argument is unused). */
export type CorpusRule = Rule & { scope: 'corpus' };
