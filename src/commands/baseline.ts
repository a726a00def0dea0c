import { stringify } from 'yaml';
import type { Corpus } from '../model/model.js';
import type { LintResult } from '../lint/engine.js';
import type { BaselineEntry } from '../lint/suppress.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Is a file part of a frozen text (a circulated draft or an adopted text)? */
export function isFrozen(corpus: Corpus, rel: string): boolean {
  const m = /^(?:paragraphs\/([^/]+)\/[^/]+|documents\/([^/]+))\.md$/.exec(rel);
  const doc = m && corpus.documents.get((m[1] ?? m[2])!);
  return Boolean(doc && doc.fm.status !== 'working-draft');
}

/**
 * Rewrites corpus/plan.baseline.yaml: the entries still in use (with their
 * reasons) and every current finding of a frozen text. Findings of working
 * drafts, instruments, states and commitments are never recorded: they are to
 * be fixed. Returns the number of entries written.
 */
export function writeBaseline(corpus: Corpus, result: LintResult, baseline: { path: string; entries: BaselineEntry[] }, today: string): number {
  const rows: Array<{ file: string; rule: string; message: string; reason: string }> = [];
  for (const f of result.results) {
    for (const d of f.suppressedMessages) {
      if (d.suppressed?.kind === 'baseline') rows.push({ file: f.rel, rule: d.ruleId, message: d.message, reason: d.suppressed.justification });
    }
    if (!isFrozen(corpus, f.rel)) continue;
    for (const d of f.messages) {
      if (d.ruleId === 'unused-suppression' || d.ruleId === 'internal-error') continue;
      rows.push({ file: f.rel, rule: d.ruleId, message: d.message, reason: `recorded ${today}: the text stands as circulated` });
    }
  }
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  const header = '# Findings recorded once for circulated and adopted texts, which stay as they were circulated.\n# Written by `plan lint --update-baseline`; an entry that no longer matches is reported.\n';
  writeFileAtomic(baseline.path, header + (rows.length ? stringify(rows, { lineWidth: 0 }) : '[]\n'));
  return rows.length;
}
