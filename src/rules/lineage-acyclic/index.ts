import { defineRule } from '../define.js';

/** derived-from lineage has no cycle (a text cannot descend from itself). */
export const lineageAcyclic = defineRule({
  meta: {
    id: 'lineage-acyclic',
    description: 'derived-from links form no cycle.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A paragraph\'s `derived-from` relations trace its wording back to the earlier texts it descends from: an adopted paragraph from the draft it was negotiated on, that draft from an older plan. A text cannot descend from itself, directly or through others, so a cycle is a wrong link. Each cycle is reported once, on the link that closes it (the paragraphs are visited in id order). Links with `resolved: false`, to texts outside the corpus, are not followed.',
    examples: [
      {
        title: 'A draft paragraph said to derive from the adopted text that derives from it',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['obligation:', 'relations:\n  - {type: derived-from, target: adopted/2, basis: quoted}\nobligation:']] }],
        reports: ['derived-from cycle: adopted/2 → draft/1 → adopted/2.'],
      },
      {
        title: 'A paragraph derived from itself',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['obligation:', 'relations:\n  - {type: derived-from, target: draft/1, basis: quoted}\nobligation:']] }],
        reports: ['derived-from cycle: draft/1 → draft/1.'],
      },
      {
        title: 'A lineage that goes back to a text outside the corpus',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['obligation:', 'relations:\n  - {type: derived-from, target: plan-2006/3, resolved: false, description: "the adopted Plan, not in the corpus", basis: paraphrased}\nobligation:']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    end() {
      const c = ctx.corpus;
      const next = (id: string) => (c.paragraphs.get(id)?.fm.relations ?? []).filter((r) => r.type === 'derived-from' && r.resolved !== false).map((r) => r.target);
      const state = new Map<string, 1 | 2>();
      const reported = new Set<string>();
      const ids = [...c.paragraphs.keys()].sort();
      for (const start of ids) {
        if (state.has(start)) continue;
        // Iterative DFS: lineage chains can be long; no recursion.
        const stack: Array<{ id: string; it: string[]; i: number }> = [{ id: start, it: next(start), i: 0 }];
        const onPath: string[] = [start];
        state.set(start, 1);
        while (stack.length) {
          const top = stack[stack.length - 1]!;
          if (top.i >= top.it.length) {
            state.set(top.id, 2);
            stack.pop();
            onPath.pop();
            continue;
          }
          const t = top.it[top.i++]!;
          const s = state.get(t);
          if (s === 1) {
            const cycle = [...onPath.slice(onPath.indexOf(t)), t];
            const key = [...cycle].sort().join(' ');
            if (!reported.has(key)) {
              reported.add(key);
              const p = c.paragraphs.get(top.id)!;
              const i = (p.fm.relations ?? []).findIndex((r) => r.type === 'derived-from' && r.target === t);
              ctx.report(p.file, { path: ['relations', i, 'target'] }, `derived-from cycle: ${cycle.join(' → ')}.`);
            }
          } else if (s === undefined && c.paragraphs.has(t)) {
            state.set(t, 1);
            onPath.push(t);
            stack.push({ id: t, it: next(t), i: 0 });
          }
        }
      }
    },
  }),
});
