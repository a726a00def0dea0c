/**
 * The rule API: a rule is `defineRule({ meta, create })`, one folder under src/rules/ and one
 * line in src/rules/index.ts. `create(context)` returns the hooks the engine calls while it walks
 * the model once (src/lint/engine.ts): only for the files a run reports on, with findings capped
 * per file and suppressions applied after every rule has run. A rule does no I/O.
 */
import type { YamlPath } from '../model/locate.js';
import type { Commitment, Corpus, Document, Instrument, Paragraph } from '../model/model.js';
import type { SourceFile } from '../model/source-file.js';
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

/** What a rule's hooks see: the whole model (references resolve against every file) and a way to report. */
export interface RuleContext {
  readonly corpus: Corpus;
  /** "Today" (YYYY-MM-DD), pinned by --today or PLAN_TODAY for reproducible runs. */
  readonly today: string;
  /** A finding on `file` (dropped when the run does not report on that file). */
  report(file: SourceFile, where: Where, message: string, extras?: ReportExtras): void;
  /**
   * An informational note, shown under the summary (not a diagnostic). With `about`, a counted
   * note tied to a file: the run shows `message` once, its `{n}` the sum of the counts of the
   * files it reports on (so that `plan lint <path>` and `--cache` say it of those files only).
   */
  note(message: string, about?: { file: SourceFile; count: number }): void;
}

/** A document as the `document` hook receives it: its paragraphs, and its file when it exists. */
export interface DocumentGroup {
  id: string;
  /** Absent when paragraphs name a document that has no file (known-document reports it). */
  document?: Document;
  /** In reading order. */
  paragraphs: readonly Paragraph[];
}

/**
 * The hooks a rule returns. The engine calls each for the items of the files the run reports on
 * (all, unless `plan lint <path>`, `--changed` or `--cache` narrows it), then `end` once.
 */
export interface RuleHooks {
  /** Every file, parsed or not (read problems, YAML, schema). */
  file?(file: SourceFile): void;
  /** A document whose file or any of whose paragraphs is reported on. */
  document?(group: DocumentGroup): void;
  paragraph?(paragraph: Paragraph): void;
  instrument?(instrument: Instrument): void;
  commitment?(commitment: Commitment): void;
  /** Once, after the walk: checks over the whole corpus (cycles, duplicates). */
  end?(): void;
}

/** One change to a file of the example corpus (`docs/rules.md` says which files it holds). */
export interface ExampleChange {
  /** The file's path in the corpus, e.g. `paragraphs/draft/1.md`. */
  file: string;
  /** Its new body: the text after the front matter. */
  body?: string;
  /** Replacements in its text, in order: `[old, new]`; the old text must be there. */
  replace?: Array<[string, string]>;
}

/** A case shown in docs/rules.md and run as a test (tests/rules/examples.test.ts). */
export interface RuleExample {
  /** What it shows, one line. */
  title: string;
  changes: ExampleChange[];
  /** Fragments of the rule's messages, one per finding in order; empty: it reports nothing. */
  reports: string[];
}

export interface RuleMeta {
  /** kebab-case, the name of the rule's folder. */
  id: string;
  /** One paragraph: what the rule asks of the corpus. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** Offers fixes `plan lint --fix` applies (in working drafts). */
  fixable?: boolean;
  /** More for docs/rules.md: why, and what is left out (Markdown). */
  docs?: string;
  /**
   * What a finding on a file can depend on, for `plan lint --cache` after an edit to a
   * paragraph's body alone (src/lint/cached.ts):
   * - 'front-matter': the file's front matter and read problems, what other files show of
   *   themselves (kind, ids, validity, document, number, position, obligation, lineage) and
   *   the documents, instruments, bodies and states — never a body. Its findings on the edited
   *   paragraph are kept.
   * - 'document': also bodies, but only of paragraphs of the same document (besides the
   *   documents, instruments, bodies and states); never a commitment or another document's
   *   paragraph; and it never calls `note`. It runs again on a model of that document alone.
   * tests/rules/reads.test.ts holds every rule to what it declares.
   */
  reads: 'front-matter' | 'document';
  /** At least one case reporting something and one reporting nothing. */
  examples: RuleExample[];
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleHooks;
  /** Does checking this file need its Markdown syntax tree? (The parser is loaded only then.) */
  needsMarkdown?(file: SourceFile): boolean;
}

/** A rule, checked as it is defined: a kebab-case id, a description, examples of both kinds. */
export function defineRule(rule: Rule): Rule {
  const { id, description, examples } = rule.meta;
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`rule id \`${id}\` is not kebab-case`);
  if (description.trim().length < 10) throw new Error(`rule ${id}: a description of what it asks`);
  if (!examples.some((e) => e.reports.length) || !examples.some((e) => !e.reports.length)) {
    throw new Error(`rule ${id}: examples of a finding and of none`);
  }
  return rule;
}
