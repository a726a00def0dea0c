import type { LegacyRule as Rule } from '../types.js';

/** derived-from lineage has no cycle (a text cannot descend from itself). */
export const lineageAcyclic: Rule = {
  id: 'lineage-acyclic',
  description: 'derived-from links form no cycle.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
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
};
