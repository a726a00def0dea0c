import type { Corpus } from '../model/model.js';
import type { SourceFile } from '../model/source-file.js';
import { diskText } from '../model/disk-text.js';
import { isWorkingDraft } from './working-draft.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LintResult } from './engine.js';
import { writeFileAtomic, writeFilesAtomic } from '../util/atomic-write.js';
import { assembleCorpus } from '../model/load.js';
import { readSource } from '../model/source-file.js';

export interface FileFix {
  file: SourceFile;
  before: string;
  after: string;
  applied: Diagnostic[];
}

export { isWorkingDraft } from './working-draft.js';

/**
 * The safe fixes of a lint result, applied in memory to files of working
 * drafts only: non-overlapping edits, last first, so offsets stay valid.
 */
export function computeFixes(corpus: Corpus, result: LintResult): FileFix[] {
  const byPath = new Map(corpus.files.map((f) => [f.path, f] as const));
  const out: FileFix[] = [];
  for (const r of result.results) {
    const file = byPath.get(r.filePath);
    if (!file || !isWorkingDraft(corpus, file)) continue;
    const fixes = r.messages.filter((m) => m.fix).sort((a, b) => b.fix!.range[0] - a.fix!.range[0] || b.fix!.range[1] - a.fix!.range[1]);
    let text = file.text;
    let floor = Infinity;
    const applied: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const d of fixes) {
      const [s, e] = d.fix!.range;
      const key = `${s}:${e}:${d.fix!.text}`;
      // Overlapping edits, or a second insertion at the point of an applied edit (two insertions
      // there could each add the same key): left for the next run. Duplicates apply once.
      if (seen.has(key) || e > floor || (s === e && e === floor) || s < 0 || e > text.length) continue;
      seen.add(key);
      text = text.slice(0, s) + d.fix!.text + text.slice(e);
      floor = s;
      applied.push(d);
    }
    if (applied.length && text !== file.text) out.push({ file, before: file.text, after: text, applied: applied.reverse() });
  }
  return out;
}

/** Most passes of `--fix` (as ESLint): a fix that makes another possible is applied in the next pass. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the safe fixes in memory, lints again and applies what is fixable then (fixes that
 * overlapped one applied, or that the first fixes made possible), until nothing is left to fix or
 * after MAX_FIX_PASSES passes. Gives each changed file once (its text before the first pass and
 * after the last, every fix applied), and the result of linting the fixed corpus.
 */
export function fixUntilStable(corpus: Corpus, result: LintResult, relint: (c: Corpus) => LintResult): { fixes: FileFix[]; result: LintResult; passes: number } {
  const byPath = new Map<string, FileFix>();
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixes = computeFixes(corpus, result);
    if (!fixes.length) break;
    passes++;
    for (const f of fixes) {
      const had = byPath.get(f.file.path);
      byPath.set(f.file.path, had ? { file: had.file, before: had.before, after: f.after, applied: [...had.applied, ...f.applied] } : f);
    }
    corpus = withTexts(corpus, fixes);
    result = relint(corpus);
  }
  return { fixes: [...byPath.values()].filter((f) => f.after !== f.before), result, passes };
}

/** The corpus with some files' texts replaced, read again as from disk. */
function withTexts(corpus: Corpus, fixes: readonly FileFix[]): Corpus {
  const next = new Map(fixes.map((f) => [f.file.path, f] as const));
  const enc = new TextEncoder();
  const files = corpus.files.map((f) => {
    const fix = next.get(f.path);
    return fix ? readSource(f.path, f.rel, f.kind, f.pathId, enc.encode(diskText(f, fix.after))) : f;
  });
  return assembleCorpus(corpus.root, corpus.config, files);
}

/** A fixed file's bytes, with its original line endings and byte-order mark. */
function fixedText(fix: FileFix): string {
  return diskText(fix.file, fix.after);
}

/** Writes a fixed file atomically, with its original line endings and byte-order mark. */
export function writeFix(fix: FileFix): void {
  writeFileAtomic(fix.file.path, fixedText(fix));
}

/** Writes every fixed file as one change: all of them, or (on any failure) none. */
export function writeFixes(fixes: readonly FileFix[]): void {
  if (fixes.length) writeFilesAtomic(fixes.map((f) => ({ path: f.file.path, data: fixedText(f) })));
}

/** A unified diff of two texts (small files: a plain LCS is enough). */
export function unifiedDiff(path: string, a: string, b: string, context = 2): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = x[i] === y[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const ops: Array<{ t: ' ' | '-' | '+'; s: string; i: number; j: number }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { ops.push({ t: ' ', s: x[i]!, i, j }); i++; j++; }
    else if (j < m && (i >= n || L[i]![j + 1]! >= L[i + 1]![j]!)) { ops.push({ t: '+', s: y[j]!, i, j }); j++; }
    else { ops.push({ t: '-', s: x[i]!, i, j }); i++; }
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.t === ' ') { k++; continue; }
    let start = Math.max(0, k - context);
    let end = k;
    while (end < ops.length) {
      if (ops[end]!.t !== ' ') { end++; continue; }
      let run = 0;
      while (end + run < ops.length && ops[end + run]!.t === ' ') run++;
      if (run > context * 2 || end + run >= ops.length) { end = Math.min(ops.length, end + context); break; }
      end += run;
    }
    const hunk = ops.slice(start, end);
    const a0 = hunk[0]!.i + 1;
    const b0 = hunk[0]!.j + 1;
    out.push(`@@ -${a0},${hunk.filter((o) => o.t !== '+').length} +${b0},${hunk.filter((o) => o.t !== '-').length} @@`);
    for (const o of hunk) out.push(`${o.t}${o.s}`);
    k = end;
    start = end;
  }
  return out.join('\n') + '\n';
}
