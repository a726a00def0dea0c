import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** Addressees, authors and adopting bodies come from the registry in bodies/. */
export const knownBody: Rule = {
  id: 'known-body',
  description: 'Addressees, document authors and adopting bodies are ids from the registry of bodies (bodies/).',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    const msg = (id: string) => `Unknown body \`${id}\`${didYouMean(id, c.bodies.keys()) || `: add bodies/${id}.md to the registry.`}`;
    for (const p of c.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      (p.fm.addressees ?? []).forEach((a, i) => {
        if (!exists(c, 'body', a)) ctx.report(p.file, { path: ['addressees', i] }, msg(a));
      });
    }
    for (const d of c.documents.values()) {
      if (!exists(c, 'body', d.fm.author)) ctx.report(d.file, { path: ['author'] }, msg(d.fm.author));
      if (d.fm.adopted && !exists(c, 'body', d.fm.adopted.by)) ctx.report(d.file, { path: ['adopted', 'by'] }, msg(d.fm.adopted.by));
    }
    for (const b of c.bodies.values()) {
      if (b.fm.parent && !exists(c, 'body', b.fm.parent)) ctx.report(b.file, { path: ['parent'] }, msg(b.fm.parent));
    }
  },
};
