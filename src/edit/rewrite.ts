import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, visit, type Document, type Scalar } from 'yaml';
import { diskText } from '../model/disk-text.js';
import type { Corpus } from '../model/model.js';
import type { SourceFile } from '../model/source-file.js';
import { BASELINE_FILE } from '../model/find.js';
import { YAML_PARSE, yamlLib } from '../util/lazy-yaml.js';
import { quoteTraps } from '../util/yaml-portable.js';
import { rewriteNumberRefs } from './body-refs.js';
import type { NumberingPlan } from './plan.js';

/** One file a numbering edit writes: its path after the edit, the bytes, and what changed in it. */
export interface FileEdit {
  path: string;
  /** Its path before the edit, when it moves (a renumbered paragraph). */
  from?: string;
  /** Corpus-relative path after the edit, for messages. */
  rel: string;
  data: string;
  what: string[];
  created?: boolean;
}

/** The front matter of a new paragraph, in key order. */
export type NewParagraph = Record<string, unknown>;

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Parsed to be rewritten: a repeated key is kept (lint reports it), keys keep their own type so they print as written. */
function parseYaml(text: string): Document.Parsed {
  return yamlLib().parseDocument(text, { ...YAML_PARSE, uniqueKeys: false, stringKeys: false });
}

/** `value` with a renumbered paragraph id replaced (also as the `<id>#<instrument>` of a gap key). */
function mapped(value: string, ids: ReadonlyMap<string, string>): string | undefined {
  const hash = value.indexOf('#');
  const id = hash < 0 ? value : value.slice(0, hash);
  const to = ids.get(id);
  return to === undefined ? undefined : to + (hash < 0 ? '' : value.slice(hash));
}

/** Rewrites, in a parsed front matter, every string that is a renumbered id; returns what it changed. */
function rewriteIds(doc: Document.Parsed, ids: ReadonlyMap<string, string>, numbers: ReadonlyMap<string, string>, docId: string): string[] {
  const what: string[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const to = mapped(node.value, ids);
      if (to !== undefined) {
        what.push(`${node.value} → ${to}`);
        node.value = to;
      }
    },
  });
  // The quoted words of relations to this document's renumbered paragraphs.
  const rels = doc.get('relations', true) as { items?: unknown[] } | undefined;
  for (const item of rels?.items ?? []) {
    const m = item as { get?: (k: string, keep: boolean) => unknown };
    const target = m.get?.('target', true) as Scalar | undefined;
    const text = m.get?.('text', true) as Scalar | undefined;
    if (!target || !text || typeof text.value !== 'string' || typeof target.value !== 'string' || !target.value.startsWith(`${docId}/`)) continue;
    const r = rewriteNumberRefs(text.value, numbers);
    if (r.changes.length) {
      text.value = r.text;
      what.push(...r.changes.map((c) => `"${c.from}" → "${c.to}" in a relation's text`));
    }
  }
  return what;
}

/** Sets a scalar's value in place (keeping its quoting), or adds the key when absent. */
function setScalar(doc: Document.Parsed, key: string, value: string | number): void {
  const node = doc.get(key, true);
  if (isScalar(node)) node.value = value;
  else doc.set(key, value);
}

/**
 * Every file a numbering edit of `docId` changes: the renumbered paragraphs (moved to their
 * new path, with new `id`, `number` and `position`), every front matter in the corpus that names
 * a renumbered paragraph (relations, lead-in links, the commitments that answer it), the words
 * of the document's own paragraphs that point at one ("paragraph 12", "paragraph 2(b)"), the
 * baseline, and the new paragraph of an insert. Front matter is edited through the yaml
 * Document API, so comments, order, quoting and flow or block style stay as they were.
 */
export function rewriteForPlan(corpus: Corpus, docId: string, plan: NumberingPlan, newParagraph?: { fm: NewParagraph; body: string }): FileEdit[] {
  const ids = new Map<string, string>();
  for (const [from, to] of plan.renumbered) ids.set(`${docId}/${from}`, `${docId}/${to}`);
  const positions = new Map<string, number>();
  const docParas = corpus.paragraphsByDocument.get(docId) ?? [];
  const positioned = docParas.length > 0 && docParas.every((p) => typeof p.fm.position === 'number');
  if (positioned) plan.order.forEach((n, i) => positions.set(n, i + 1));
  const edits: FileEdit[] = [];
  for (const file of corpus.files) {
    if (file.yamlText === undefined || !file.data) continue;
    const e = editFile(corpus, file, docId, ids, plan, positions);
    if (e) edits.push(e);
  }
  if (newParagraph && plan.inserted !== undefined) {
    const fm = { ...newParagraph.fm };
    if (positioned) fm.position = positions.get(plan.inserted);
    const rel = `paragraphs/${docId}/${plan.inserted}.md`;
    const doc = new (yamlLib().Document)(fm);
    quoteTraps(doc);
    const text = `---\n${doc.toString(STRINGIFY)}---\n${newParagraph.body}\n`;
    edits.push({ path: join(corpus.root, rel), rel, data: text, what: ['new paragraph'], created: true });
  }
  const baseline = rewriteBaseline(corpus.root, docId, ids);
  if (baseline) edits.push(baseline);
  return edits;
}

function editFile(corpus: Corpus, file: SourceFile, docId: string, ids: ReadonlyMap<string, string>, plan: NumberingPlan, positions: ReadonlyMap<string, number>): FileEdit | undefined {
  const mine = file.kind === 'paragraph' && file.data?.document === docId && typeof file.data.number === 'string';
  const doc = parseYaml(file.yamlText!);
  const what = rewriteIds(doc, ids, plan.renumbered, docId);
  let body = file.body;
  let rel = file.rel;
  if (mine) {
    const old = file.data!.number as string;
    const now = plan.renumbered.get(old) ?? old;
    if (now !== old) {
      setScalar(doc, 'number', now);
      rel = `paragraphs/${docId}/${now}.md`;
    }
    const pos = positions.get(now);
    if (pos !== undefined && pos !== file.data!.position) {
      setScalar(doc, 'position', pos);
      what.push(`position ${String(file.data!.position)} → ${pos}`);
    }
    const r = rewriteNumberRefs(body, plan.renumbered);
    if (r.changes.length) {
      body = r.text;
      what.push(...r.changes.map((c) => `"${c.from}" → "${c.to}" in the text`));
    }
  }
  if (what.length === 0 && rel === file.rel) return undefined;
  const yaml = what.length || rel !== file.rel ? doc.toString(STRINGIFY) : `${file.yamlText}\n`;
  const text = `---\n${yaml}---\n${body}`;
  const edit: FileEdit = { path: join(corpus.root, rel), rel, data: diskText(file, text), what };
  if (rel !== file.rel) edit.from = file.path;
  return edit;
}

/** The baseline with renumbered paragraphs' files and ids rewritten, or undefined when nothing changes. */
function rewriteBaseline(root: string, docId: string, ids: ReadonlyMap<string, string>): FileEdit | undefined {
  const path = join(root, BASELINE_FILE);
  if (ids.size === 0 || !existsSync(path)) return undefined;
  const before = readFileSync(path, 'utf8');
  const byLength = [...ids.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\w./-])(?:paragraphs/)?(${byLength.join('|')})(\\.md)?(?![\\w-]|\\.[\\w])`, 'g');
  const what: string[] = [];
  const after = before.replace(re, (m: string, id: string, md: string | undefined) => {
    const to = ids.get(id)!;
    const out = m.startsWith('paragraphs/') ? `paragraphs/${to}${md ?? ''}` : `${to}${md ?? ''}`;
    what.push(`${m} → ${out}`);
    return out;
  });
  if (after === before) return undefined;
  return { path, rel: BASELINE_FILE, data: after, what: [...new Set(what)] };
}
