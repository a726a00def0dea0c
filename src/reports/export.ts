/**
 * `plan export`: the corpus as flat tables an analyst loads in one line (pandas, R, a
 * spreadsheet). One row per item, every cell a string, a number, true/false or null (absent:
 * no record), the same columns in every row and every format, and the same ids as everywhere
 * else (`plan show`, `plan gaps`, lint). Lists are joined with `;` (ids never hold one), texts
 * that may hold anything with ` | `. Rows come in a stable order: ids in code-point order,
 * paragraphs in reading order within their document. Pure functions of a loaded Corpus; every
 * column is documented in docs/export.md (a test keeps the two in step).
 */
import type { Commitment, Corpus, Paragraph } from '../model/model.js';
import { effectiveForce, leadInOf } from '../model/lead-ins.js';
import { obligationItems } from './gaps/index.js';
import { compareText as cmp } from '../util/text.js';

export const EXPORT_KINDS = ['paragraphs', 'instruments', 'states', 'commitments', 'records', 'obligations'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ExportTable {
  kind: ExportKind;
  /** Column names, in order: every row has exactly these keys. */
  columns: readonly string[];
  rows: Row[];
}

const list = (xs: readonly string[] | undefined): string | null => (xs && xs.length ? xs.join(';') : null);
const texts = (xs: readonly string[] | undefined): string | null => (xs && xs.length ? xs.join(' | ') : null);
const opt = <T extends Cell>(v: T | undefined): T | null => (v === undefined ? null : v);

export const COLUMNS: Record<ExportKind, readonly string[]> = {
  paragraphs: [
    'id', 'document', 'document_status', 'number', 'printed', 'position', 'type', 'section', 'addressees', 'force', 'effective_force', 'lead_in',
    'cites_instruments', 'cites', 'refers_to', 'derived_from', 'has_obligation', 'obligation_action', 'obligation_summary', 'obligation_instruments',
    'obligation_subject', 'priority_dates', 'notes', 'text', 'file',
  ],
  instruments: [
    'id', 'title', 'short_titles', 'type', 'parent', 'organization', 'depositary', 'depositary_ref', 'adopted_date', 'adopted_place', 'entry_into_force',
    'articles', 'aliases', 'cited_in_paragraphs', 'commitments', 'file',
  ],
  states: [
    'id', 'iso2', 'numeric', 'name_en', 'name_es', 'official_name_en', 'official_name_es', 'member_since', 'participation', 'membership_changes',
    'commitments', 'records', 'file',
  ],
  commitments: ['id', 'state', 'instrument', 'answers', 'records', 'current_status', 'current_as_of', 'file'],
  records: ['commitment', 'state', 'instrument', 'answers', 'record', 'status', 'as_of', 'current', 'events', 'evidence_sources', 'evidence_urls', 'note', 'file'],
  obligations: ['key', 'paragraph', 'document', 'document_status', 'force', 'action', 'summary', 'instrument', 'subject', 'file'],
};

function paragraphRow(corpus: Corpus, p: Paragraph): Row {
  const fm = p.fm;
  const rel = (type: string): string | null => list((fm.relations ?? []).filter((r) => r.type === type).map((r) => r.target));
  const cites = (fm.cites ?? []).map((c) => (c.articles && c.articles.length ? `${c.instrument}:${c.articles.join(',')}` : c.instrument));
  const ob = fm.obligation;
  return {
    id: p.id,
    document: fm.document,
    document_status: opt(corpus.documents.get(fm.document)?.fm.status),
    number: fm.number,
    printed: fm.printed,
    position: opt(fm.position),
    type: fm.type,
    section: fm.section.length ? fm.section.join(' > ') : null,
    addressees: list(fm.addressees),
    force: opt(fm.force),
    effective_force: opt(effectiveForce(corpus, p)),
    lead_in: opt(leadInOf(p)),
    cites_instruments: list([...new Set((fm.cites ?? []).map((c) => c.instrument))]),
    cites: list(cites),
    refers_to: rel('refers-to'),
    derived_from: rel('derived-from'),
    has_obligation: ob !== undefined,
    obligation_action: opt(ob?.action),
    obligation_summary: opt(ob?.summary),
    obligation_instruments: list(ob?.instruments),
    obligation_subject: opt(ob?.subject),
    priority_dates: list((fm.priority ?? []).map((x) => x.date)),
    notes: texts(fm.notes),
    text: p.file.body.trim(),
    file: p.file.rel,
  };
}

function paragraphs(corpus: Corpus): Row[] {
  const docs = [...corpus.paragraphsByDocument.keys()].sort(cmp);
  return docs.flatMap((d) => corpus.paragraphsByDocument.get(d)!.map((p) => paragraphRow(corpus, p)));
}

function instruments(corpus: Corpus): Row[] {
  return [...corpus.instruments.values()].sort((a, b) => cmp(a.id, b.id)).map((i) => {
    const fm = i.fm;
    const citing = new Set((corpus.citations.get(i.id) ?? []).map((c) => c.paragraph.id));
    return {
      id: i.id,
      title: fm.title,
      short_titles: list(fm['short-titles']),
      type: fm.type,
      parent: opt(fm.parent),
      organization: opt(fm.organization),
      depositary: opt(fm.depositary),
      depositary_ref: opt(fm['depositary-ref']),
      adopted_date: opt(fm.adopted?.date),
      adopted_place: opt(fm.adopted?.place),
      entry_into_force: opt(fm['entry-into-force']),
      articles: fm.articles === undefined ? null : typeof fm.articles === 'number' ? fm.articles : fm.articles.length,
      aliases: texts((fm.aliases ?? []).map((a) => a.text)),
      cited_in_paragraphs: citing.size,
      commitments: (corpus.commitmentsByInstrument.get(i.id) ?? []).length,
      file: i.file.rel,
    };
  });
}

function states(corpus: Corpus): Row[] {
  return [...corpus.states.values()].sort((a, b) => cmp(a.id, b.id)).map((s) => {
    const fm = s.fm;
    const commitments = corpus.commitmentsByState.get(s.id) ?? [];
    return {
      id: s.id,
      iso2: fm.iso2,
      numeric: fm.numeric,
      name_en: fm.name.en,
      name_es: fm.name.es,
      official_name_en: opt(fm['official-name']?.en),
      official_name_es: opt(fm['official-name']?.es),
      member_since: fm.oas['member-since'],
      participation: opt(fm.oas.participation),
      membership_changes: list([...(fm.oas.changes ?? [])].sort((a, b) => cmp(a.date, b.date)).map((c) => `${c.event} ${c.date}`)),
      commitments: commitments.length,
      records: commitments.reduce((n, c) => n + c.fm.records.length, 0),
      file: s.file.rel,
    };
  });
}

const sortedCommitments = (corpus: Corpus): Commitment[] => [...corpus.commitments.values()].sort((a, b) => cmp(a.id, b.id));

/** The record that decides a commitment's standing (the newest as-of; ties: the later one), as `plan gaps` picks it (standing). */
function currentIndex(c: Commitment): number {
  let best = -1;
  c.fm.records.forEach((r, i) => {
    if (best < 0 || r['as-of'] >= c.fm.records[best]!['as-of']) best = i;
  });
  return best;
}

function commitments(corpus: Corpus): Row[] {
  return sortedCommitments(corpus).map((c) => {
    const cur = c.fm.records[currentIndex(c)];
    return {
      id: c.id,
      state: c.fm.state,
      instrument: opt(c.fm.instrument),
      answers: list(c.fm.answers),
      records: c.fm.records.length,
      current_status: cur ? cur.status : null,
      current_as_of: cur ? cur['as-of'] : null,
      file: c.file.rel,
    };
  });
}

function records(corpus: Corpus): Row[] {
  return sortedCommitments(corpus).flatMap((c) => {
    const current = currentIndex(c);
    return c.fm.records.map((r, i) => ({
      commitment: c.id,
      state: c.fm.state,
      instrument: opt(c.fm.instrument),
      answers: list(c.fm.answers),
      record: i + 1,
      status: r.status,
      as_of: r['as-of'],
      current: i === current,
      events: list((r.events ?? []).map((e) => `${e.action} ${e.date}`)),
      evidence_sources: texts((r.evidence ?? []).map((e) => e.source)),
      evidence_urls: list((r.evidence ?? []).flatMap((e) => (e.url ? [e.url] : []))),
      note: opt(r.note),
      file: c.file.rel,
    }));
  });
}

function obligations(corpus: Corpus): Row[] {
  const docs = [...corpus.documents.keys()].sort(cmp);
  return obligationItems(corpus, docs).map((o) => ({
    key: o.key,
    paragraph: o.paragraph,
    document: o.document,
    document_status: opt(corpus.documents.get(o.document)?.fm.status),
    force: opt(o.force),
    action: o.obligation.action,
    summary: o.obligation.summary,
    instrument: opt(o.instrument),
    subject: opt(o.obligation.subject),
    file: corpus.paragraphs.get(o.paragraph)?.file.rel ?? null,
  }));
}

const BUILDERS: Record<ExportKind, (corpus: Corpus) => Row[]> = { paragraphs, instruments, states, commitments, records, obligations };

/** One table of the corpus. */
export function exportTable(corpus: Corpus, kind: ExportKind): ExportTable {
  const columns = COLUMNS[kind];
  const rows = BUILDERS[kind](corpus).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])) as Row);
  return { kind, columns, rows };
}
