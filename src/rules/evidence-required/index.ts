import type { LegacyRule as Rule } from '../types.js';

/** A placeholder left by `plan new` (`TODO: ...`): not a source. */
const PLACEHOLDER = /^\s*TODO\b/i;

/** No fact without a source: a done or partial record cites evidence; no evidence is a placeholder. */
export const evidenceRequired: Rule = {
  id: 'evidence-required',
  description: 'A commitment record whose status is done or partial cites evidence with a source, and no evidence of any record is a TODO placeholder (plan new leaves one to fill).',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    for (const cm of ctx.corpus.commitments.values()) {
      if (!ctx.wanted(cm.file)) continue;
      cm.fm.records.forEach((r, i) => {
        (r.evidence ?? []).forEach((e, j) => {
          for (const k of ['source', 'via', 'url'] as const) {
            if (PLACEHOLDER.test(e[k] ?? '')) ctx.report(cm.file, { path: ['records', i, 'evidence', j, k] }, `The evidence ${k} is a placeholder (\`${(e[k] ?? '').slice(0, 60)}\`): give the real ${k === 'url' ? 'address' : 'source'}, or remove the record until there is one.`);
          }
        });
        const ok = (r.evidence ?? []).some((e) => e.source.trim() !== '' && !PLACEHOLDER.test(e.source));
        if (!ok && (r.status === 'done' || r.status === 'partial')) {
          ctx.report(cm.file, { path: ['records', i, 'status'] }, `A record with status ${r.status} must cite evidence with a source.`);
        }
      });
    }
  },
};
