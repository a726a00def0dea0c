import { matchNames } from '../../text/name-index.js';
import { corpusTitles } from '../../text/resolver.js';
import { nearTitles } from '../../text/titles.js';
import { tokenize } from '../../text/tokens.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * An instrument named by a title that is almost, but not quite, its canonical
 * title or a known alias (a wrong word, a typo, a plural), wherever it stands
 * (alone, in a list, mid-sentence): the canonical title is the suggestion, and
 * `--fix` writes it in working drafts. A working draft that uses a form
 * recorded as a slip of an earlier text (`slip: true` on the alias: a wrong
 * word or year) is told too; the circulated text that made the slip stays
 * clean, since the alias records it.
 */
export const instrumentTitle: Rule = {
  id: 'instrument-title',
  description: 'An instrument named in the text by a near miss of its canonical title or a known alias (a wrong word, a typo), or, in a working draft, by a recorded slip, is reported with the canonical title.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    const names = corpusTitles(ctx.corpus);
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      const doc = ctx.corpus.documents.get(p.fm.document);
      const working = doc?.fm.status === 'working-draft';
      const offset = p.file.text.length - p.file.body.length;
      const body = p.file.body;
      const fixOf = (start: number, end: number, title: string) => (working ? { fix: { range: [offset + start, offset + end] as [number, number], text: title } } : undefined);
      const tokens = tokenize(body);
      const found: Array<{ start: number; end: number; message: string; title: string }> = [];
      if (working) {
        for (const m of matchNames(body, tokens, names.index)) {
          if (!m.entry.slip) continue;
          const note = names.notes.get(m.entry.name);
          const title = names.titles.get(m.entry.id)!;
          found.push({ start: m.start, end: m.end, title, message: `"${body.slice(m.start, m.end)}" repeats a slip recorded for \`${m.entry.id}\`${note ? ` (${note.replace(/\.$/, '')})` : ''}: write "${title}".` });
        }
      }
      for (const t of nearTitles(body, names.near, names.index, tokens)) {
        found.push({ start: t.start, end: t.end, title: t.title, message: `"${t.text}" is not the title of \`${t.id}\` as known: did you mean "${t.title}"?` });
      }
      found.sort((a, b) => a.start - b.start);
      for (const f of found) ctx.report(p.file, { body: [f.start, f.end] }, f.message, fixOf(f.start, f.end, f.title));
    }
  },
};
