import type { Corpus } from './corpus/model.js';
import type { SourceFile } from './corpus/source-file.js';
import { diskText } from './corpus/disk-text.js';
import type { Diagnostic } from './diagnostics.js';
import type { LintResult } from './lint.js';
import { writeFileAtomic, writeFilesAtomic } from './util/atomic-write.js';

export interface FileFix {
  file: SourceFile;
  before: string;
  after: string;
  applied: Diagnostic[];
}

/** Is the file part of a working draft (the only texts --fix may touch)? */
export function isWorkingDraft(corpus: Corpus, file: SourceFile): boolean {
  const docId = file.kind === 'paragraph' ? file.pathId.split('/')[0] : file.kind === 'document' ? file.pathId : undefined;
  return Boolean(docId && corpus.documents.get(docId)?.fm.status === 'working-draft');
}

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
