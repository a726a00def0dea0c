import { scanTitles } from '../text/titles.js';
import { nameKey } from '../text/resolver.js';
import { editDistance } from '../util/text.js';
import type { Rule } from './types.js';

/**
 * An instrument named by a title that is almost, but not quite, its canonical
 * title or a known alias (a wrong word, a typo): the canonical title is the
 * suggestion, and `--fix` writes it in working drafts.
 */
export const instrumentTitle: Rule = {
  id: 'instrument-title',
  description: 'An instrument named in the text by a near miss of its canonical title or a known alias (a wrong word, a typo) is reported with the canonical title.',
  severity: 'warn',
  scope: 'corpus',
  check(ctx) {
    const names: Array<{ key: string; id: string; title: string }> = [];
    for (const [id, ins] of ctx.corpus.instruments) {
      for (const n of [ins.fm.title, ...(ins.fm['short-titles'] ?? []), ...(ins.fm.aliases ?? []).map((a) => a.text)]) names.push({ key: nameKey(n), id, title: ins.fm.title });
    }
    const exact = new Set(names.map((n) => n.key));
    for (const p of ctx.corpus.paragraphs.values()) {
      for (const t of scanTitles(p.file.body)) {
        const key = nameKey(t.text);
        if (exact.has(key) || names.some((n) => n.key.startsWith(key) || key.startsWith(n.key))) continue;
        let best: { d: number; n: (typeof names)[number] } | undefined;
        for (const n of names) {
          const limit = Math.max(2, Math.floor(n.key.length * 0.12));
          const d = editDistance(key, n.key, limit);
          if (d <= limit && (!best || d < best.d)) best = { d, n };
        }
        if (!best) continue;
        const doc = ctx.corpus.documents.get(p.fm.document);
        const fix = doc?.fm.status === 'working-draft' ? { range: [p.file.text.length - p.file.body.length + t.start, p.file.text.length - p.file.body.length + t.end] as [number, number], text: best.n.title } : undefined;
        ctx.report(p.file, { body: [t.start, t.end] }, `"${t.text}" is not the title of \`${best.n.id}\` as known: did you mean "${best.n.title}"?`, fix ? { fix } : undefined);
      }
    }
  },
};
