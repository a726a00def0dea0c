import type { OutlineEntry } from '../../model/types.js';
import { defineRule } from '../define.js';

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
export const sectionInOutline = defineRule({
  meta: {
    id: 'section-in-outline',
    description: 'A paragraph\'s `section` is a heading path that exists in its document\'s outline.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A paragraph\'s `section` lists the headings it sits under, from the top (`[Legal instruments]`, or `[Cooperation, Extradition]` for a sub-heading); each must be a title of the document\'s `outline`, spelled as there, so that `plan render` puts the paragraph under the right heading. An empty `section` (a paragraph before the first heading) is always allowed. A paragraph of a document that has no file is left to `known-document`.',
    examples: [
      {
        title: 'A heading spelled differently from the outline',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['section: [Cooperation]', 'section: [Co-operation]']] }],
        reports: ['Section "Co-operation" is not a heading path of adopted\'s outline.'],
      },
      {
        title: 'A heading of another document\'s outline',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['section: [Cooperation]', 'section: [Measures]']] }],
        reports: ['Section "Measures" is not a heading path of adopted\'s outline.'],
      },
      {
        title: 'A sub-heading under its heading, declared in the outline',
        changes: [
          { file: 'documents/adopted.md', replace: [['    number: "2"', '    number: "2"\n    children: [{title: Mutual legal assistance, number: "2.1"}]']] },
          { file: 'paragraphs/adopted/2.md', replace: [['section: [Cooperation]', 'section: [Cooperation, Mutual legal assistance]']] },
        ],
        reports: [],
      },
    ],
  },
  create(ctx) {
    const cache = new Map<string, Set<string>>();
    return {
      paragraph(p) {
        const d = ctx.corpus.documents.get(p.fm.document);
        if (!d) return;
        let paths = cache.get(d.id);
        if (!paths) cache.set(d.id, (paths = outlinePaths(d.fm.outline)));
        if (!paths.has(p.fm.section.join('\u001f'))) {
          ctx.report(p.file, { path: ['section'] }, `Section ${p.fm.section.map((s) => `"${s}"`).join(' > ') || '(none)'} is not a heading path of ${d.id}'s outline.`);
        }
      },
    };
  },
});
