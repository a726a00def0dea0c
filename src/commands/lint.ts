import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import type { LintResult } from '../lint/engine.js';
import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import { resolveToday } from '../cli/today.js';
import { findCorpus } from '../model/find.js';
import { BASELINE_FILE } from '../lint/suppress.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { LintFormatter } from '../formatters/lint/types.js';
import type { Corpus } from '../model/model.js';
import { safeText } from '../cli/safe-output.js';

// Only light modules are imported up front: a run that `--cache` answers from the cache
// loads no YAML parser, Markdown parser or rule.

export interface LintCommandOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: string;
  rule?: string[];
  listRules?: boolean;
  /** --print-config [file]: true without a file. */
  printConfig?: boolean | string;
  changed?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  outputFile?: string;
  watch?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

async function formatter(name: string): Promise<LintFormatter> {
  switch (name) {
    case 'stylish':
      return (await import('../formatters/lint/stylish.js')).stylish;
    case 'json':
      return (await import('../formatters/lint/json.js')).json;
    case 'sarif':
      return (await import('../formatters/lint/sarif.js')).sarif;
    case 'github':
      return (await import('../formatters/lint/github.js')).github;
    default:
      throw new UsageError(`Unknown format \`${name}\` for lint; expected one of ${LINT_FORMATS.join(', ')}.`);
  }
}

/** Files (absolute, real paths) selected by the paths given on the command line. */
export function selectFiles(corpus: { root: string; files: ReadonlyArray<{ path: string }> }, cwd: string, paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const out = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs) && isGlob(p)) {
      const matched = matchGlob(corpus.files, cwd, p);
      if (matched.length === 0) throw new UsageError(`No corpus file matches ${p}.`, 'Patterns are matched against the corpus files relative to the current folder, e.g. \'corpus/paragraphs/wd-2027/*.md\' (quoted, so plan expands it).');
      for (const f of matched) out.add(f);
      continue;
    }
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

/** Does a path given on the command line hold glob syntax (`*`, `?`, `[...]`, `{a,b}`)? */
function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** The corpus files (real paths) a glob matches, the glob read relative to `cwd` (as a shell would). */
function matchGlob(files: ReadonlyArray<{ path: string }>, cwd: string, pattern: string): string[] {
  const base = realpathSync(cwd);
  // picomatch is loaded only when a pattern is given (a small CommonJS package).
  const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
  const test = picomatch(isAbsolute(pattern) ? pattern : pattern.replace(/^\.\//, ''), { dot: false });
  return files.filter((f) => test(isAbsolute(pattern) ? f.path : relative(base, f.path).split(sep).join('/'))).map((f) => f.path);
}

/**
 * The files a run reports on: those under the paths given, and with --changed those changed
 * since the revision and the files that point at them (the corpus model is needed only then);
 * undefined: all.
 */
async function selection(tree: { root: string; files: ReadonlyArray<{ path: string }> }, corpus: Corpus | undefined, cwd: string, paths: string[], changedSince: string | undefined): Promise<Set<string> | undefined> {
  const only = selectFiles(tree, cwd, paths);
  if (changedSince === undefined) return only;
  const { filesForChanged } = await import('../model/changed.js');
  const changed = filesForChanged(corpus!, changedSince);
  return only ? new Set([...only].filter((p) => changed.has(p))) : changed;
}

async function parseRuleFlags(flags: string[] | undefined): Promise<Record<string, 'error' | 'warn' | 'off'>> {
  const out: Record<string, 'error' | 'warn' | 'off'> = {};
  if (!flags?.length) return out;
  const { RULE_IDS } = await import('../rules/index.js');
  for (const f of flags) {
    const m = /^([a-z0-9-]+)[=:](error|warn|off)$/.exec(f);
    if (!m) throw new UsageError(`Invalid --rule \`${f}\`; expected <rule-id>=error|warn|off.`);
    if (!RULE_IDS.has(m[1]!)) throw new UsageError(`Unknown rule \`${m[1]}\` in --rule.`, 'Run `plan lint --list-rules` to see the rule ids.');
    out[m[1]!] = m[2] as 'error' | 'warn' | 'off';
  }
  return out;
}

/** `plan lint [paths...]`: returns the exit code. */
export async function lintCommand(paths: string[], o: LintCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (o.listRules) {
    const { RULE_METAS } = await import('../rules/index.js');
    const w = Math.max(...RULE_METAS.map((r) => r.id.length));
    io.stdout.write(RULE_METAS.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(5)}  ${(r.fixable ? 'fix' : '').padEnd(3)}  ${r.description}`).join('\n') + '\n');
    return 0;
  }
  if (o.printConfig !== undefined && o.printConfig !== false) return printConfig(o, g, io);
  let maxWarnings: number | undefined;
  if (o.maxWarnings !== undefined) {
    if (!/^\d+$/.test(o.maxWarnings)) throw new UsageError(`Invalid --max-warnings \`${o.maxWarnings}\`; expected a whole number.`);
    maxWarnings = Number(o.maxWarnings);
  }
  const fmt = await formatter(o.format);
  if (o.updateBaseline && (paths.length > 0 || o.changed !== undefined)) {
    throw new UsageError('--update-baseline records the findings of the whole corpus: run it without paths or --changed.');
  }
  const severities = await parseRuleFlags(o.rule);
  if (o.watch) return watchRun(paths, o, g, io);
  if (o.stdin || o.stdinFilename !== undefined) return finish(await stdinRun(paths, o, g, io, severities), o, g, io, fmt, maxWarnings);
  const cacheLocation = o.cache || o.cacheLocation ? (o.cacheLocation ?? '.plancache/lint.json') : undefined;
  if (cacheLocation && !o.updateBaseline && !o.fix && !o.fixDryRun) {
    (await import('../lint/cache-location.js')).assertCacheLocation(cacheLocation, io.cwd, cacheLocation);
    const result = await cachedRun(paths, o, g, io, severities, resolve(io.cwd, cacheLocation));
    return finish(result, o, g, io, fmt, maxWarnings);
  }
  const { lint, prepareLint } = await import('../lint/engine.js');
  const { loadBaseline } = await import('../lint/suppress.js');
  const { loadForCommand } = await import('./context.js');
  const { corpus, today } = loadForCommand(g, io, { reportsUnreadable: true });
  const only = await selection(corpus, corpus, io.cwd, paths, o.changed);
  const baseline = loadBaseline(corpus.root);
  await prepareLint(corpus, { severities, ...(only ? { only } : {}) });
  let result: LintResult = lint(corpus, { today, severities, baseline, ...(only ? { only } : {}) });
  if (o.updateBaseline) {
    const { writeBaseline } = await import('./baseline.js');
    const n = writeBaseline(corpus, result, baseline, today);
    io.stderr.write(`plan: recorded ${n} finding(s) of circulated and adopted texts in ${baseline.path}\n`);
    result = lint(corpus, { today, severities, baseline: loadBaseline(corpus.root), ...(only ? { only } : {}) });
  }
  if (o.fix || o.fixDryRun) {
    const { fixUntilStable, writeFixes, unifiedDiff } = await import('../lint/fix.js');
    // As ESLint: fixes that overlapped an applied one, or that it made possible, in further passes.
    const fixed = fixUntilStable(corpus, result, (c) => lint(c, { today, severities, baseline, ...(only ? { only } : {}) }));
    const fixes = fixed.fixes;
    if (o.fixDryRun) {
      for (const f of fixes) io.stdout.write(unifiedDiff(f.file.rel, f.before, f.after));
      io.stderr.write(`plan: --fix-dry-run: ${fixes.reduce((n, f) => n + f.applied.length, 0)} fix(es) in ${fixes.length} file(s) of working drafts; nothing written.\n`);
      return fixes.length ? 1 : 0;
    }
    writeFixes(fixes);
    for (const f of fixes) {
      for (const d of f.applied) io.stderr.write(`plan: fixed ${f.file.rel}:${d.line}:${d.column} ${d.ruleId}\n`);
    }
    // The report is about the fixed files (linted again after the last pass).
    result = fixed.result;
  }
  return finish(result, o, g, io, fmt, maxWarnings);
}

/** Prints the result and gives the exit code. */
function finish(result: LintResult, o: LintCommandOptions, g: GlobalOptions, io: Io, fmt: LintFormatter, maxWarnings: number | undefined): number {
  if (o.quiet) result = quiet(result);
  if (o.outputFile !== undefined) {
    // A file gets no colour; written whole or not at all.
    const text = fmt(result, { color: false, cwd: io.cwd });
    const path = resolve(io.cwd, o.outputFile);
    try {
      writeFileAtomic(path, safeText(text)); // what stdout would have shown (src/cli/safe-output.ts)
    } catch (e) {
      throw new UsageError(`Could not write ${o.outputFile} (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was written.`);
    }
  } else {
    io.stdout.write(fmt(result, { color: useColor(g.color, io), cwd: io.cwd }));
  }
  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    io.stderr.write(`plan: ${result.warningCount} warnings exceed --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/**
 * `--cache`: the recorded findings when nothing changed (loading only the cache's index),
 * else the findings of what a change can affect (src/lint/cached.ts).
 */
async function cachedRun(paths: string[], o: LintCommandOptions, g: GlobalOptions, io: Io, severities: Record<string, 'error' | 'warn' | 'off'>, location: string): Promise<LintResult> {
  const today = resolveToday(g.today, io.env);
  const root = findCorpus(io.cwd, g.corpus);
  const { walkCorpus } = await import('../model/walk.js');
  const { quickHit, rootFileText, statAll, tryReadIndex } = await import('../lint/cache.js');
  const { findConfig } = await import('../model/find.js');
  const configPath = findConfig(io.cwd, root, g.config);
  const inputs = { today, severities, config: configPath === undefined ? '' : `${configPath}\u0000${rootFileText(dirname(configPath), basename(configPath))}`, baseline: rootFileText(root, BASELINE_FILE) };
  const found = walkCorpus(root);
  const statting = statAll(found);
  // (The parse results are read only when a change needs them: after a body edit, a folder's.)
  const read = tryReadIndex(location, root);
  const stats = await statting;
  if (paths.length === 0 && o.changed === undefined) {
    const hit = quickHit(read, found, stats, inputs);
    if (hit) return hit;
  }
  const { loadConfig } = await import('../model/load.js');
  const { RULE_IDS } = await import('../rules/index.js');
  const { loadBaseline } = await import('../lint/suppress.js');
  const { cachedLint } = await import('../lint/cached.js');
  const { progress } = await import('../cli/progress.js');
  const p = progress(io);
  let baseline: ReturnType<typeof loadBaseline> | undefined;
  const { result, corpus } = await cachedLint({
    root, today, severities, inputs, location, needCorpus: o.changed !== undefined, onProgress: p.update, found, stats, read: read ?? null,
    loadConfig: () => loadConfig(root, RULE_IDS, configPath),
    loadBaseline: () => (baseline = loadBaseline(root)),
  });
  p.done();
  const only = await selection({ root, files: found }, corpus, io.cwd, paths, o.changed);
  if (!only) return result;
  const { restrict } = await import('../lint/engine.js');
  return restrict(result, only, baseline ?? loadBaseline(root));
}

/**
 * `--stdin --stdin-filename <path>`: lints the text read from standard input as if it were the
 * file at that path (an editor's unsaved buffer), against the rest of the corpus as saved.
 */
async function stdinRun(paths: string[], o: LintCommandOptions, g: GlobalOptions, io: Io, severities: Record<string, 'error' | 'warn' | 'off'>): Promise<LintResult> {
  if (!o.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (o.stdinFilename === undefined) throw new UsageError('--stdin needs --stdin-filename <path>: the path the text would have in the corpus (it decides its kind and id).');
  const clash = [paths.length > 0 && 'paths', o.changed !== undefined && '--changed', o.fix && '--fix', o.fixDryRun && '--fix-dry-run', o.updateBaseline && '--update-baseline', (o.cache || o.cacheLocation) && '--cache'].filter(Boolean);
  if (clash.length) throw new UsageError(`--stdin lints one text; it does not combine with ${clash.join(', ')}.`);
  const { LIMITS } = await import('../model/source-file.js');
  const bytes = await readStdin(io, LIMITS.fileBytes);
  const { loadForCommand } = await import('./context.js');
  const { lintText } = await import('../lint/with-text.js');
  const { corpus: saved, today } = loadForCommand(g, io, { reportsUnreadable: true });
  return (await lintText(saved, resolve(io.cwd, o.stdinFilename), bytes, { today, severities })).result;
}

/** All of standard input, up to `limit` bytes (more is a user error: no corpus file is that large). */
async function readStdin(io: Io, limit: number): Promise<Uint8Array> {
  if (!io.stdin) return new Uint8Array();
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of io.stdin) {
    const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c);
    n += b.length;
    if (n > limit) throw new UsageError(`Standard input is over ${limit} bytes; a corpus file is never that large.`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * `--watch`: lint with the cache, then again after every save, until Ctrl-C; the screen is
 * cleared before each run on a terminal, never in CI or when the output is not a terminal.
 */
async function watchRun(paths: string[], o: LintCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const clash = [o.fix && '--fix', o.fixDryRun && '--fix-dry-run', o.updateBaseline && '--update-baseline', (o.stdin || o.stdinFilename !== undefined) && '--stdin', o.outputFile !== undefined && '--output-file'].filter(Boolean);
  if (clash.length) throw new UsageError(`--watch lints again on every save; it does not combine with ${clash.join(', ')}.`);
  const root = findCorpus(io.cwd, g.corpus);
  const { watchLint } = await import('./watch.js');
  const ci = Boolean(io.env.CI) && io.env.CI !== 'false';
  const once: LintCommandOptions = { ...o, watch: false, cache: true };
  return watchLint(root, io, { clear: Boolean(io.stdout.isTTY) && !ci }, () => lintCommand(paths, once, g, io));
}

/**
 * `--print-config [file]`: the configuration that applies (which file, every rule with the
 * severity it has after the configuration and --rule, and where that came from), as JSON; with a
 * file, also what the file is (kind, document, status) and whether --fix may touch it.
 */
async function printConfig(o: LintCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const { RULE_METAS } = await import('../rules/index.js');
  const severities = await parseRuleFlags(o.rule);
  const root = findCorpus(io.cwd, g.corpus);
  const { findConfig } = await import('../model/find.js');
  const { loadConfig } = await import('../model/load.js');
  const { RULE_IDS } = await import('../rules/index.js');
  const path = findConfig(io.cwd, root, g.config);
  const config = loadConfig(root, RULE_IDS, path);
  const rules: Record<string, { severity: string; from: string }> = {};
  for (const r of RULE_METAS) {
    const cli = severities[r.id];
    const cfg = config.rules[r.id];
    rules[r.id] = cli ? { severity: cli, from: '--rule' } : cfg ? { severity: cfg, from: 'configuration' } : { severity: r.severity, from: 'default' };
  }
  const out: Record<string, unknown> = { corpus: root, config: path ?? null, 'stale-after-years': config.staleAfterYears ?? 5, rules };
  if (typeof o.printConfig === 'string') {
    const { loadForCommand } = await import('./context.js');
    const { corpus } = loadForCommand(g, io, { reportsUnreadable: true });
    const only = selectFiles(corpus, io.cwd, [o.printConfig])!;
    const file = corpus.files.find((f) => only.has(f.path));
    if (!file || only.size !== 1) throw new UsageError(`--print-config takes one corpus file; ${o.printConfig} is ${only.size ? `${only.size} files` : 'not one'}.`);
    const { isWorkingDraft } = await import('../lint/fix.js');
    const docId = file.kind === 'paragraph' ? file.pathId.split('/')[0] : file.kind === 'document' ? file.pathId : undefined;
    const status = docId ? corpus.documents.get(docId)?.fm.status : undefined;
    out.file = { path: file.path, kind: file.kind, ...(docId ? { document: docId } : {}), ...(status ? { status } : {}), fixable: isWorkingDraft(corpus, file) };
  }
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

/** Errors only. */
export function quiet(r: LintResult): LintResult {
  const results = r.results.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error'), warningCount: 0, fixableWarningCount: 0 }));
  return { ...r, results, warningCount: 0, fixableWarningCount: 0 };
}
