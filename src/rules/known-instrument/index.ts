import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** Cited instruments, obligation instruments, protocol parents and commitment instruments exist. */
export const knownInstrument: Rule = {
  id: 'known-instrument',
  description: 'Every instrument id used (cites, obligations, protocol parents, commitments) has a file in instruments/.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    const ids = () => c.instruments.keys();
    const miss = (id: string) => !exists(c, 'instrument', id);
    const msg = (id: string) => `Unknown instrument \`${id}\`${didYouMean(id, ids()) || `: no instruments/${id}.md.`}`;
    for (const p of c.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      (p.fm.cites ?? []).forEach((ci, i) => {
        if (miss(ci.instrument)) ctx.report(p.file, { path: ['cites', i, 'instrument'] }, msg(ci.instrument));
      });
      (p.fm.obligation?.instruments ?? []).forEach((id, i) => {
        if (miss(id)) ctx.report(p.file, { path: ['obligation', 'instruments', i] }, msg(id));
      });
    }
    for (const ins of c.instruments.values()) {
      if (ins.fm.parent && miss(ins.fm.parent)) ctx.report(ins.file, { path: ['parent'] }, msg(ins.fm.parent));
    }
    for (const cm of c.commitments.values()) {
      if (!ctx.wanted(cm.file)) continue;
      if (cm.fm.instrument && miss(cm.fm.instrument)) ctx.report(cm.file, { path: ['instrument'] }, msg(cm.fm.instrument));
    }
  },
};
