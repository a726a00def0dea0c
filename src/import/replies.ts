/**
 * `plan import replies`: a state's filled questionnaire → commitment records.
 * Every answered row is checked first (src/import/reply-rows.ts); any problem
 * and nothing is written. Each reply becomes one record: on an instrument item
 * in the state's commitment on that instrument (beside the treaty-table
 * records, never over them: the newest as-of decides), on another item in the
 * commitment that answers that paragraph alone (else a new one,
 * `<ISO3>/<paragraph id with dots and slashes as hyphens>`), with the
 * fingerprint of the paragraph's words as the questionnaire showed them.
 * A record already there (same status, as-of, evidence and note) is not added
 * again; records stay in as-of order (history first). Existing files are
 * edited node by node (comments and formatting kept); all files are written
 * together, all or none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Corpus } from '../model/model.js';
import type { Answered, CommitmentRecord, Evidence } from '../model/types.js';
import { answeredNow, fingerprintFrom } from '../model/fingerprint.js';
import { UsageError } from '../errors.js';
import { obligationItems, selectDocuments, type ObligationItem } from '../reports/gaps/index.js';
import type { PlannedWrite } from '../util/write-all.js';
import { renderDataFile } from './data.js';
import { splitFrontMatter } from './render.js';
import { editFrontMatter, portableNode } from './yaml-edit.js';
import type { ReplySheet } from './reply-reader.js';
import { checkRows, type Reply, type ReplyProblem } from './reply-rows.js';

export interface RepliesOptions {
  state: string;
  /** The reply's date (--date). */
  date: string;
  /** Who sent it, and its reference (--source). */
  source: string;
  today: string;
}

/** What happens to one answered row. */
export interface ReplyChange {
  row: number;
  key: string;
  commitment: string;
  /** Path under the corpus root. */
  rel: string;
  record: CommitmentRecord;
  /** added, or already there (the same reply imported before). */
  kind: 'added' | 'unchanged';
  newFile: boolean;
}

export interface RepliesPlan {
  problems: ReplyProblem[];
  changes: ReplyChange[];
  files: PlannedWrite[];
}

/** The commitment subject for a paragraph: `strategy-2021/5.a` → `strategy-2021-5-a`. */
export function subjectOf(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const sameAnswers = (a: readonly string[] | undefined, p: string) => a !== undefined && a.length === 1 && a[0] === p;

/** The commitment a reply on this item goes to: its id and front matter keys. */
function target(corpus: Corpus, state: string, item: ObligationItem): { id: string; head: Record<string, unknown> } {
  if (item.instrument) return { id: `${state}/${item.instrument}`, head: { id: `${state}/${item.instrument}`, state, instrument: item.instrument } };
  const own = (corpus.commitmentsByState.get(state) ?? []).filter((c) => !c.fm.instrument && sameAnswers(c.fm.answers, item.paragraph)).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  const id = own?.id ?? `${state}/${subjectOf(item.paragraph)}`;
  const other = corpus.commitments.get(id);
  if (!own && other) throw new UsageError(`${id} exists and does not answer ${item.paragraph} alone; cannot add a reply on ${item.paragraph} to it.`, `Give ${item.paragraph} its own commitment file, or move ${id}.`);
  return { id, head: { id, state, answers: [item.paragraph] } };
}

function recordOf(corpus: Corpus, reply: Reply, item: ObligationItem, o: RepliesOptions): CommitmentRecord {
  const evidence: Evidence[] = [{ source: o.source, via: `reply to the OAS questionnaire, ${o.date} (plan import replies)` }];
  if (reply.evidence || reply.url) evidence.push({ source: reply.evidence ?? 'Source URL given in the reply', ...(reply.url ? { url: reply.url } : {}) });
  let answered: Answered[] | undefined;
  if (!item.instrument) {
    const p = corpus.paragraphs.get(item.paragraph);
    answered = reply.text && p ? [{ paragraph: item.paragraph, fingerprint: fingerprintFrom(reply.text, p.fm.obligation), text: reply.text }] : answeredNow(corpus, [item.paragraph]);
  }
  return {
    status: reply.status, 'as-of': reply.asOf, evidence,
    ...(reply.comments ? { note: `Comments in the reply: ${reply.comments}` } : {}),
    ...(answered ? { answered } : {}),
  };
}

/** What makes two records the same reply: all but the fingerprint. */
function sameness(r: unknown): string {
  const o = (r ?? {}) as Record<string, unknown>;
  return JSON.stringify([o['status'], o['as-of'], o['events'] ?? [], o['evidence'] ?? [], o['note'] ?? '']);
}

/** Where a record goes among records in as-of order: after the last one not newer. */
function insertAt(existing: readonly unknown[], asOf: string): number {
  let pos = existing.length;
  while (pos > 0 && String((existing[pos - 1] as Record<string, unknown>)?.['as-of'] ?? '') > asOf) pos--;
  return pos;
}

/**
 * A file as the data importer renders it (renderDataFile) with the records added,
 * rendered the same way (so that `plan import data` finds nothing to change);
 * null when the file is not in that form (then it is edited node by node).
 */
function canonicalWith(text: string, records: CommitmentRecord[], changes: ReplyChange[]): string | undefined | null {
  let parsed;
  try {
    parsed = splitFrontMatter(text);
  } catch {
    return null;
  }
  if (!parsed || parsed.comments || renderDataFile(parsed.data, parsed.body) !== text || !Array.isArray(parsed.data['records'])) return null;
  const list = [...(parsed.data['records'] as unknown[])];
  let added = 0;
  records.forEach((r, i) => {
    if (list.some((e) => sameness(e) === sameness(r))) changes[i]!.kind = 'unchanged';
    else {
      list.splice(insertAt(list, r['as-of']), 0, r);
      added++;
    }
  });
  return added ? renderDataFile({ ...parsed.data, records: list }, parsed.body) : undefined;
}

/** The file with the records added: node by node in an existing file, else rendered anew. */
function withRecords(path: string, head: Record<string, unknown>, records: CommitmentRecord[], changes: ReplyChange[]): string | undefined {
  if (!existsSync(path)) {
    for (const c of changes) c.newFile = true;
    const sorted = records.map((r, i) => ({ r, i })).sort((a, b) => (a.r['as-of'] < b.r['as-of'] ? -1 : a.r['as-of'] > b.r['as-of'] ? 1 : a.i - b.i)).map((x) => x.r);
    return renderDataFile({ ...head, records: sorted }, '');
  }
  const text = readFileSync(path, 'utf8');
  const canonical = canonicalWith(text, records, changes);
  if (canonical !== null) return canonical;
  let added = 0;
  const out = editFrontMatter(text, path, (doc) => {
    const seq = doc.get('records', true);
    if (!YAML.isSeq(seq)) throw new UsageError(`${path} has no records list; fix it (plan lint) and import again.`);
    records.forEach((r, i) => {
      const existing = seq.items.map((n) => (YAML.isNode(n) ? n.toJS(doc) : n));
      if (existing.some((e) => sameness(e) === sameness(r))) {
        changes[i]!.kind = 'unchanged';
        return;
      }
      seq.items.splice(insertAt(existing, r['as-of']), 0, portableNode(doc, r));
      added++;
    });
  });
  return added ? out : undefined;
}

/** Checks the rows and plans every file: problems (then nothing to write), or the changes and files. */
export function planReplies(corpus: Corpus, sheet: ReplySheet, o: RepliesOptions): RepliesPlan {
  const items = new Map(obligationItems(corpus, selectDocuments(corpus, {})).map((i) => [i.key, i]));
  const { replies, problems } = checkRows(sheet, { state: o.state, date: o.date, today: o.today, keys: new Set(items.keys()) });
  if (problems.length) return { problems, changes: [], files: [] };
  const byFile = new Map<string, { head: Record<string, unknown>; records: CommitmentRecord[]; changes: ReplyChange[] }>();
  for (const reply of replies) {
    const item = items.get(reply.key)!;
    const t = target(corpus, o.state, item);
    const rel = `commitments/${t.id}.md`;
    const record = recordOf(corpus, reply, item, o);
    const f = byFile.get(rel) ?? { head: t.head, records: [], changes: [] };
    byFile.set(rel, f);
    const twin = f.changes.find((c) => c.record['as-of'] === record['as-of']);
    if (twin && twin.record.status !== record.status) {
      problems.push({ row: reply.row, column: sheet.label(sheet.columns.get('status') ?? 1), message: `${reply.key} and ${twin.key} (row ${twin.row}) both answer ${t.id} as of ${record['as-of']}, with different statuses (${record.status}, ${twin.record.status})` });
      continue;
    }
    const change: ReplyChange = { row: reply.row, key: reply.key, commitment: t.id, rel, record, kind: 'added', newFile: false };
    if (twin && sameness(twin.record) === sameness(record)) change.kind = 'unchanged';
    else {
      f.records.push(record);
      f.changes.push(change);
    }
    if (change.kind === 'unchanged') f.changes.push(change);
  }
  if (problems.length) return { problems, changes: [], files: [] };
  const files: PlannedWrite[] = [];
  for (const [rel, f] of byFile) {
    const fresh = f.changes.filter((c) => c.kind === 'added');
    const data = withRecords(join(corpus.root, rel), f.head, f.records, fresh);
    if (data !== undefined) files.push({ path: join(corpus.root, rel), data });
  }
  const changes = [...byFile.values()].flatMap((f) => f.changes).sort((a, b) => a.row - b.row);
  return { problems, changes, files };
}
