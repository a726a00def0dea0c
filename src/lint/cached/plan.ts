import { folderOfRel, readParseEntries, type Findings, type ParseEntry, type ReadIndex } from '../cache.js';
import type { SourceFile } from '../../model/source-file.js';
import type { Found } from '../../model/walk.js';
import type { Diagnostic } from '../../diagnostics.js';
import { RULE_METAS, RULES } from '../../rules/index.js';
import { parseEntryOf, parseFile, sameParse, type FileState } from './classify.js';

/**
 * What a `plan lint --cache` run does, decided from the files' states (classify) and, unless
 * nothing changed, their faces:
 *
 * - `none`: the recorded findings stand (no file's bytes changed, or only bytes that parse to
 *   what was recorded; the global key is the same);
 * - `bodies`: only paragraphs' bodies changed (their front matter has the same text): the rules
 *   that read bodies (Rule.reads 'document') run on the edited paragraphs and what they can
 *   affect, on a model of their documents and the documents, instruments, bodies and states;
 * - `affected`: files changed but no face and not the global key: every rule runs on the changed
 *   files and what they can affect, against the whole corpus;
 * - `full`: every rule on every file.
 */
export type PlanKind = 'none' | 'bodies' | 'affected' | 'full';

export interface RunPlan {
  kind: PlanKind;
  /** Why this kind, in a few words. */
  reason: string;
  /** The files parsed again (new or changed bytes, no parse result kept), unreadable or refused (corpus paths). */
  changed: string[];
  /** The files whose rules run (corpus paths): none for `none`, every file for `full`. */
  relint: string[];
}

export interface BodyEdit {
  /** The parse results of the files of the model. */
  entries: Record<string, ParseEntry>;
  /** The edited paragraphs, parsed. */
  parsed: Map<string, SourceFile>;
  /** Is a file in the model of the run? */
  covers: (f: Found) => boolean;
}

/** The folders of the files every paragraph's findings may depend on (the global kinds'). */
const GLOBAL_FOLDERS = ['documents/', 'instruments/', 'bodies/', 'states/'];

/**
 * When every changed file is a paragraph whose front matter kept its text (an edit to the body
 * alone): what a `bodies` run needs, a model of the documents, instruments, bodies and states,
 * the paragraphs of the edited paragraphs' documents (their folders, and the strays: paragraphs
 * whose id or document is not their path's). Undefined when that is not the case.
 */
export function bodyEdit(location: string, read: ReadIndex, found: readonly Found[], states: readonly FileState[]): BodyEdit | undefined {
  const strays = read.index.strays;
  if (!strays || !RULES.every((r) => r.meta.reads)) return undefined;
  const edited: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const v = states[i]!;
    if (v.kind === 'unreadable' || (v.kind === 'changed' && found[i]!.kind !== 'paragraph')) return undefined;
    if (v.kind === 'changed') edited.push(i);
  }
  if (!edited.length) return undefined;
  if (answersAny(location, read, found, edited)) return undefined;
  const folders = new Set([...GLOBAL_FOLDERS, ...edited.map((i) => folderOfRel(found[i]!.rel))]);
  let entries = readParseEntries(location, read, folders, strays);
  if (!entries) return undefined;
  // A stray edited paragraph reads its document's paragraphs (and its id's): their folders too.
  const more = edited.flatMap((i) => {
    const d = entries![found[i]!.rel]?.data;
    return [d?.document, typeof d?.id === 'string' ? d.id.split('/')[0] : undefined].flatMap((x) => (typeof x === 'string' && !folders.has(`paragraphs/${x}/`) ? [`paragraphs/${x}/`] : []));
  });
  if (more.length) {
    for (const m of more) folders.add(m);
    entries = readParseEntries(location, read, folders, strays);
    if (!entries) return undefined;
  }
  const strayRels = new Set(strays);
  const covers = (f: Found) => folders.has(folderOfRel(f.rel)) || strayRels.has(f.rel);
  const parsed = new Map<string, SourceFile>();
  for (const i of edited) {
    const f = found[i]!;
    const was = entries[f.rel];
    const v = states[i] as Extract<FileState, { kind: 'changed' }>;
    const file = parseFile(f, v.bytes);
    const is = parseEntryOf(file);
    if (!was?.fm || was.fm !== is.fm || !sameParse(was, is)) return undefined;
    parsed.set(f.rel, file);
  }
  // Every file of the model has its parse result (else the run would parse it: not worth it).
  if (found.some((f, i) => covers(f) && states[i]!.kind !== 'changed' && !entries![f.rel])) return undefined;
  return { entries, parsed, covers };
}

/**
 * Does a commitment answer one of the edited paragraphs (or can that not be told)? Its record
 * keeps a fingerprint of the paragraph's words (suspect-record), so a body edit can change the
 * commitment's findings: such a run relints everything.
 */
function answersAny(location: string, read: ReadIndex, found: readonly Found[], edited: readonly number[]): boolean {
  const folders = new Set(found.filter((f) => f.kind === 'commitment').map((f) => folderOfRel(f.rel)));
  if (!folders.size) return false;
  const entries = readParseEntries(location, read, folders);
  if (!entries) return true;
  const ids = new Set(edited.map((i) => found[i]!.pathId));
  return Object.values(entries).some((e) => {
    const answers = (e.data as { answers?: unknown } | undefined)?.answers;
    return Array.isArray(answers) && answers.some((a) => typeof a === 'string' && ids.has(a));
  });
}

/**
 * The recorded findings of the rules that read no body (Rule.reads 'front-matter'), for the
 * files to relint, as found before suppressions; undefined when one holds an internal error
 * (a rule that failed: the run then relints with every rule).
 */
export function carried(found: readonly Found[], only: ReadonlySet<string>, recorded: Record<string, Findings>): Map<string, Diagnostic[]> | undefined {
  const keep = new Set(RULE_METAS.filter((r) => r.reads === 'front-matter').map((r) => r.id));
  const out = new Map<string, Diagnostic[]>();
  for (const f of found) {
    if (!only.has(f.path)) continue;
    const r = recorded[f.rel];
    const all = [...(r?.messages ?? []), ...(r?.suppressed ?? [])];
    if (all.some((d) => d.ruleId === 'internal-error')) return undefined;
    const list = all.filter((d) => keep.has(d.ruleId));
    if (list.length) out.set(f.path, list);
  }
  return out;
}

/**
 * What to relint when no face and not the global key changed: the changed files, and the
 * paragraphs of the documents a changed paragraph is in (by folder and by `document`, before
 * and after), since numbering, acronyms and "paragraph 9" references are read across a
 * document. When only the body changed and its acronyms did not (the usual edit), only the
 * paragraphs that refer to others ("paragraph 9") can see it.
 */
export function affectedBy(found: readonly Found[], changed: ReadonlySet<string>, before: Record<string, ParseEntry>, after: Record<string, ParseEntry>): Set<string> {
  const docs = (f: Found, e: ParseEntry | undefined) => [f.pathId.split('/')[0]!, ...(typeof e?.data?.document === 'string' ? [e.data.document] : [])];
  const whole = new Set<string>();
  const referring = new Set<string>();
  for (const f of found) {
    if (!changed.has(f.rel) || f.kind !== 'paragraph') continue;
    const was = before[f.rel];
    const is = after[f.rel];
    const bodyOnly = Boolean(was && is && was.acr !== undefined && was.acr === is.acr && sameParse(was, is));
    for (const d of [...docs(f, is), ...docs(f, was)]) (bodyOnly ? referring : whole).add(d);
  }
  // A commitment answering a changed paragraph keeps a fingerprint of its words (suspect-record).
  const ids = new Set(found.filter((f) => changed.has(f.rel) && f.kind === 'paragraph').map((f) => f.pathId));
  const answers = (e: ParseEntry | undefined): unknown[] => {
    const a = (e?.data as { answers?: unknown } | undefined)?.answers;
    return Array.isArray(a) ? a : [];
  };
  const out = new Set<string>();
  for (const f of found) {
    const ds = docs(f, after[f.rel]);
    const near = (g: Set<string>) => ds.some((d) => g.has(d));
    if (changed.has(f.rel) || (f.kind === 'paragraph' && (near(whole) || (near(referring) && after[f.rel]?.refs)))) out.add(f.path);
    else if (f.kind === 'commitment' && ids.size && answers(after[f.rel] ?? before[f.rel]).some((a) => typeof a === 'string' && ids.has(a))) out.add(f.path);
  }
  return out;
}
