import type { LegacyRule as Rule } from '../types.js';

/** Words of a note that says something is still open. */
export const OPEN_NOTE = /\b(?:must|shall|should|will|needs? to|has to|have to|remains? to|is yet to|are yet to)\s+(?:still\s+)?be\s+(?:reconciled|decided|agreed|confirmed|completed|reviewed|harmoni[sz]ed|aligned|updated|revised|discussed)\b|\b(?:to be (?:decided|determined|confirmed|agreed|reconciled|completed)|TBD|TBC|TODO|FIXME|pending agreement|under discussion|no consensus|\[[^\]]*(?:pending|tbd|to be decided|bracketed)[^\]]*\])/i;

/** Editorial markers written in capitals: notes (editorial-note), never acronyms to spell out (acronym-defined). */
export const EDITORIAL_MARKERS: ReadonlySet<string> = new Set(['TBD', 'TBC', 'TODO', 'FIXME']);

/**
 * An open editorial note in a working draft: a footnote (or any paragraph)
 * saying that something must still be reconciled or decided. Circulated and
 * adopted texts are what they are and are not checked.
 */
export const editorialNote: Rule = {
  id: 'editorial-note',
  description: 'A working draft holds no open editorial note (a footnote saying something must still be reconciled or decided, TODO, TBD).',
  severity: 'error',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'working-draft') continue;
      const m = OPEN_NOTE.exec(p.file.body);
      if (!m) continue;
      const what = p.fm.type === 'footnote' ? 'Footnote' : 'Paragraph';
      ctx.report(p.file, { body: [m.index, m.index + m[0].length] }, `${what} holds an open editorial note ("${m[0]}"): settle it before the draft circulates.`);
    }
  },
};
