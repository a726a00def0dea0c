import {
  cacheKey, hashBytes, readIndex, readParseData, storedResult, writeCache,
  type CacheIndex, type Findings, type IndexTop, type ParseData, type ReadIndex, type RunInputs, type StatKey,
} from './cache.js';
import { assembleCorpus } from '../model/load.js';
import type { Corpus, CorpusConfig } from '../model/model.js';
import { walkCorpus, type Found } from '../model/walk.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { baselineResult, lint, prepareLint, unusedSeverity } from './engine.js';
import { fileResult, lintResult, type FileResult, type LintResult } from './result.js';
import { classify, faceOf, isStray, type Classified } from './cached/classify.js';
import { load, type Loaded } from './cached/load.js';
import { affectedBy, bodyEdit, carried, type BodyEdit, type RunPlan } from './cached/plan.js';
import { RULES } from '../rules/index.js';
import { BASELINE_FILE, type BaselineEntry } from './suppress.js';

export { faceOf };
export type { FileState } from './cached/classify.js';
export type { PlanKind, RunPlan } from './cached/plan.js';

export interface CachedLintOptions {
  root: string;
  /** Read plan.config.yaml and plan.baseline.yaml (only when their bytes are not those the cache read). */
  loadConfig: () => CorpusConfig;
  loadBaseline: () => { path: string; entries: BaselineEntry[] };
  today: string;
  severities: Record<string, Severity | 'off'>;
  /** The run's inputs as the cache keys them (RunInputs of lint/cache.ts). */
  inputs: RunInputs;
  /** The index file; the parse results go beside it (`<location>.parse`). */
  location: string;
  /** Build the corpus model even when every finding comes from the cache (for --changed). */
  needCorpus?: boolean;
  /** The corpus's files and the cache index, when the caller has them already (quickHit); null: no index. */
  found?: Found[];
  read?: ReadIndex | null;
  /** The parse results that go with `read`, when the caller has read them already. */
  data?: ParseData;
  /** The files' stat keys (statAll), in the order of `found`. */
  stats?: ReadonlyArray<StatKey | undefined>;
  onProgress?: (done: number, total: number) => void;
}

export interface CachedLintOutcome {
  result: LintResult;
  corpus?: Corpus;
  /** What the run decided to do, and why (see RunPlan). */
  plan: RunPlan;
  /**
   * What the run did: files read and parsed again, files in the corpus model the rules ran
   * against, files whose rules ran, whether all did.
   */
  work: { files: number; parsed: number; model: number; linted: number; full: boolean };
}

/**
 * `plan lint --cache`: the findings of a full `lint()`, computing again only what a change can
 * affect, in five phases:
 *
 * 1. classify: a file is unchanged when its size, times and inode are as recorded (its bytes are
 *    then not even read), or when its bytes hash as recorded; else changed (or unreadable);
 * 2. plan (RunPlan, lint-cached/plan.ts): `none` when nothing changed; `bodies` when only
 *    paragraphs' bodies changed (their front matter has the same text): the rules that read bodies
 *    (Rule.reads 'document') on a model of the edited paragraphs' documents, the documents,
 *    instruments, bodies and states, whose parse results alone are read; `affected` when no face
 *    and not the global key changed: the rules on the changed files and on the paragraphs of
 *    their documents (numbering, acronyms and "paragraph 9" references are read across a
 *    document), against the whole corpus; `full` when the global key (this build, today, --rule,
 *    config, baseline, documents, instruments, bodies, states) or a face (a file's kind, ids,
 *    validity, document, number, obligation and lineage edges) changed: every rule on every file,
 *    parsing only the changed files;
 * 3. run the rules;
 * 4. merge: fresh findings for the files relinted, recorded ones for the others;
 * 5. persist the cache for the next run.
 *
 * A file that changes while it is read, or a body-edit run that cannot keep the other rules'
 * findings, starts again with another Attempt. The findings are those of a plain run, byte for
 * byte (tests/perf/cache-equivalence.test.ts).
 */
export async function cachedLint(options: CachedLintOptions): Promise<CachedLintOutcome> {
  return attempt(options, FIRST);
}

/** How far an attempt trusts what it finds. */
interface Attempt {
  /** Take files as unchanged by their recorded stat, and use what the caller read (found, read, data, stats). */
  trustStats: boolean;
  /** May plan a `bodies` run. */
  bodies: boolean;
}

const FIRST: Attempt = { trustStats: true, bodies: true };
/** A file changed while the run read it: read every file again. */
const TRUST_NOTHING: Attempt = { trustStats: false, bodies: false };

type Baseline = { path: string; entries: BaselineEntry[] };

/** One attempt's inputs. */
interface Run {
  o: CachedLintOptions;
  attempt: Attempt;
  now: number;
  key: string;
  found: Found[];
  read: ReadIndex | undefined;
  index: CacheIndex | undefined;
  config: CorpusConfig;
  baseline: Baseline;
  inputsRead: NonNullable<IndexTop['inputsRead']>;
  /** Set when a file read lazily is not what its index line says (it changed during the run). */
  stale: boolean;
}

async function attempt(options: CachedLintOptions, a: Attempt): Promise<CachedLintOutcome> {
  const run = open(options, a);
  const cls = classify(run.found, run.index, { inputs: options.inputs, trustStats: a.trustStats, stats: options.stats, onProgress: options.onProgress });
  const planned = plan(run, cls);
  if ('retry' in planned) return attempt(options, planned.retry);
  if (planned.plan.kind === 'none') {
    return persist(run, cls, planned, { result: storedResult(run.index!, run.found), perFile: new Map(), unused: run.index!.unusedBaseline, linted: 0, full: false });
  }
  const ran = await runRules(run, planned);
  if ('retry' in ran) return attempt(options, ran.retry);
  const done = { ...planned, plan: ran.plan };
  if (!ran.only) {
    const unused = run.baseline.entries.flatMap((e, i) => (e.used ? [] : [i]));
    return persist(run, cls, done, { result: ran.result, perFile: ran.fresh, unused, linted: run.found.length, full: true });
  }
  return persist(run, cls, done, merge(run, done, ran.result, ran.fresh, ran.only));
}

/** The attempt's files, cache index, config and baseline (parsed again only when their bytes changed). */
function open(o: CachedLintOptions, a: Attempt): Run {
  const now = Date.now();
  const key = cacheKey(o.root);
  // What the quick path already walked and read (only on a first attempt: a retry trusts nothing).
  const found = (a.trustStats && o.found) || walkCorpus(o.root);
  let read: ReadIndex | undefined;
  try {
    read = a.trustStats && o.read !== undefined ? o.read || undefined : readIndex(o.location, key);
  } catch {
    read = undefined; // a corrupt cache is ignored, never trusted
  }
  const index = read?.index;
  // The config and the baseline as parsed last time, when their bytes are the same (no YAML parser to load).
  const configHash = hashBytes(o.inputs.config);
  const baselineHash = hashBytes(o.inputs.baseline);
  const memo = index?.inputsRead;
  const config = memo && memo.config === configHash ? (memo.configValue as CorpusConfig) : o.loadConfig();
  const baseline = memo && memo.baseline === baselineHash ? (memo.baselineValue as Baseline) : o.loadBaseline();
  const inputsRead = { config: configHash, configValue: config, baseline: baselineHash, baselineValue: { path: baseline.path, entries: baseline.entries.map((e) => ({ ...e, used: false })) } };
  return { o, attempt: a, now, key, found, read, index, config, baseline, inputsRead, stale: false };
}

interface Planned {
  plan: RunPlan;
  loaded: Loaded;
  corpus?: Corpus;
  /** The files to relint, by path (absent: every file). */
  only?: Set<string>;
  /** A `bodies` run: the model, and the recorded findings of the rules that do not run. */
  body?: BodyEdit;
  carry?: Map<string, Diagnostic[]>;
}

/** Phase 2: what to run, with the files it needs loaded (and, unless `none`, the corpus model). */
function plan(run: Run, cls: Classified): Planned | { retry: Attempt } {
  const { o, index, found } = run;
  const sameGlobal = index !== undefined && index.global === cls.global;
  // Nothing changed but times: the recorded findings stand, and the parse results are not needed.
  const nothing = cls.sameFiles && !cls.anyChange && sameGlobal && !o.needCorpus;
  // Only bodies changed? Then the parse results of the edited documents' folders are enough.
  const body = !nothing && run.attempt.bodies && run.attempt.trustStats && cls.sameFiles && !o.needCorpus && sameGlobal && run.read
    ? bodyEdit(o.location, run.read, found, cls.states) : undefined;
  const data = nothing || body ? undefined : run.attempt.trustStats && o.data ? o.data : run.read ? readParseData(o.location, run.read) : undefined;
  const loaded = load({ found, index, now: run.now, onStale: () => { run.stale = true; } }, cls, { nothing, body, data });
  const changed = found.flatMap((f) => (loaded.changed.has(f.rel) ? [f.rel] : []));
  const sameRun = loaded.sameFaces && sameGlobal;
  if (nothing || (sameRun && loaded.changed.size === 0 && !o.needCorpus)) {
    const reason = nothing ? 'no file changed' : 'the files read again have their recorded bytes';
    return { plan: { kind: 'none', reason, changed, relint: [] }, loaded };
  }
  const corpus = assembleCorpus(o.root, run.config, body ? loaded.files.filter(Boolean) : loaded.files);
  if (!sameRun) {
    if (body) return { retry: { ...run.attempt, bodies: false } };
    return { plan: { kind: 'full', reason: fullReason(run, cls, sameGlobal), changed, relint: found.map((f) => f.rel) }, loaded, corpus };
  }
  // The files of the model (after a body edit, its folders'; else all), filtered once.
  const modelled = body ? found.filter((f) => body.covers(f)) : found;
  const only = affectedBy(modelled, loaded.changed, body?.entries ?? data?.entries ?? {}, loaded.parsed);
  const relint = found.flatMap((f) => (only.has(f.path) ? [f.rel] : []));
  if (!body) {
    return { plan: { kind: 'affected', reason: 'files changed, but no face and not the global key', changed, relint }, loaded, corpus, only };
  }
  // The rules that read bodies run; the others' findings are kept (unless one is an internal error).
  const carry = carried(modelled, only, index!.findings);
  if (!carry) return { retry: { ...run.attempt, bodies: false } };
  return { plan: { kind: 'bodies', reason: 'only paragraph bodies changed (the same front matter)', changed, relint }, loaded, corpus, only, body, carry };
}

function fullReason(run: Run, cls: Classified, sameGlobal: boolean): string {
  if (!run.index) return 'no usable cache';
  if (!sameGlobal) return 'the global key changed (build, today, --rule, config, baseline, documents, instruments, bodies or states)';
  if (!cls.sameFiles) return 'files were added or removed';
  if (cls.states.some((s) => s.kind === 'unreadable')) return 'a file cannot be read or was refused';
  return "a file's face changed (kind, ids, validity, document, number, obligation or lineage)";
}

type Ran = { retry: Attempt } | { result: LintResult; fresh: Map<string, FileResult>; only: Set<string> | undefined; plan: RunPlan };

/** Phase 3: the rules, on the files of the plan. */
async function runRules(run: Run, p: Planned): Promise<Ran> {
  const { o, found } = run;
  const corpus = p.corpus!;
  let only = p.only;
  let plan = p.plan;
  const rules = p.body ? RULES.filter((r) => r.meta.reads === 'document') : undefined;
  const opts = { today: o.today, severities: o.severities, baseline: run.baseline };
  await prepareLint(corpus, { severities: o.severities, ...(only ? { only } : {}), ...(rules ? { rules } : {}) });
  let result = lint(corpus, { ...opts, ...(only ? { only } : {}), ...(rules ? { rules, unused: true, carry: p.carry! } : {}) });
  if (only && result.results.some((r) => r.messages.some((m) => m.ruleId === 'internal-error'))) {
    // A rule that failed is reported where a full run reports it: run them all.
    if (p.body) return { retry: { ...run.attempt, bodies: false } };
    only = undefined;
    plan = { ...plan, kind: 'full', reason: 'a rule failed (internal error): every rule on every file', relint: found.map((f) => f.rel) };
    await prepareLint(corpus, { severities: o.severities });
    result = lint(corpus, opts);
  }
  if (run.stale) return { retry: TRUST_NOTHING }; // a file changed while it was being read: start again
  return { result, fresh: new Map(result.results.map((r) => [r.rel, r])), only, plan };
}

/** What the run found, for `persist`. */
interface Merged {
  result: LintResult;
  /** The fresh results of the files relinted (all of them when `full`). */
  perFile: Map<string, FileResult>;
  unused: number[];
  linted: number;
  full: boolean;
  relinted?: ReadonlySet<string>;
}

/** Phase 4: fresh findings for the files relinted, recorded ones for the others. */
function merge(run: Run, p: Planned, result: LintResult, fresh: Map<string, FileResult>, only: ReadonlySet<string>): Merged {
  const { found, baseline, index } = run;
  const relinted = new Set(found.filter((f) => only.has(f.path)).map((f) => f.rel));
  const before = new Set(index!.unusedBaseline);
  const unused = baseline.entries.flatMap((e, i) => ((relinted.has(e.file) ? !e.used : before.has(i)) ? [i] : []));
  const results: FileResult[] = [];
  const perFile = new Map<string, FileResult>();
  for (const f of found) {
    const kept = p.loaded.findings[f.rel];
    // After a body edit the rules that note (front matter only) did not run: their notes are as recorded.
    const r = !relinted.has(f.rel) ? fileResult(f.path, f.rel, kept?.messages ?? [], kept?.suppressed ?? [], kept?.notes)
      : p.body ? withNotes(fresh.get(f.rel)!, kept?.notes) : fresh.get(f.rel)!;
    results.push(r);
    if (relinted.has(f.rel)) perFile.set(f.rel, r);
  }
  const sev = unusedSeverity(true, { ...run.config.rules, ...run.o.severities });
  const b = sev === 'off' ? undefined : baselineResult(baseline.path, unused.map((i) => baseline.entries[i]!), sev);
  if (b) results.push(b);
  // Notes come from rules that read front matter only: after a body edit they are as recorded.
  return { result: lintResult(results, p.body ? index!.notes : result.generalNotes), perFile, unused, linted: relinted.size, full: false, relinted };
}

/** A fresh result with the counted notes recorded for its file. */
function withNotes(r: FileResult, notes: Record<string, number> | undefined): FileResult {
  const { notes: _, ...rest } = r;
  return notes && Object.keys(notes).length ? { ...rest, notes } : rest;
}

/** Phase 5: the cache for the next run (a cache that cannot be written is not an error of the corpus). */
function persist(run: Run, cls: Classified, p: Planned, m: Merged): CachedLintOutcome {
  const { o, found, index, read } = run;
  const l = p.loaded;
  recordFindings(run, l, m);
  const extra = m.result.results.find((r) => r.rel === BASELINE_FILE && r.filePath === run.baseline.path);
  // Faces unchanged: the same strays as before; else found again (every file is at hand).
  const strays = m.full ? l.files.flatMap((f) => (f && isStray(f) ? [f.rel] : [])) : index?.strays;
  const top: IndexTop = { global: cls.global, notes: m.result.generalNotes, unusedBaseline: m.unused, inputsRead: run.inputsRead, ...(extra ? { baselineResult: extra } : {}), ...(strays ? { strays } : {}) };
  // Files that could not be cached (unreadable, refused) make the quick path miss, as they must.
  try {
    writeCache(o.location, {
      key: run.key, top, lines: l.lines, findings: l.findings, parse: l.parsed, touched: l.touched, reparsed: l.changed,
      parseComplete: l.parseComplete, parseOnDisk: l.parseOnDisk,
      loadParse: () => (read ? readParseData(o.location, read)?.entries : undefined),
      ...(read ? { read } : {}),
    });
  } catch {
    /* the next run starts afresh */
  }
  const work = { files: found.length, parsed: l.parsedCount, model: p.corpus?.files.length ?? 0, linted: m.linted, full: m.full };
  return { result: m.result, ...(p.corpus ? { corpus: p.corpus } : {}), plan: p.plan, work };
}

/** The findings (and front-matter spans) of the files relinted, in place of the recorded ones. */
function recordFindings(run: Run, l: Loaded, m: Merged): void {
  run.found.forEach((f, i) => {
    if (!l.lines[f.rel]) return; // unreadable or refused: read again every run
    // A file not relinted keeps its findings and spans.
    if (!m.full && !m.relinted?.has(f.rel)) return;
    const was = l.findings[f.rel];
    const r = m.perFile.get(f.rel);
    const spans = l.files[i]!.spans;
    const now: Findings = {};
    if (r?.messages.length) now.messages = r.messages;
    if (r?.suppressedMessages.length) now.suppressed = r.suppressedMessages;
    if (r?.notes) now.notes = r.notes;
    if (spans && Object.keys(spans).length) now.spans = spans;
    const empty = !now.messages && !now.suppressed && !now.spans && !now.notes;
    if (empty) delete l.findings[f.rel];
    else l.findings[f.rel] = now;
    if ((was || !empty) && JSON.stringify(was ?? {}) !== JSON.stringify(now)) l.touched.add(f.rel);
  });
}
