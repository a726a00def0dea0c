import { defineRule } from '../define.js';

/** A placeholder left by `plan new` (`TODO: ...`): not a source. */
const PLACEHOLDER = /^\s*TODO\b/i;

/** No fact without a source: a done or partial record cites evidence; no evidence is a placeholder. */
export const evidenceRequired = defineRule({
  meta: {
    id: 'evidence-required',
    description: 'A commitment record whose status is done or partial cites evidence with a source, and no evidence of any record is a TODO placeholder (plan new leaves one to fill).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'No fact without a source. A record saying that a state has done or partly done what it committed to (`done`, `partial`) cites at least one evidence entry whose `source` is neither blank nor a placeholder; records that are `in-progress`, `not-done` or `not-applicable` may go without. `plan new commitment` writes `TODO:` placeholders in an evidence entry\'s `source`, `via` and `url`: each one is reported, whatever the status, until someone gives the real source or address or removes the record.',
    examples: [
      {
        title: 'A partial record with no evidence',
        changes: [{ file: 'commitments/MEX/national-authority.md', replace: [['evidence: [{source: a note verbale}]', 'evidence: []']] }],
        reports: ['A record with status partial must cite evidence with a source.'],
      },
      {
        title: 'A placeholder left by plan new',
        changes: [{ file: 'commitments/NIC/untoc.md', replace: [['[{source: "UN Treaty Collection, chapter XVIII-12"}]', '[{source: "TODO: the source of this record"}]']] }],
        reports: ['The evidence source is a placeholder (`TODO: the source of this record`): give the real source, or remove the record until there is one.'],
      },
      {
        title: 'A not-done record may have no evidence',
        changes: [{ file: 'commitments/NIC/untoc.md', replace: [['evidence: [{source: "UN Treaty Collection, chapter XVIII-12"}]', 'evidence: []']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    commitment(cm) {
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
    },
  }),
});
