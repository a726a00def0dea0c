import { scanTitles } from '../text/titles.js';
import { nameKey } from '../text/resolver.js';
import { nameCandidates } from '../text/instrument-names.js';
import { editDistance } from '../util/text.js';
import type { Rule } from './types.js';

/**
 * An instrument named by a title that is almost, but not quite, its canonical
 * title or a known alias (a wrong word, a typo): the canonical title is the
 * suggestion, and `--fix` writes it in working drafts. A working draft that
 * uses a form recorded as a slip of an earlier text (`slip: true` on the
 * alias: a wrong word or year) is told too; the circulated text that made the
 * slip stays clean, since the alias records it.
 */
export const instrumentTitle: Rule = {
  id: 'instrument-title',
  description: 'An instrument named in the text by a near miss of its canonical title or a known alias (a wrong word, a typo), or, in a working draft, by a recorded slip, is reported with the canonical title.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    const names: Array<{ key: string; id: string; title: string }> = [];
    const slips = new Map<string, { id: string; title: string; note?: string }>();
    for (const [id, ins] of ctx.corpus.instruments) {
      for (const n of [ins.fm.title, ...(ins.fm['short-titles'] ?? []), ...(ins.fm.aliases ?? []).map((a) => a.text)]) names.push({ key: nameKey(n), id, title: ins.fm.title });
      for (const a of ins.fm.aliases ?? []) {
        if (a.slip) slips.set(nameKey(a.text), { id, title: ins.fm.title, ...(a.note ? { note: a.note } : {}) });
      }
    }
    const exact = new Set(names.map((n) => n.key));
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      const doc = ctx.corpus.documents.get(p.fm.document);
      const working = doc?.fm.status === 'working-draft';
      const offset = p.file.text.length - p.file.body.length;
      for (const t of scanTitles(p.file.body)) {
        const key = nameKey(t.text);
        const fixOf = (title: string) => (working ? { fix: { range: [offset + t.start, offset + t.end] as [number, number], text: title } } : undefined);
        if (working) {
          const slip = nameCandidates(t.text).map((k) => slips.get(k)).find(Boolean);
          if (slip) {
            ctx.report(p.file, { body: [t.start, t.end] }, `"${t.text}" repeats a slip recorded for \`${slip.id}\`${slip.note ? ` (${slip.note.replace(/\.$/, '')})` : ''}: write "${slip.title}".`, fixOf(slip.title));
            continue;
          }
        }
        if (exact.has(key) || names.some((n) => n.key.startsWith(key) || key.startsWith(n.key))) continue;
        let best: { d: number; n: (typeof names)[number] } | undefined;
        for (const n of names) {
          const limit = Math.max(2, Math.floor(n.key.length * 0.12));
          const d = editDistance(key, n.key, limit);
          if (d <= limit && (!best || d < best.d)) best = { d, n };
        }
        if (!best) continue;
        ctx.report(p.file, { body: [t.start, t.end] }, `"${t.text}" is not the title of \`${best.n.id}\` as known: did you mean "${best.n.title}"?`, fixOf(best.n.title));
      }
    }
  },
};
