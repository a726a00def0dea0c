import { locate } from '../model/locate.js';
import { loadMarkdown, markdownLoaded } from '../model/markdown.js';
import type { Corpus } from '../model/model.js';
import { bodyOffsetToPos, LIMITS, type SourceFile } from '../model/source-file.js';
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics.js';
import { fileResult, lintResult, type FileResult, type LintResult } from './result.js';

export type { FileResult, LintResult } from './result.js';
import { RULES } from '../rules/index.js';
import { isWorkingDraft } from './working-draft.js';
import { diskFix } from './disk-fix.js';
import { printable } from '../util/text.js';
import { applySuppressions, BASELINE_FILE, parseDirectives, type BaselineEntry, type Directive } from './suppress.js';
import type { Rule, RuleContext, Where } from '../rules/types.js';

export interface LintOptions {
  /** Recorded findings (plan.baseline.yaml) and their file's path; default: none. */
  baseline?: { path: string; entries: BaselineEntry[] };
  /** Report on these files only (absolute paths); references still resolve against the whole corpus. */
  only?: ReadonlySet<string>;
  today: string;
  /** Severity overrides by rule id (the config's, then the command line's). */
  severities?: Record<string, Severity | 'off'>;
  rules?: readonly Rule[];
  /**
   * Findings of rules not run this time, by file path, taken as found again (before
   * suppressions, which are applied anew): `plan lint --cache` keeps a file's front-matter
   * findings after an edit to its body.
   */
  carry?: ReadonlyMap<string, readonly Diagnostic[]>;
}

export { ruleDocs } from '../rules/docs.js';

/**
 * Loads what the rules of a run need and load lazily (the Markdown parser, when a file to be
 * linted needs its syntax tree). Call before lint().
 */
export async function prepareLint(corpus: Corpus, opts: Pick<LintOptions, 'only' | 'rules' | 'severities'> = {}): Promise<void> {
  if (markdownLoaded()) return;
  const sev = { ...corpus.config.rules, ...(opts.severities ?? {}) };
  const rules = (opts.rules ?? RULES).filter((r) => r.needsMarkdown && (sev[r.id] ?? r.severity) !== 'off');
  if (!rules.length) return;
  for (const f of corpus.files) {
    if (opts.only && !opts.only.has(f.path)) continue;
    if (rules.some((r) => r.needsMarkdown!(f))) return loadMarkdown();
  }
}

/**
 * Runs every enabled rule over the corpus and returns diagnostics per file,
 * sorted. A rule that throws becomes an `internal-error` diagnostic; the run
 * goes on.
 */
export function lint(corpus: Corpus, opts: LintOptions): LintResult {
  const rules = opts.rules ?? RULES;
  const sev = { ...corpus.config.rules, ...(opts.severities ?? {}) };
  const byFile = new Map<SourceFile, Diagnostic[]>();
  const counts = new Map<string, number>();
  const notes: string[] = [];
  const wantedFiles = opts.only ? new Set(corpus.files.filter((f) => opts.only!.has(f.path))) : undefined;
  const wanted = (f: SourceFile) => !wantedFiles || wantedFiles.has(f);
  const listed = wantedFiles ? [...wantedFiles] : corpus.files;
  let current: Rule = rules[0]!;
  let severity: Severity = 'error';

  const ctx: RuleContext = {
    corpus,
    today: opts.today,
    note: (m) => notes.push(m),
    wanted,
    report(file, where, message, extras) {
      if (!wanted(file)) return;
      const key = `${file.path}\u0000${current.id}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > LIMITS.messagesPerFile) return;
      const d: Diagnostic = { file: file.path, ruleId: current.id, severity, message: printable(message, 1000), ...position(file, where) };
      if (extras?.related) d.related = extras.related;
      // A fix is offered where --fix applies it: in working drafts.
      if (extras?.fix && isWorkingDraft(corpus, file)) {
        d.fix = extras.fix;
        d.diskFix = diskFix(file, extras.fix);
      }
      add(byFile, file, d);
    },
  };

  for (const rule of rules) {
    const s = sev[rule.id] ?? rule.severity;
    if (s === 'off') continue;
    current = rule;
    severity = s;
    const run = (file: SourceFile) => {
      try {
        rule.check(ctx, file);
      } catch (e) {
        add(byFile, file, internalError(file, rule, e));
      }
    };
    if (rule.scope === 'file') {
      for (const f of listed) run(f);
    } else {
      try {
        rule.check(ctx, corpus.files[0]!);
      } catch (e) {
        const f = corpus.files[0];
        if (f) add(byFile, f, internalError(f, rule, e));
      }
    }
  }
  // "and N more" for rules that hit the per-file cap.
  for (const [key, n] of counts) {
    if (n <= LIMITS.messagesPerFile) continue;
    const [path, ruleId] = key.split('\u0000') as [string, string];
    const file = corpus.files.find((f) => f.path === path)!;
    const s = sev[ruleId] ?? rules.find((r) => r.id === ruleId)!.severity;
    add(byFile, file, { file: path, ruleId, severity: s as Severity, message: `… and ${n - LIMITS.messagesPerFile} more ${ruleId} problems in this file (output capped at ${LIMITS.messagesPerFile}).`, line: 1, column: 1 });
  }

  for (const [path, list] of opts.carry ?? []) {
    const file = corpus.files.find((f) => f.path === path);
    if (!file || !wanted(file)) continue;
    for (const { suppressed: _, ...d } of list) add(byFile, file, d);
  }

  // Suppressions: inline directives and the baseline.
  const directives = new Map<SourceFile, Directive[]>();
  for (const f of listed) { const d = parseDirectives(f); if (d.length) directives.set(f, d); }
  const byPath = new Map(corpus.files.map((f) => [f.path, f] as const));
  const entries = opts.baseline?.entries ?? [];
  // A rule switched off (or not run) leaves its baseline entries alone: taken as used, never "unused".
  const ran = new Set(rules.filter((r) => (sev[r.id] ?? r.severity) !== 'off').map((r) => r.id));
  for (const e of entries) e.used = RULES.some((r) => r.id === e.rule) && !ran.has(e.rule);
  applySuppressions([...byFile.values()].flat(), byPath, directives, entries);
  const unusedSev = unusedSeverity(rules, sev);
  const extra: FileResult[] = [];
  if (unusedSev !== 'off') {
    const known = new Set(rules.map((r) => r.id));
    for (const [f, list] of directives) {
      for (const d of list) {
        for (const r of d.rules) {
          if (d.used.has(r)) continue;
          const message = known.has(r) || RULES.some((x) => x.id === r)
            ? `Suppression of \`${r}\` matches no finding on the next line; remove it.`
            : `Suppression names an unknown rule \`${printable(r)}\`.`;
          if (sev[r] === 'off') continue;
          add(byFile, f, { file: f.path, ruleId: 'unused-suppression', severity: unusedSev, message, line: d.line, column: d.column });
        }
        if (!d.reason) add(byFile, f, { file: f.path, ruleId: 'unused-suppression', severity: unusedSev, message: 'A suppression needs a reason: `-- why this finding stands`.', line: d.line, column: d.column });
      }
    }
    const onlyRels = opts.only ? new Set([...opts.only].map((p) => byPath.get(p)?.rel)) : undefined;
    const unused = entries.filter((e) => !e.used && (!onlyRels || onlyRels.has(e.file)));
    const b = opts.baseline && baselineResult(opts.baseline.path, unused, unusedSev);
    if (b) extra.push(b);
  }

  const results: FileResult[] = [...extra];
  for (const f of corpus.files) {
    if (!wanted(f)) continue;
    const all = (byFile.get(f) ?? []).sort(compareDiagnostics);
    results.push(fileResult(f.path, f.rel, all.filter((d) => !d.suppressed), all.filter((d) => d.suppressed)));
  }
  return lintResult(results, [...new Set(notes)]);
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
  return lintResult(results, r.notes);
}

/** The severity of unused suppressions in a run with these rules and overrides. */
export function unusedSeverity(rules: readonly Rule[], sev: Record<string, Severity | 'off'>): Severity | 'off' {
  return rules.some((r) => r.id === 'unused-suppression') ? (sev['unused-suppression'] ?? 'warn') : 'off';
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
    message: `Rule ${rule.id} failed on this file (a bug in plan, please report it): ${err?.message ?? String(e)}`,
  };
}
