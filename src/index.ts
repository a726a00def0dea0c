/**
 * The library API of `plan`: the same functions the commands use, returning the JSON shapes of
 * the contracts (the design README). The CLI is a thin layer over these.
 *
 * ```ts
 * import { loadCorpus, lint, gaps, xref, render, diff } from 'plan';
 * const corpus = loadCorpus('corpus');
 * const results = await lint(corpus);                  // ESLint's JSON shape
 * const mex = await gaps(corpus, { state: 'México' });   // plan gaps --state MEX --format json
 * ```
 *
 * User mistakes (an unknown state, a bad configuration) throw `UsageError`, whose message is
 * the one line the CLI prints.
 */
import { resolve } from 'node:path';
import { findConfig, findCorpus } from './model/find.js';
import { loadConfig, loadCorpus as loadCorpusAt } from './model/load.js';
import type { Corpus } from './model/model.js';
import type { Severity } from './diagnostics.js';
import { eslintResults, type EslintFileResult } from './formatters/lint/json.js';
import { gapsJsonValue } from './formatters/gaps/json.js';
import { jsonValue as xrefJsonValue } from './formatters/xref/view.js';
import { lint as lintCorpus, prepareLint } from './lint/engine.js';
import { lintText } from './lint/with-text.js';
import { RULE_IDS, RULE_METAS } from './rules/index.js';
import { diffLineage, diffSince, type DiffReport } from './reports/diff/index.js';
import { diffJsonValue } from './reports/diff/format-json.js';
import { gapsView, type GapsSpec } from './reports/gaps/view.js';
import { buildRenderModel } from './reports/render/model.js';
import { xrefView, type XrefSpec } from './reports/xref/views.js';
import { loadBaseline } from './lint/suppress.js';

export { UsageError, WriteError, type UsageCode } from './errors.js';
export type { Corpus } from './model/model.js';
export type { EslintFileResult } from './formatters/lint/json.js';
export type { GapsSpec } from './reports/gaps/view.js';
export type { XrefSpec } from './reports/xref/views.js';

/** Today's date in UTC, as the CLI's default (`--today` and PLAN_TODAY are the CLI's). */
const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export interface LoadOptions {
  /** Where to look from when `dir` is not given (default: the process's current folder). */
  cwd?: string;
  /** A configuration file instead of the one found (as `--config`). */
  config?: string;
}

/**
 * Reads a corpus: `dir`, else `./corpus` or the nearest ancestor holding `corpus/documents/`,
 * with the configuration found as the CLI finds it. Never throws on a bad file (each becomes
 * a lint finding); throws UsageError when `dir` is not a corpus or the configuration is bad.
 */
export function loadCorpus(dir?: string, opts: LoadOptions = {}): Corpus {
  const cwd = opts.cwd ?? process.cwd();
  const root = findCorpus(cwd, dir);
  return loadCorpusAt(root, loadConfig(root, RULE_IDS, findConfig(cwd, root, opts.config)));
}

export interface LintOptions {
  today?: string;
  /** Severity overrides by rule id (as `--rule id=severity`). */
  rules?: Record<string, Severity | 'off'>;
  /** Report on these files only (paths; references still resolve against the whole corpus). */
  files?: string[];
  /** Lint this text as the file at `path` (an editor's buffer), against the saved corpus. */
  text?: { path: string; content: string };
}

/** `plan lint --format json`: ESLint's shape, one entry per file checked. */
export async function lint(corpus: Corpus, opts: LintOptions = {}): Promise<EslintFileResult[]> {
  const today = opts.today ?? todayUtc();
  const severities = opts.rules ?? {};
  if (opts.text) return eslintResults((await lintText(corpus, resolve(corpus.root, opts.text.path), opts.text.content, { today, severities })).result);
  const only = opts.files ? new Set(opts.files.map((f) => resolve(corpus.root, f))) : undefined;
  await prepareLint(corpus, { severities, ...(only ? { only } : {}) });
  return eslintResults(lintCorpus(corpus, { today, severities, baseline: loadBaseline(corpus.root), ...(only ? { only } : {}) }));
}

/** `plan gaps --format json`: one of `state`, `all` or `instrument` (names and aliases resolve as on the command line). */
export async function gaps(corpus: Corpus, spec: Omit<GapsSpec, 'today'> & { today?: string }): Promise<unknown> {
  return gapsJsonValue(await gapsView(corpus, { ...spec, today: spec.today ?? todayUtc() }));
}

/** `plan xref --format json`: every instrument's citations and the lineage, or one view of `spec`. */
export function xref(corpus: Corpus, spec: XrefSpec = {}): unknown {
  return xrefJsonValue(xrefView(corpus, spec));
}

export type RenderFormat = 'markdown' | 'html' | 'text' | 'docx';

/** `plan render <document>`: text for markdown, html and text; the bytes of a Word file for docx. */
export async function render(corpus: Corpus, document: string, format: RenderFormat = 'markdown'): Promise<string | Uint8Array> {
  const model = buildRenderModel(corpus, document);
  switch (format) {
    case 'html': return (await import('./reports/render/html.js')).renderHtml(model);
    case 'text': return (await import('./reports/render/text.js')).renderText(model);
    case 'docx': return (await import('./reports/render/docx.js')).renderDocx(model);
    default: return (await import('./reports/render/markdown.js')).renderMarkdown(model);
  }
}

/**
 * `plan diff --format json`: the later text `to` against the earlier `from` along lineage; or,
 * with `since` (a git revision), the document `from` against itself at that revision.
 */
export async function diff(corpus: Corpus, from: string, to: string | { since: string }): Promise<unknown> {
  let report: DiffReport;
  if (typeof to === 'string') report = diffLineage({ corpus, from, to });
  else {
    const { loadCorpusAtRevision } = await import('./model/at-revision.js');
    const mine = (p: string) => p.startsWith('documents/') || p.startsWith(`paragraphs/${from}/`);
    const then = loadCorpusAtRevision(corpus.root, to.since, corpus.config, mine);
    report = diffSince({ now: corpus, then: then.corpus, document: from, revision: to.since });
  }
  return diffJsonValue(report);
}

/** The rules: id, default severity, description (as `plan lint --list-rules`). */
export const rules: ReadonlyArray<{ id: string; severity: Severity; description: string }> = RULE_METAS.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));

