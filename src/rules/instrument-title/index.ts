import { matchNames } from '../../text/name-index.js';
import { corpusTitles } from '../../text/resolver.js';
import { nearTitles } from '../../text/titles.js';
import { tokenize } from '../../text/tokens.js';
import { defineRule } from '../define.js';

/** An instrument named by a near miss of its title, or by a recorded slip in a working draft. */
export const instrumentTitle = defineRule({
  meta: {
    id: 'instrument-title',
    description: 'An instrument named in the text by a near miss of its canonical title or a known alias (a wrong word, a typo), or, in a working draft, by a recorded slip, is reported with the canonical title.',
    severity: 'warn',
    fixable: true,
    reads: 'document',
    docs: 'An instrument named by a title that is almost, but not quite, its canonical title or a known alias (a wrong word, a typo, a plural) is reported wherever it stands, alone, in a list or mid-sentence, with the canonical title as the suggestion; in a working draft `plan lint --fix` writes it. A form recorded on the instrument as the slip of an earlier text (an alias with `slip: true`: a wrong word or year) is reported in working drafts only: the circulated or adopted text that made the slip stays clean, since the alias records it.',
    examples: [
      {
        title: 'A wrong word in the title',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['Mutual Assistance in Criminal Matters', 'Mutual Assistance in Criminal Affairs']] }],
        reports: ['"Inter-American Convention on Mutual Assistance in Criminal Affairs" is not the title of `ia-mla` as known: did you mean "Inter-American Convention on Mutual Assistance in Criminal Matters"?'],
      },
      {
        title: 'A spelling variant',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['Transnational Organized Crime', 'Transnational Organised Crime']] }],
        reports: ['is not the title of `untoc` as known: did you mean "United Nations Convention against Transnational Organized Crime"?'],
      },
      {
        title: 'A working draft repeats a form recorded as a slip',
        changes: [
          { file: 'instruments/ia-mla.md', replace: [['sources:', 'aliases:\n  - text: Inter-American Convention on Mutual Legal Assistance in Criminal Matters\n    note: Adds "Legal" to the title.\n    slip: true\nsources:']] },
          { file: 'documents/adopted.md', replace: [['status: adopted', 'status: working-draft']] },
          { file: 'paragraphs/adopted/1.md', replace: [['Mutual Assistance', 'Mutual Legal Assistance']] },
        ],
        reports: ['"Inter-American Convention on Mutual Legal Assistance in Criminal Matters" repeats a slip recorded for `ia-mla` (Adds "Legal" to the title): write "Inter-American Convention on Mutual Assistance in Criminal Matters".'],
      },
      {
        title: 'A short title is a known name',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['the United Nations Convention against Transnational Organized Crime', 'the Palermo Convention']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      const names = corpusTitles(ctx.corpus);
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
    },
  }),
});
