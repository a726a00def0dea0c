import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { lint, type LintResult } from '../lint.js';
import { RULES } from '../rules/index.js';
import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import { loadForCommand } from './context.js';
import type { Corpus } from '../corpus/model.js';
import type { LintFormatter } from '../formatters/types.js';
import { loadBaseline } from '../suppress.js';
import { writeBaseline } from './baseline.js';

export interface LintCommandOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: string;
  rule?: string[];
  listRules?: boolean;
  changed?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

async function formatter(name: string): Promise<LintFormatter> {
  switch (name) {
    case 'stylish':
      return (await import('../formatters/stylish.js')).stylish;
    case 'json':
      return (await import('../formatters/json.js')).json;
    case 'sarif':
      return (await import('../formatters/sarif.js')).sarif;
    case 'github':
      return (await import('../formatters/github.js')).github;
    default:
      throw new UsageError(`Unknown format \`${name}\` for lint; expected one of ${LINT_FORMATS.join(', ')}.`);
  }
}

/** Files (absolute, real paths) selected by the paths given on the command line. */
export function selectFiles(corpus: Corpus, cwd: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const out = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`No such file or folder: ${p}`);
    const real = realpathSync(abs);
    const isDir = statSync(real).isDirectory();
    const root = realpathSync(corpus.root);
    if (real !== root && !real.startsWith(root + sep)) throw new UsageError(`${p} is not inside the corpus (${corpus.root}).`, 'Give paths of files or folders under the corpus folder.');
    for (const f of corpus.files) {
      if (isDir ? f.path === real || f.path.startsWith(real.endsWith(sep) ? real : real + sep) : f.path === real) out.add(f.path);
    }
  }
  return out;
}

function parseRuleFlags(flags: string[] | undefined): Record<string, 'error' | 'warn' | 'off'> {
  const out: Record<string, 'error' | 'warn' | 'off'> = {};
  for (const f of flags ?? []) {
    const m = /^([a-z0-9-]+)[=:](error|warn|off)$/.exec(f);
    if (!m) throw new UsageError(`Invalid --rule \`${f}\`; expected <rule-id>=error|warn|off.`);
    if (!RULES.some((r) => r.id === m[1])) throw new UsageError(`Unknown rule \`${m[1]}\` in --rule.`, 'Run `plan lint --list-rules` to see the rule ids.');
    out[m[1]!] = m[2] as 'error' | 'warn' | 'off';
  }
  return out;
}

/** `plan lint [paths...]`: returns the exit code. */
export async function lintCommand(paths: string[], o: LintCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (o.listRules) {
    const w = Math.max(...RULES.map((r) => r.id.length));
    io.stdout.write(RULES.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(5)}  ${r.scope.padEnd(6)}  ${r.description}`).join('\n') + '\n');
    return 0;
  }
  let maxWarnings: number | undefined;
  if (o.maxWarnings !== undefined) {
    if (!/^\d+$/.test(o.maxWarnings)) throw new UsageError(`Invalid --max-warnings \`${o.maxWarnings}\`; expected a whole number.`);
    maxWarnings = Number(o.maxWarnings);
  }
  const fmt = await formatter(o.format);
  if (o.updateBaseline && (paths.length > 0 || o.changed !== undefined)) {
    throw new UsageError('--update-baseline records the findings of the whole corpus: run it without paths or --changed.');
  }
  const severities = parseRuleFlags(o.rule);
  const cacheLocation = o.cache || o.cacheLocation ? (o.cacheLocation ?? '.plancache/lint.json') : undefined;
  const { corpus, today } = loadForCommand(g, io, cacheLocation ? { cacheLocation } : {});
  let only = selectFiles(corpus, io.cwd, paths);
  if (o.changed !== undefined) {
    const { filesForChanged } = await import('../corpus/changed.js');
    const changed = filesForChanged(corpus, o.changed);
    only = only ? new Set([...only].filter((p) => changed.has(p))) : changed;
  }
  const baseline = loadBaseline(corpus.root);
  let result: LintResult = lint(corpus, { today, severities, baseline, ...(only ? { only } : {}) });
  if (o.updateBaseline) {
    const n = writeBaseline(corpus, result, baseline, today);
    io.stderr.write(`plan: recorded ${n} finding(s) of circulated and adopted texts in ${baseline.path}\n`);
    result = lint(corpus, { today, severities, baseline: loadBaseline(corpus.root), ...(only ? { only } : {}) });
  }
  if (o.fix || o.fixDryRun) {
    const { computeFixes, writeFix, unifiedDiff } = await import('../fix.js');
    const fixes = computeFixes(corpus, result);
    if (o.fixDryRun) {
      for (const f of fixes) io.stdout.write(unifiedDiff(f.file.rel, f.before, f.after));
      io.stderr.write(`plan: --fix-dry-run: ${fixes.reduce((n, f) => n + f.applied.length, 0)} fix(es) in ${fixes.length} file(s) of working drafts; nothing written.\n`);
      return fixes.length ? 1 : 0;
    }
    for (const f of fixes) {
      writeFix(f);
      for (const d of f.applied) io.stderr.write(`plan: fixed ${f.file.rel}:${d.line}:${d.column} ${d.ruleId}\n`);
    }
    if (fixes.length) {
      // Lint again what is now on disk, so the report is about the fixed files.
      const again = loadForCommand(g, io);
      result = lint(again.corpus, { today, severities, baseline: loadBaseline(again.corpus.root), ...(only ? { only } : {}) });
    }
  }
  if (o.quiet) result = quiet(result);
  io.stdout.write(fmt(result, { color: useColor(g.color, io), cwd: io.cwd }));
  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    io.stderr.write(`plan: ${result.warningCount} warnings exceed --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** Errors only. */
export function quiet(r: LintResult): LintResult {
  const results = r.results.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error'), warningCount: 0 }));
  return { ...r, results, warningCount: 0 };
}
