import type { OutlineEntry } from '../../model/types.js';
import type { LegacyRule as Rule } from '../types.js';

/** Every heading path of the outline, joined with U+001F. */
export function outlinePaths(outline: OutlineEntry[]): Set<string> {
  const out = new Set<string>(['']);
  const walk = (entries: OutlineEntry[], prefix: string[]) => {
    for (const e of entries) {
      const p = [...prefix, e.title];
      out.add(p.join('\u001f'));
      if (e.children) walk(e.children, p);
    }
  };
  walk(outline, []);
  return out;
}

/** A paragraph's section is a heading path of its document's outline. */
export const sectionInOutline: Rule = {
  id: 'section-in-outline',
  description: 'A paragraph\'s `section` is a heading path that exists in its document\'s outline.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const cache = new Map<string, Set<string>>();
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      const d = ctx.corpus.documents.get(p.fm.document);
      if (!d) continue;
      let paths = cache.get(d.id);
      if (!paths) cache.set(d.id, (paths = outlinePaths(d.fm.outline)));
      if (!paths.has(p.fm.section.join('\u001f'))) {
        ctx.report(p.file, { path: ['section'] }, `Section ${p.fm.section.map((s) => `"${s}"`).join(' > ') || '(none)'} is not a heading path of ${d.id}'s outline.`);
      }
    }
  },
};
