import { unlinkSync } from 'node:fs';
import type { GlobalOptions, Io } from '../cli/io.js';
import type { Corpus } from '../model/model.js';
import { EditError, planInsert, planMove, planRenumber, type NumberingPlan } from '../edit/plan.js';
import { rewriteForPlan, type FileEdit, type NewParagraph } from '../edit/rewrite.js';
import { UsageError } from '../errors.js';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { loadForCommand } from './context.js';

export interface InsertOptions { document?: string; at?: string; section?: string; text?: string; dryRun?: boolean }
export interface MoveOptions { to?: string; dryRun?: boolean }
export interface RenumberOptions { dryRun?: boolean }

/** The working draft a numbering edit may touch; any other status is refused before anything is read further. */
function workingDraft(corpus: Corpus, docId: string): void {
  const d = corpus.documents.get(docId);
  if (!d) throw new UsageError(`Unknown document \`${docId}\`.`, 'See the documents with `plan xref --lists` or the corpus\'s documents/ folder.');
  if (d.fm.status !== 'working-draft') {
    throw new UsageError(`${docId} is ${d.fm.status === 'adopted' ? 'an adopted text' : 'a circulated draft'}: its numbering is frozen, and nothing was changed.`, 'Only working drafts (status: working-draft) are renumbered.');
  }
}

function numbered(corpus: Corpus, docId: string) {
  return (corpus.paragraphsByDocument.get(docId) ?? []).map((p) => ({ id: p.id, number: p.fm.number, ...(typeof p.fm.position === 'number' ? { position: p.fm.position } : {}) }));
}

function attempt<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof EditError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * Writes an edit as one change (all files or none; then the renamed files' old paths are
 * removed), or with --dry-run prints it. Prints every file it changes.
 */
function commit(corpus: Corpus, edits: FileEdit[], dryRun: boolean | undefined, io: Io): number {
  const moved = edits.filter((e) => e.from !== undefined);
  const written = new Set(edits.map((e) => e.path));
  const removed = moved.map((e) => e.from!).filter((p) => !written.has(p));
  const rel = (p: string) => p.slice(corpus.root.length + 1);
  for (const e of edits) {
    const verb = e.created ? 'create' : e.from !== undefined ? `rename ${rel(e.from)} →` : 'update';
    io.stdout.write(`${dryRun ? 'would ' : ''}${verb} ${e.rel}${e.what.length && !e.created ? `: ${e.what.join('; ')}` : ''}\n`);
  }
  if (dryRun) {
    io.stderr.write(`plan: --dry-run: ${edits.length} file(s) would change; nothing was written.\n`);
    return 0;
  }
  writeFilesAtomic(edits.map((e) => ({ path: e.path, data: e.data })));
  for (const p of removed) unlinkSync(p);
  io.stderr.write(`plan: ${edits.length} file(s) changed. Run \`plan lint\` to check the draft.\n`);
  return 0;
}

/** `plan insert --document <doc> --at <number>`: a new paragraph; later siblings move up by one, and every reference follows. */
export async function insertCommand(o: InsertOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (!o.document) throw new UsageError('plan insert needs --document <id>.');
  if (!o.at) throw new UsageError('plan insert needs --at <number>: the number the new paragraph will have (e.g. 3, 2.c, 1.iv).');
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9-]*)*$/.test(o.at) || o.at.length > 60) throw new UsageError(`Invalid paragraph number \`${o.at}\`: labels joined by dots, as printed (3, 2.c, B.II.4).`);
  const { corpus } = loadForCommand(g, io);
  workingDraft(corpus, o.document);
  const plan = attempt(() => planInsert(numbered(corpus, o.document!), o.at!));
  const fm = newParagraph(corpus, o.document, plan, o.section);
  const edits = rewriteForPlan(corpus, o.document, plan, { fm, body: o.text ?? 'TODO: the text of the paragraph.' });
  return commit(corpus, edits, o.dryRun, io);
}

/** The new paragraph's front matter: its place, and the section and type of the paragraph it displaces (or precedes). */
function newParagraph(corpus: Corpus, docId: string, plan: NumberingPlan, section: string | undefined): NewParagraph {
  const at = plan.inserted!;
  const i = plan.order.indexOf(at);
  const oldOf = new Map([...plan.renumbered].map(([o, n]) => [n, o]));
  const neighbour = [plan.order[i + 1], plan.order[i - 1]].map((n) => (n === undefined ? undefined : corpus.paragraphs.get(`${docId}/${oldOf.get(n) ?? n}`))).find((p) => p !== undefined);
  const sectionPath = section !== undefined ? section.split('>').map((s) => s.trim()).filter(Boolean) : (neighbour?.fm.section ?? []);
  return {
    id: `${docId}/${at}`, document: docId, number: at, printed: true, section: sectionPath,
    type: neighbour?.fm.type === 'list-item' ? 'list-item' : 'operative', addressees: neighbour?.fm.addressees ?? ['member-states'],
  };
}

/** `plan move <paragraph-id> --to <number>`. */
export async function moveCommand(id: string, o: MoveOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (!o.to) throw new UsageError('plan move needs --to <number>: the number the paragraph will have.');
  const slash = id.indexOf('/');
  if (slash < 0) throw new UsageError(`\`${id}\` is not a paragraph id (<document>/<number>).`);
  const docId = id.slice(0, slash);
  const { corpus } = loadForCommand(g, io);
  workingDraft(corpus, docId);
  if (!corpus.paragraphs.has(id)) throw new UsageError(`No paragraph \`${id}\`.`);
  const plan = attempt(() => planMove(numbered(corpus, docId), id.slice(slash + 1), o.to!));
  return commit(corpus, rewriteForPlan(corpus, docId, plan), o.dryRun, io);
}

/** `plan renumber <document>`: closes gaps; every reference follows. */
export async function renumberCommand(docId: string, o: RenumberOptions, g: GlobalOptions, io: Io): Promise<number> {
  const { corpus } = loadForCommand(g, io);
  workingDraft(corpus, docId);
  const plan = attempt(() => planRenumber(numbered(corpus, docId)));
  for (const s of plan.skipped) io.stderr.write(`plan: left ${s} as it is: its labels mix numbering styles.\n`);
  if (plan.renumbered.size === 0 && !plan.order.some((n, i) => corpus.paragraphs.get(`${docId}/${n}`)?.fm.position !== i + 1)) {
    io.stderr.write(`plan: ${docId} is numbered in order already; nothing to change.\n`);
    return 0;
  }
  return commit(corpus, rewriteForPlan(corpus, docId, plan), o.dryRun, io);
}
