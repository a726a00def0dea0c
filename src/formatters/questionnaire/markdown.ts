/**
 * `plan questionnaire --format markdown`: the questionnaire to read or print,
 * one heading per section of each text, one entry per item with its key, the
 * paragraph's words, what is asked, the current record and blanks for the
 * reply. (To collect replies, send the XLSX or CSV: `plan import replies`
 * reads those.)
 */
import { instructions, type Questionnaire, type QuestionnaireRow } from '../../reports/questionnaire.js';

/** Markdown-inert text: characters that would start markup are escaped, line breaks collapsed. */
function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function entry(r: QuestionnaireRow): string[] {
  const current = r.status === 'no-record'
    ? 'no record'
    : `${r.status}${r.asOf ? ` as of ${r.asOf}` : ''}${r.source ? ` — ${md(r.source)}` : ''}${r.url ? ` ([source](${r.url.replace(/[()\s]/g, encodeURIComponent)}))` : ''}`;
  return [
    `### ${md(r.paragraph)}${r.instrument ? ` — ${md(r.instrument)}` : ''}`,
    '',
    `Key: \`${r.key}\``,
    '',
    ...(r.text ? [`> ${md(r.text)}`, ''] : []),
    `- What is asked: ${md(r.asked)}`,
    `- Current record: ${current}`,
    '- Reply — status: ______  date: ______',
    '- Reply — evidence (law, decree, website): ______',
    '- Reply — source URL: ______  comments: ______',
    '',
  ];
}

export function questionnaireMarkdown(q: Questionnaire): string {
  const out = [`# Questionnaire: ${md(q.state.name)} (${q.state.id})`, '', ...instructions(q).flatMap((l) => [md(l), ''])];
  let doc = '';
  for (const g of q.groups) {
    if (g.document !== doc) {
      doc = g.document;
      const d = q.documents.find((x) => x.id === doc);
      out.push(`## ${md(d?.title ?? doc)} (${doc})`, '');
    }
    out.push(`### ${md(g.section)}`, '', ...g.rows.flatMap((r) => entry(r).map((l) => (l.startsWith('### ') ? `#${l}` : l))));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
