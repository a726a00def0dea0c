import { Document } from 'yaml';
import type { Corpus } from '../model/model.js';
import { compareNumbers } from '../model/model.js';
import { UsageError } from '../errors.js';
import { quoteTraps } from '../util/yaml-portable.js';
import { validate } from '../schema/validate.js';
import { answeredNow } from '../model/fingerprint.js';

export const NEW_KINDS = ['document', 'paragraph', 'instrument', 'state', 'commitment', 'body'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewOptions {
  document?: string;
  title?: string;
  state?: string;
  instrument?: string;
  /** For a commitment: the paragraphs it answers. */
  answers?: string[];
  today: string;
}

/** Where a new file goes and what it holds: front matter that passes the schema, a body to write. */
export interface Scaffold {
  rel: string;
  text: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The file's text, once its front matter passes the kind's schema (an id too long, say, is refused here).
 * `filled` is the front matter as it will be once its placeholders are filled: checked instead of `fm`
 * when a placeholder is meant to fail the schema until a person fills it (a commitment's status).
 */
function file(kind: NewKind, fm: Record<string, unknown>, body: string, filled: Record<string, unknown> = fm): string {
  const errors = validate(kind, filled);
  if (errors.length) throw new UsageError(`plan new ${kind} would write a file that fails its schema: ${errors[0]!.message}`, `See \`plan schema ${kind}\` for what the file may hold.`);
  const doc = new Document(fm);
  quoteTraps(doc);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}\n`;
}

/** The next top-level number of a document: one past the largest printed number. */
export function nextNumber(corpus: Corpus, doc: string): string {
  const nums = (corpus.paragraphsByDocument.get(doc) ?? []).map((p) => p.fm.number).filter((n) => /^\d+$/.test(n)).sort(compareNumbers);
  const last = nums[nums.length - 1];
  return String(last === undefined ? 1 : Number(last) + 1);
}

/** Builds the file for `plan new <kind> [id]`. Throws UsageError on a bad id or a missing option. */
export function scaffold(corpus: Corpus, kind: NewKind, id: string | undefined, o: NewOptions): Scaffold {
  const need = (v: string | undefined, what: string): string => {
    if (!v) throw new UsageError(`plan new ${kind} needs ${what}.`);
    return v;
  };
  const title = o.title ?? 'TODO: title';
  switch (kind) {
    case 'document': {
      const d = need(id, 'an id, e.g. `plan new document strategy-2026`');
      if (!ID.test(d)) throw new UsageError(`Invalid document id \`${d}\`: lower-case letters, digits and hyphens.`);
      return { rel: `documents/${d}.md`, text: file(kind, { id: d, title, date: o.today, author: 'member-states', status: 'working-draft', outline: [], source: 'TODO: where the text comes from' }, 'TODO: a short description of the text.') };
    }
    case 'paragraph': {
      const doc = need(o.document, '--document <id>');
      if (!corpus.documents.has(doc)) throw new UsageError(`Unknown document \`${doc}\`.`, 'Create it first with `plan new document <id>`.');
      const number = id ?? nextNumber(corpus, doc);
      if (!/^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9-]*)*$/.test(number)) throw new UsageError(`Invalid paragraph number \`${number}\`.`);
      return { rel: `paragraphs/${doc}/${number}.md`, text: file(kind, { id: `${doc}/${number}`, document: doc, number, printed: true, section: [], type: 'operative', addressees: ['member-states'] }, 'TODO: the text of the paragraph.') };
    }
    case 'instrument': {
      const i = need(id, 'an id, e.g. `plan new instrument escazu`');
      if (!ID.test(i)) throw new UsageError(`Invalid instrument id \`${i}\`.`);
      return { rel: `instruments/${i}.md`, text: file(kind, { id: i, title, type: 'convention', organization: 'TODO: organization', sources: ['TODO: the source of every fact in this file'] }, '') };
    }
    case 'state': {
      const s = need(id, 'an ISO 3166-1 alpha-3 code').toUpperCase();
      if (!/^[A-Z]{3}$/.test(s)) throw new UsageError(`Invalid state code \`${s}\`: ISO 3166-1 alpha-3, e.g. MEX.`);
      return { rel: `states/${s}.md`, text: file(kind, { id: s, name: { en: o.title ?? 'TODO: name' }, oas: { 'member-since': 1948 }, sources: ['TODO: source of the profile'] }, '') };
    }
    case 'commitment': {
      const s = need(o.state, '--state <ISO3>').toUpperCase();
      const subject = o.instrument ?? id ?? (o.answers?.length === 1 ? o.answers[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : need(id, '--instrument <id>, --answers <paragraph> or a subject id'));
      if (!ID.test(subject)) throw new UsageError(`Invalid subject \`${subject}\`.`);
      const fm: Record<string, unknown> = { id: `${s}/${subject}`, state: s };
      if (o.instrument) fm.instrument = o.instrument;
      else fm.answers = o.answers?.length ? o.answers : ['TODO/paragraph-id'];
      for (const a of o.answers ?? []) if (!corpus.paragraphs.has(a)) throw new UsageError(`Unknown paragraph \`${a}\` for --answers.`);
      // A scaffold never invents a status or a date: both are placeholders the schema rejects, and a
      // TODO source is a lint error (evidence-required), until a person fills them from a source.
      const record: Record<string, unknown> = { status: 'TODO: done, partial, in-progress, not-done or not-applicable', 'as-of': 'TODO: YYYY-MM-DD, the date the source speaks for', evidence: [{ source: 'TODO: the source of this record' }] };
      // What the record answers: the paragraphs' words as they read now (suspect-record, plan confirm).
      if (!o.instrument && o.answers?.length) record.answered = answeredNow(corpus, o.answers);
      fm.records = [record];
      const filled = { ...fm, records: [{ ...record, status: 'not-done', 'as-of': o.today }] };
      return { rel: `commitments/${s}/${subject}.md`, text: file(kind, fm, '', filled) };
    }
    case 'body': {
      const b = need(id, 'an id');
      if (!ID.test(b)) throw new UsageError(`Invalid body id \`${b}\`.`);
      return { rel: `bodies/${b}.md`, text: file(kind, { id: b, name: title, kind: 'committee' }, '') };
    }
  }
}
