import { join } from 'node:path';
import type { Node } from 'yaml';
import { YAML_PARSE, yamlLib } from '../util/lazy-yaml.js';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import type { SourceFile } from '../model/source-file.js';
import { readRootFile, safeMessage } from '../model/read-file.js';

/** An inline `plan-lint-disable-next-line rule-a, rule-b -- reason` comment. */
export interface Directive {
  file: SourceFile;
  /** Line of the comment; it suppresses findings on the next line. */
  line: number;
  column: number;
  rules: string[];
  reason: string;
  used: Set<string>;
}

const DIRECTIVE = /^plan-lint-disable-next-line\s+([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)\s*(?:--\s*(.*?))?\s*$/;

/**
 * Directives of a file: as an HTML comment in the body
 * (`<!-- plan-lint-disable-next-line rule -- reason -->`) or a YAML comment in
 * the front matter (`# plan-lint-disable-next-line rule -- reason`).
 */
export function parseDirectives(file: SourceFile): Directive[] {
  const out: Directive[] = [];
  if (!file.text.includes('plan-lint-disable')) return out;
  const lines = file.text.split('\n');
  lines.forEach((l, i) => {
    const at = l.indexOf('plan-lint-disable-next-line');
    if (at < 0) return;
    const before = l.slice(0, at).trim();
    if (before !== '<!--' && before !== '#') return;
    let rest = l.slice(at).trimEnd();
    if (before === '<!--') {
      if (!rest.endsWith('-->')) return;
      rest = rest.slice(0, -3);
    }
    const m = DIRECTIVE.exec(rest);
    if (!m) return;
    out.push({ file, line: i + 1, column: l.indexOf(before) + 1, rules: m[1]!.split(',').map((s) => s.trim()), reason: (m[2] ?? '').trim(), used: new Set() });
  });
  return out;
}

/** One recorded finding of the baseline file. */
export interface BaselineEntry {
  file: string;
  rule: string;
  message: string;
  reason: string;
  /** Line of the entry in the baseline file. */
  line: number;
  used: boolean;
}

export { BASELINE_FILE } from '../model/find.js';
import { BASELINE_FILE } from '../model/find.js';

/** Reads corpus/plan.baseline.yaml; a malformed one is a usage error naming the line. */
export function loadBaseline(root: string): { path: string; entries: BaselineEntry[] } {
  const path = join(root, BASELINE_FILE);
  // As a corpus file is read (no link, FIFO or device, the size limit, strict UTF-8).
  const text = readRootFile(path, 'baseline');
  if (text === undefined) return { path, entries: [] };
  const lc = new (yamlLib().LineCounter)();
  const doc = yamlLib().parseDocument(text, { ...YAML_PARSE, lineCounter: lc });
  const err = doc.errors[0];
  if (err) {
    const p = lc.linePos(err.pos[0]);
    throw new UsageError(`${path}:${p.line}:${p.col}: invalid YAML in the baseline: ${safeMessage(err.message.split('\n')[0] ?? '')}`);
  }
  const seq = doc.contents as Node | null;
  if (seq === null) return { path, entries: [] };
  if (!yamlLib().isSeq(seq)) throw new UsageError(`${path}:1:1: the baseline must be a list of {file, rule, message, reason} entries.`);
  const entries: BaselineEntry[] = [];
  for (const item of seq.items) {
    const node = item as Node;
    const line = node.range ? lc.linePos(node.range[0]).line : 1;
    const v = yamlLib().isMap(node) ? (node.toJSON() as Record<string, unknown>) : undefined;
    if (!v || typeof v.file !== 'string' || typeof v.rule !== 'string' || typeof v.message !== 'string') {
      throw new UsageError(`${path}:${line}:1: a baseline entry needs string keys file, rule and message (and a reason).`);
    }
    entries.push({ file: v.file, rule: v.rule, message: v.message, reason: typeof v.reason === 'string' ? v.reason : '', line, used: false });
  }
  return { path, entries };
}

/** Marks diagnostics suppressed by directives or the baseline; returns nothing (mutates). */
export function applySuppressions(diags: Diagnostic[], byPath: ReadonlyMap<string, SourceFile>, directives: Map<SourceFile, Directive[]>, baseline: BaselineEntry[]): void {
  const pool = new Map<string, BaselineEntry[]>();
  for (const e of baseline) {
    const k = `${e.file}\u0000${e.rule}\u0000${e.message}`;
    const a = pool.get(k);
    if (a) a.push(e);
    else pool.set(k, [e]);
  }
  for (const d of diags) {
    const file = byPath.get(d.file);
    if (!file) continue;
    const dir = directives.get(file)?.find((x) => x.line + 1 === d.line && x.rules.includes(d.ruleId));
    if (dir) {
      dir.used.add(d.ruleId);
      d.suppressed = { kind: 'directive', justification: dir.reason };
      continue;
    }
    const e = pool.get(`${file.rel}\u0000${d.ruleId}\u0000${d.message}`)?.find((x) => !x.used);
    if (e) {
      e.used = true;
      d.suppressed = { kind: 'baseline', justification: e.reason };
    }
  }
}
