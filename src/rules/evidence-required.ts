import type { Rule } from './types.js';

/** No fact without a source: a done or partial record cites evidence. */
export const evidenceRequired: Rule = {
  id: 'evidence-required',
  description: 'A commitment record whose status is done or partial cites evidence with a source.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    for (const cm of ctx.corpus.commitments.values()) {
      if (!ctx.wanted(cm.file)) continue;
      cm.fm.records.forEach((r, i) => {
        const ok = (r.evidence ?? []).some((e) => e.source.trim() !== '');
        if (!ok && (r.status === 'done' || r.status === 'partial')) {
          ctx.report(cm.file, { path: ['records', i, 'status'] }, `A record with status ${r.status} must cite evidence with a source.`);
        }
      });
    }
  },
};
