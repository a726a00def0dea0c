import { defineRule } from '../define.js';

/** Words of a note that says something is still open. */
export const OPEN_NOTE = /\b(?:must|shall|should|will|needs? to|has to|have to|remains? to|is yet to|are yet to)\s+(?:still\s+)?be\s+(?:reconciled|decided|agreed|confirmed|completed|reviewed|harmoni[sz]ed|aligned|updated|revised|discussed)\b|\b(?:to be (?:decided|determined|confirmed|agreed|reconciled|completed)|TBD|TBC|TODO|FIXME|pending agreement|under discussion|no consensus|\[[^\]]*(?:pending|tbd|to be decided|bracketed)[^\]]*\])/i;

/** Editorial markers written in capitals: notes (editorial-note), never acronyms to spell out (acronym-defined). */
export const EDITORIAL_MARKERS: ReadonlySet<string> = new Set(['TBD', 'TBC', 'TODO', 'FIXME']);

/** An open editorial note in a working draft. */
export const editorialNote = defineRule({
  meta: {
    id: 'editorial-note',
    description: 'A working draft holds no open editorial note (a footnote saying something must still be reconciled or decided, TODO, TBD).',
    severity: 'error',
    reads: 'document',
    docs: 'A working draft may carry notes of the drafters to each other: a footnote (or any paragraph) saying that a passage must still be reconciled or decided, "to be confirmed", TODO, TBD. Each is an error until it is settled, so that no such note reaches a circulated text. Circulated drafts and adopted texts are what they are and are not checked. The first open note of a paragraph is reported.',
    examples: [
      {
        title: 'A passage still to be reconciled in a working draft',
        changes: [
          { file: 'documents/draft.md', replace: [['status: circulated-draft', 'status: working-draft']] },
          { file: 'paragraphs/draft/1.md', body: 'The member states shall conclude extradition treaties. This paragraph must be reconciled with the section on mutual legal assistance.' },
        ],
        reports: ['Paragraph holds an open editorial note ("must be reconciled"): settle it before the draft circulates.'],
      },
      {
        title: 'A date left open',
        changes: [
          { file: 'documents/draft.md', replace: [['status: circulated-draft', 'status: working-draft']] },
          { file: 'paragraphs/draft/1.md', body: 'The member states shall conclude extradition treaties by [date TBD].' },
        ],
        reports: ['open editorial note ("TBD")'],
      },
      {
        title: 'A circulated draft is not checked',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states shall conclude extradition treaties. This paragraph must be reconciled with the section on mutual legal assistance.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'working-draft') return;
      const m = OPEN_NOTE.exec(p.file.body);
      if (!m) return;
      const what = p.fm.type === 'footnote' ? 'Footnote' : 'Paragraph';
      ctx.report(p.file, { body: [m.index, m.index + m[0].length] }, `${what} holds an open editorial note ("${m[0]}"): settle it before the draft circulates.`);
    },
  }),
});
