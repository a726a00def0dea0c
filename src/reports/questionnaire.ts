/**
 * `plan questionnaire --state X`: the questionnaire a state answers. One row
 * per obligation item of the documents (the items of `plan gaps --state`,
 * computed by the gaps library), in reading order and grouped by the
 * sections of each text (its outline headings, from each paragraph's
 * `section`), with the paragraph's words, what is asked, the current record
 * and empty reply columns. The `key` column (the gaps key) lets
 * `plan import replies` match each reply to its item.
 */
import type { Corpus, Document } from '../model/model.js';
import type { GapStatus, OutlineEntry } from '../model/types.js';
import { STATUSES } from '../model/types.js';
import { normalisedBody } from '../model/fingerprint.js';
import { gapsForState, type DocRef, type GapsOptions } from './gaps/index.js';

/** A column of the questionnaire: its id (what the importer reads) and its heading. */
export interface QuestionnaireColumn {
  id: string;
  header: string;
  /** Filled by the state. */
  reply: boolean;
  /** Readable width in characters (XLSX). */
  width: number;
}

/**
 * The columns, in order (contract: `plan import replies` finds them by
 * heading, so a state may reorder or hide columns, not rename them).
 */
export const QUESTIONNAIRE_COLUMNS: readonly QuestionnaireColumn[] = [
  { id: 'key', header: 'Key', reply: false, width: 28 },
  { id: 'state', header: 'State', reply: false, width: 7 },
  { id: 'section', header: 'Section', reply: false, width: 26 },
  { id: 'paragraph', header: 'Paragraph', reply: false, width: 22 },
  { id: 'text', header: 'Text of the paragraph', reply: false, width: 60 },
  { id: 'asked', header: 'What is asked', reply: false, width: 36 },
  { id: 'instrument', header: 'Instrument', reply: false, width: 14 },
  { id: 'current-status', header: 'Current status', reply: false, width: 13 },
  { id: 'current-as-of', header: 'Current as of', reply: false, width: 12 },
  { id: 'current-source', header: 'Current source', reply: false, width: 40 },
  { id: 'status', header: 'Reply: status', reply: true, width: 15 },
  { id: 'date', header: 'Reply: date (YYYY-MM-DD)', reply: true, width: 14 },
  { id: 'evidence', header: 'Reply: evidence (law, decree, website)', reply: true, width: 40 },
  { id: 'url', header: 'Reply: source URL', reply: true, width: 32 },
  { id: 'comments', header: 'Reply: comments', reply: true, width: 40 },
];

/** The statuses a reply may give (contract). */
export const REPLY_STATUSES: readonly string[] = STATUSES;

/** One item to answer. */
export interface QuestionnaireRow {
  key: string;
  paragraph: string;
  document: string;
  /** The section heading the item sits under, with its number (`2. Legal Instruments`). */
  section: string;
  /** The paragraph's words, whitespace collapsed. */
  text: string;
  asked: string;
  action: string;
  instrument?: string;
  status: GapStatus;
  asOf?: string;
  source?: string;
  url?: string;
}

/** The rows under one section heading of one text. */
export interface QuestionnaireGroup {
  document: string;
  section: string;
  rows: QuestionnaireRow[];
}

export interface Questionnaire {
  state: { id: string; name: string; nameEs?: string };
  today: string;
  documents: DocRef[];
  groups: QuestionnaireGroup[];
  /** Every row, in order. */
  rows: QuestionnaireRow[];
}

/** The heading a section path names, with its number as printed: `2. Legal Instruments`. */
export function sectionLabel(doc: Document | undefined, section: readonly string[]): string {
  let level: readonly OutlineEntry[] = doc?.fm.outline ?? [];
  let label = '';
  for (const title of section) {
    const e = level.find((o) => o.title === title);
    label = e?.number ? `${e.number}. ${title}` : title;
    level = e?.children ?? [];
  }
  return label.replace(/:$/, '') || '(no section)';
}

/** The questionnaire of one state on the documents of `opts`. */
export function questionnaireFor(corpus: Corpus, state: string, opts: GapsOptions): Questionnaire {
  const report = gapsForState(corpus, state, opts);
  const rows: QuestionnaireRow[] = report.items.map((i) => {
    const p = corpus.paragraphs.get(i.paragraph);
    const ev = i.evidence[0];
    return {
      key: i.key, paragraph: i.paragraph, document: i.document,
      section: sectionLabel(corpus.documents.get(i.document), p?.fm.section ?? []),
      text: p ? normalisedBody(p.file.body) : '',
      asked: i.obligation.summary, action: i.obligation.action,
      ...(i.instrument ? { instrument: i.instrument } : {}),
      status: i.status,
      ...(i.asOf ? { asOf: i.asOf } : {}),
      ...(ev ? { source: i.evidence.map((e) => e.source).join('; ') } : {}),
      ...(ev?.url ? { url: ev.url } : {}),
    };
  });
  const groups: QuestionnaireGroup[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.document === r.document && last.section === r.section) last.rows.push(r);
    else groups.push({ document: r.document, section: r.section, rows: [r] });
  }
  const s = corpus.states.get(state);
  return {
    state: { id: state, name: report.state.name, ...(s?.fm.name.es ? { nameEs: s.fm.name.es } : {}) },
    today: opts.today, documents: report.documents, groups, rows,
  };
}

/** The values of a row, by column id (the reply columns empty). */
export function rowValues(state: string, r: QuestionnaireRow): Record<string, string> {
  return {
    key: r.key, state, section: `${r.document} · ${r.section}`, paragraph: r.paragraph, text: r.text, asked: r.asked,
    instrument: r.instrument ?? '', 'current-status': r.status === 'no-record' ? 'no record' : r.status,
    'current-as-of': r.asOf ?? '', 'current-source': [r.source, r.url].filter(Boolean).join(' '),
    status: '', date: '', evidence: '', url: '', comments: '',
  };
}

/** What the first sheet (and the top of the Markdown) says, one paragraph a line. */
export function instructions(q: Questionnaire): string[] {
  const docs = q.documents.map((d) => `${d.title} (${d.id}, ${d.status} ${d.date})`).join('; ');
  return [
    `Questionnaire for ${q.state.name} (${q.state.id}) on the obligations of: ${docs}. Prepared ${q.today}.`,
    `Each row is one thing the texts ask of member states (${q.rows.length} rows), grouped by the sections of each text. The columns up to "Current source" say what is asked and what the OAS records hold today ("no record" means that no source in the records says either way: it does not mean "not done").`,
    `Please fill the reply columns of the rows you can answer, and leave the others empty: status (one of ${REPLY_STATUSES.join(', ')}), the date your answer speaks for (YYYY-MM-DD, not in the future), the evidence (the law, decree or website that shows it; required for done and partial), a source URL, and any comments.`,
    'Do not change the Key and State columns or the column headings: the replies are matched to the items by them. Rows may be sorted or filtered freely; columns may be hidden.',
    'Statuses: done = in place; partial = in place in part; in-progress = under way (e.g. signed, bill before congress); not-done = not in place; not-applicable = does not apply to this state (please say why in the comments).',
  ];
}
