import { locate } from '../model/locate.js';
import { loadMarkdown, markdownLoaded } from '../model/markdown.js';
import type { Corpus } from '../model/model.js';
import { bodyOffsetToPos, LIMITS, type SourceFile } from '../model/source-file.js';
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics.js';
import { fileResult, lintResult, type FileResult, type LintResult } from './result.js';

export type { FileResult, LintResult } from './result.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import { unusedSuppression } from '../rules/unused-suppression/index.js';
import { isWorkingDraft } from './working-draft.js';
import { diskFix } from './disk-fix.js';
import { printable } from '../util/text.js';
import { applySuppressions, BASELINE_FILE, parseDirectives, type BaselineEntry, type Directive } from './suppress.js';
import type { DocumentGroup, Rule, RuleContext, RuleHooks, Where } from '../rules/define.js';

export interface LintOptions {
  /** Recorded findings (plan.baseline.yaml) and their file's path; default: none. */
  baseline?: { path: string; entries: BaselineEntry[] };
  /** Report on these files only (absolute paths); references still resolve against the whole corpus. */
  only?: ReadonlySet<string>;
  today: string;
  /** Severity overrides by rule id (the config's, then the command line's). */
  severities?: Record<string, Severity | 'off'>;
  rules?: readonly Rule[];
  /** Report suppressions that matched nothing (default: when every rule runs, `rules` unset). */
  unused?: boolean;
  /**
   * Findings of rules not run this time, by file path, taken as found again (before
   * suppressions, which are applied anew): `plan lint --cache` keeps a file's front-matter
   * findings after an edit to its body.
   */
  carry?: ReadonlyMap<string, readonly Diagnostic[]>;
}

/**
 * Loads what the rules of a run need and load lazily (the Markdown parser, when a file to be
 * linted needs its syntax tree). Call before lint().
 */
export async function prepareLint(corpus: Corpus, opts: Pick<LintOptions, 'only' | 'rules' | 'severities'> = {}): Promise<void> {
  if (markdownLoaded()) return;
  const sev = { ...corpus.config.rules, ...(opts.severities ?? {}) };
  const rules = (opts.rules ?? RULES).filter((r) => r.needsMarkdown && (sev[r.meta.id] ?? r.meta.severity) !== 'off');
  if (!rules.length) return;
  for (const f of corpus.files) {
    if (opts.only && !opts.only.has(f.path)) continue;
    if (rules.some((r) => r.needsMarkdown!(f))) return loadMarkdown();
  }
}

/**
 * Runs every enabled rule over the corpus and returns diagnostics per file, sorted: the model is
 * walked once, each rule's hooks called for the files reported on, findings capped per file and
 * rule, then suppressions applied and the unused ones reported. A hook that throws becomes an
 * `internal-error` diagnostic on the file it was called for; the run goes on.
 */
export function lint(corpus: Corpus, opts: LintOptions): LintResult {
  const rules = opts.rules ?? RULES;
  const sev = { ...corpus.config.rules, ...(opts.severities ?? {}) };
  const byFile = new Map<SourceFile, Diagnostic[]>();
  const notes: string[] = [];
  /** Counted notes by file: text → count. */
  const counted = new Map<SourceFile, Record<string, number>>();
  const wantedFiles = opts.only ? new Set(corpus.files.filter((f) => opts.only!.has(f.path))) : undefined;
  const wanted = (f: SourceFile | undefined) => f !== undefined && (!wantedFiles || wantedFiles.has(f));
  const listed = wantedFiles ? [...wantedFiles] : corpus.files;
  /** Rules that reached the per-file cap: file, rule, severity, how many more (known at the end). */
  const capped: Array<[SourceFile, string, Severity, () => number]> = [];

  const enabled = rules.flatMap((rule) => {
    const s = sev[rule.meta.id] ?? rule.meta.severity;
    return s === 'off' ? [] : [{ rule, hooks: create(rule, s) }];
  });
  walk(corpus, wanted, listed, enabled, byFile);
  for (const { rule, hooks } of enabled) call(hooks.end, undefined, corpus.files[0], rule, byFile);
  for (const [file, ruleId, s, more] of capped) {
    add(byFile, file, { file: file.path, ruleId, severity: s, message: `… and ${more()} more ${ruleId} problems in this file (output capped at ${LIMITS.messagesPerFile}).`, line: 1, column: 1 });
  }

  const byPath = new Map(corpus.files.map((f) => [f.path, f] as const));
  carryOver(opts.carry, byPath, wanted, byFile);
  const unusedSev = unusedSeverity(opts.unused ?? !opts.rules, sev);
  const ran = new Set(enabled.map((e) => e.rule.meta.id));
  if (unusedSev !== 'off') ran.add(unusedSuppression.id);
  const extra = suppress(byPath, opts, listed, byFile, ran, sev, unusedSev);

  const results: FileResult[] = extra ? [extra] : [];
  for (const f of corpus.files) {
    if (!wanted(f)) continue;
    const all = (byFile.get(f) ?? []).sort(compareDiagnostics);
    results.push(fileResult(f.path, f.rel, all.filter((d) => !d.suppressed), all.filter((d) => d.suppressed), counted.get(f)));
  }
  return lintResult(results, [...new Set(notes)]);

  /** A rule's hooks, with a context that reports as that rule at its severity, capped per file. */
  function create(rule: Rule, severity: Severity): RuleHooks {
    const counts = new Map<SourceFile, number>();
    const ctx: RuleContext = {
      corpus,
      today: opts.today,
      note(m, about) {
        if (!about) notes.push(m);
        else if (wanted(about.file)) {
          const c = counted.get(about.file) ?? {};
          c[m] = (c[m] ?? 0) + about.count;
          counted.set(about.file, c);
        }
      },
      report(file, where, message, extras) {
        if (!wanted(file)) return;
        const n = (counts.get(file) ?? 0) + 1;
        counts.set(file, n);
        if (n === LIMITS.messagesPerFile + 1) capped.push([file, rule.meta.id, severity, () => counts.get(file)! - LIMITS.messagesPerFile]);
        if (n > LIMITS.messagesPerFile) return;
        const d: Diagnostic = { file: file.path, ruleId: rule.meta.id, severity, message: printable(message, 1000), ...position(file, where) };
        if (extras?.related) d.related = extras.related;
        // A fix is offered where --fix applies it: in working drafts.
        if (extras?.fix && isWorkingDraft(corpus, file)) {
          d.fix = extras.fix;
          d.diskFix = diskFix(file, extras.fix);
        }
        add(byFile, file, d);
      },
    };
    try {
      return rule.create(ctx);
    } catch (e) {
      const f = corpus.files[0];
      if (f) add(byFile, f, internalError(f, rule, e));
      return {};
    }
  }
}

/** Findings of rules not run this time, taken as found again on the files reported on (LintOptions.carry). */
function carryOver(carry: LintOptions['carry'], byPath: ReadonlyMap<string, SourceFile>, wanted: (f: SourceFile) => boolean, byFile: Map<SourceFile, Diagnostic[]>): void {
  for (const [path, list] of carry ?? []) {
    const file = byPath.get(path);
    if (!file || !wanted(file)) continue;
    for (const { suppressed: _, ...d } of list) add(byFile, file, d);
  }
}

type Enabled = Array<{ rule: Rule; hooks: RuleHooks }>;

/** One walk over the model: each hook for the items of the files reported on, in corpus order. */
function walk(corpus: Corpus, wanted: (f: SourceFile | undefined) => boolean, listed: readonly SourceFile[], enabled: Enabled, byFile: Map<SourceFile, Diagnostic[]>): void {
  const each = <T>(hook: keyof RuleHooks, items: Iterable<T>, fileOf: (t: T) => SourceFile | undefined, ok: (t: T) => boolean): void => {
    const withHook = enabled.filter((e) => e.hooks[hook]);
    if (!withHook.length) return;
    for (const item of items) {
      if (!ok(item)) continue;
      for (const { rule, hooks } of withHook) call(hooks[hook] as (t: T) => void, item, fileOf(item) ?? corpus.files[0], rule, byFile);
    }
  };
  each('file', listed, (f) => f, () => true);
  each('document', documentGroups(corpus), (g) => g.document?.file ?? g.paragraphs[0]?.file, (g) => wanted(g.document?.file) || g.paragraphs.some((p) => wanted(p.file)));
  each('paragraph', corpus.paragraphs.values(), (p) => p.file, (p) => wanted(p.file));
  each('instrument', corpus.instruments.values(), (i) => i.file, (i) => wanted(i.file));
  each('commitment', corpus.commitments.values(), (c) => c.file, (c) => wanted(c.file));
}

/** Every document with its paragraphs: those paragraphs name, then documents without paragraphs. */
function* documentGroups(corpus: Corpus): Iterable<DocumentGroup> {
  for (const [id, paragraphs] of corpus.paragraphsByDocument) {
    const document = corpus.documents.get(id);
    yield document ? { id, document, paragraphs } : { id, paragraphs };
  }
  for (const [id, document] of corpus.documents) if (!corpus.paragraphsByDocument.has(id)) yield { id, document, paragraphs: [] };
}

function call<T>(hook: ((t: T) => void) | undefined, item: T, file: SourceFile | undefined, rule: Rule, byFile: Map<SourceFile, Diagnostic[]>): void {
  if (!hook) return;
  try {
    hook(item);
  } catch (e) {
    if (file) add(byFile, file, internalError(file, rule, e));
  }
}

/**
 * The inline directives and the baseline applied, and what matched nothing reported as
 * unused-suppression. Returns the
 * baseline file's result, if any.
 */
function suppress(byPath: ReadonlyMap<string, SourceFile>, opts: LintOptions, listed: readonly SourceFile[], byFile: Map<SourceFile, Diagnostic[]>, ran: ReadonlySet<string>, sev: Record<string, Severity | 'off'>, unusedSev: Severity | 'off'): FileResult | undefined {
  const directives = new Map<SourceFile, Directive[]>();
  for (const f of listed) { const d = parseDirectives(f); if (d.length) directives.set(f, d); }
  const entries = opts.baseline?.entries ?? [];
  // A rule switched off (or not run) leaves its baseline entries alone: taken as used, never "unused".
  for (const e of entries) e.used = RULE_IDS.has(e.rule) && !ran.has(e.rule);
  applySuppressions([...byFile.values()].flat(), byPath, directives, entries);
  if (unusedSev === 'off') return undefined;
  for (const [f, list] of directives) {
    for (const d of list) {
      for (const r of d.rules) {
        if (d.used.has(r) || sev[r] === 'off') continue;
        const message = RULE_IDS.has(r)
          ? `Suppression of \`${r}\` matches no finding on the next line; remove it.`
          : `Suppression names an unknown rule \`${printable(r)}\`.`;
        add(byFile, f, { file: f.path, ruleId: unusedSuppression.id, severity: unusedSev, message, line: d.line, column: d.column });
      }
      if (!d.reason) add(byFile, f, { file: f.path, ruleId: unusedSuppression.id, severity: unusedSev, message: 'A suppression needs a reason: `-- why this finding stands`.', line: d.line, column: d.column });
    }
  }
  const onlyRels = opts.only ? new Set([...opts.only].map((p) => byPath.get(p)?.rel)) : undefined;
  const unused = entries.filter((e) => !e.used && (!onlyRels || onlyRels.has(e.file)));
  return opts.baseline && baselineResult(opts.baseline.path, unused, unusedSev);
}

/**
 * A whole-corpus result cut down to some files, as a run for those files only gives it: their
 * results, and the baseline entries about them that matched nothing.
 */
export function restrict(r: LintResult, only: ReadonlySet<string>, baseline: { path: string; entries: readonly BaselineEntry[] }): LintResult {
  const rels = new Set(r.results.filter((f) => only.has(f.filePath)).map((f) => f.rel));
  const fileAt = new Map(baseline.entries.map((e) => [e.line, e.file]));
  const results: FileResult[] = [];
  for (const f of r.results) {
    if (only.has(f.filePath)) results.push(f);
    else if (f.filePath === baseline.path) {
      const messages = f.messages.filter((m) => rels.has(fileAt.get(m.line) ?? ''));
      if (messages.length) results.push(fileResult(f.filePath, f.rel, messages, f.suppressedMessages));
    }
  }
  return lintResult(results, r.generalNotes);
}

/** The severity of unused suppressions in a run that reports them (`report`) with these overrides. */
export function unusedSeverity(report: boolean, sev: Record<string, Severity | 'off'>): Severity | 'off' {
  return report ? (sev[unusedSuppression.id] ?? unusedSuppression.severity) : 'off';
}

/** The baseline file's result: one finding per entry that matched nothing (none: undefined). */
export function baselineResult(path: string, unused: readonly BaselineEntry[], severity: Severity): FileResult | undefined {
  if (!unused.length) return undefined;
  const messages = unused.map((e): Diagnostic => ({ file: path, ruleId: 'unused-suppression', severity, line: e.line, column: 1, message: `Baseline entry for ${printable(e.file)} (${e.rule}) matches no finding any more; remove it (plan lint --update-baseline).` }));
  return fileResult(path, BASELINE_FILE, messages, []);
}

function add(m: Map<SourceFile, Diagnostic[]>, f: SourceFile, d: Diagnostic): void {
  const a = m.get(f);
  if (a) a.push(d);
  else m.set(f, [d]);
}

function position(file: SourceFile, where: Where): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  let p: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;
  if ('path' in where) p = locate(file, where.path, { key: where.key });
  else if ('body' in where) {
    const a = bodyOffsetToPos(file, where.body[0]);
    const b = bodyOffsetToPos(file, where.body[1]);
    p = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  } else p = { line: where.line, column: where.column, endLine: where.endLine, endColumn: where.endColumn };
  const out: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> = { line: p.line, column: p.column };
  if (p.endLine !== undefined) out.endLine = p.endLine;
  if (p.endColumn !== undefined) out.endColumn = p.endColumn;
  return out;
}

function internalError(file: SourceFile, rule: Rule, e: unknown): Diagnostic {
  const err = e as Error;
  return {
    file: file.path, ruleId: 'internal-error', severity: 'error', line: 1, column: 1,
    message: `Rule ${rule.meta.id} failed on this file (a bug in plan, please report it): ${err?.message ?? String(e)}`,
  };
}
