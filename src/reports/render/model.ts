/**
 * One document of the corpus assembled for reading: its title block, the
 * outline's headings where the text reaches them, every paragraph in reading
 * order with its number as printed, list items nested under their lead-in,
 * and footnotes anchored at the paragraph they annotate. Every format
 * (markdown, text, html, docx) renders this model and nothing else.
 */
import { leadInOf } from '../../model/lead-ins.js';
import type { Corpus, Paragraph } from '../../model/model.js';
import type { OutlineEntry, ParagraphType, Priority, Reconcile } from '../../model/types.js';
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../util/text.js';
import { documentHead, type DocumentHead } from './head.js';

/** A paragraph, list item or bullet as rendered. */
export interface RenderItem {
  id: string;
  type: ParagraphType;
  /** The number or letter as printed, without punctuation (`7`, `a`, `iv`, `2.1`); absent when the text prints none. */
  label?: string;
  /** The label as it stands before the text: `7.`, `a.`, `iv.`, `2.1`. */
  marker?: string;
  /** The body's lines, verbatim (blank lines and lint comments dropped). */
  lines: string[];
  /** Numbers of the footnotes whose mark stands at the end of this paragraph. */
  footnotes: number[];
  /** What footnotes say about this paragraph (GTDOT priorities), shown discreetly. */
  priority: Priority[];
  /** Texts the paragraph is still to be reconciled with (the CEDOT draft's footnote on B.X). */
  reconcile?: Reconcile[];
  /** List items and bullets whose lead-in this is, in reading order. */
  children: RenderItem[];
}

/** A heading of the outline. */
export interface RenderHeading {
  kind: 'heading';
  /** 1 for a top-level heading. */
  depth: number;
  number?: string;
  title: string;
  /** The heading path joined with ` / `, unique within the document. */
  path: string;
}

export type RenderBlock = RenderHeading | { kind: 'item'; item: RenderItem };

export interface RenderFootnote {
  n: number;
  /** The footnote paragraph's id. */
  id: string;
  lines: string[];
  /** The paragraph whose end carries the mark. */
  anchor: string;
}

/** A whole document, ready for a format. */
export interface RenderModel {
  head: DocumentHead;
  blocks: RenderBlock[];
  footnotes: RenderFootnote[];
  /** Paragraphs rendered (list items, bullets and footnotes included). */
  paragraphs: number;
}

/**
 * The label as printed: decimal outline numbers (`2.1`, `1.1`) are printed
 * whole; elsewhere only the last segment is (`42.a` prints `a.`, `2.a.iii`
 * prints `iii.`, `3.c` under heading 3 prints `c.`).
 */
export function printedLabel(p: Paragraph): { label: string; marker: string } | undefined {
  if (!p.fm.printed) return undefined;
  const segs = p.fm.number.split('.');
  if (segs.length > 1 && segs.every((s) => /^\d+$/.test(s))) return { label: p.fm.number, marker: p.fm.number };
  const label = segs[segs.length - 1]!;
  return { label, marker: `${label}.` };
}

/** The body's lines as the text has them: no blank lines, no lint comments. */
export function bodyLines(body: string): string[] {
  return body
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '' && !/^\s*<!--[\s\S]*-->\s*$/.test(l))
    .map((l) => l.replace(/\s+$/, ''));
}

interface FlatHeading {
  key: string;
  heading: RenderHeading;
}

function flatten(outline: OutlineEntry[], path: string[] = [], out: FlatHeading[] = []): FlatHeading[] {
  for (const e of outline) {
    const p = [...path, e.title];
    const heading: RenderHeading = { kind: 'heading', depth: p.length, title: e.title, path: p.join(' / ') };
    if (e.number !== undefined) heading.number = e.number;
    out.push({ key: p.join('\u0000'), heading });
    flatten(e.children ?? [], p, out);
  }
  return out;
}

function isFootnote(p: Paragraph): boolean {
  return p.fm.type === 'footnote' || (p.fm.relations ?? []).some((r) => r.type === 'annotates');
}

/**
 * The headings to print before a paragraph of section `key`: those of the
 * outline between the last one printed and this one (outline order is reading
 * order), or, when the text goes back to an earlier section, that section's
 * path again.
 */
class HeadingWalk {
  private readonly index = new Map<string, number>();
  private last = -1;
  private current = '';

  constructor(private readonly flat: FlatHeading[]) {
    flat.forEach((h, i) => this.index.set(h.key, i));
  }

  enter(section: string[]): RenderHeading[] {
    const key = section.join('\u0000');
    if (key === this.current) return [];
    this.current = key;
    if (key === '') return [];
    const at = this.index.get(key);
    if (at === undefined) {
      // A section missing from the outline (lint reports it): print its last title.
      return [{ kind: 'heading', depth: section.length, title: section[section.length - 1]!, path: section.join(' / ') }];
    }
    if (at > this.last) {
      const out = this.flat.slice(this.last + 1, at + 1).map((h) => h.heading);
      this.last = at;
      return out;
    }
    const out: RenderHeading[] = [];
    for (let i = 1; i <= section.length; i++) {
      const j = this.index.get(section.slice(0, i).join('\u0000'));
      if (j !== undefined) out.push(this.flat[j]!.heading);
    }
    return out;
  }

  /** Headings of the outline after the last paragraph. */
  rest(): RenderHeading[] {
    return this.flat.slice(this.last + 1).map((h) => h.heading);
  }
}

function toItem(p: Paragraph): RenderItem {
  const item: RenderItem = { id: p.id, type: p.fm.type, lines: bodyLines(p.file.body), footnotes: [], priority: p.fm.priority ?? [], ...(p.fm.reconcile ? { reconcile: p.fm.reconcile } : {}), children: [] };
  const l = printedLabel(p);
  if (l) {
    item.label = l.label;
    item.marker = l.marker;
  }
  return item;
}

/** Footnotes numbered in the order of their marks; each anchored at a paragraph of the text. */
function placeFootnotes(notes: Paragraph[], text: Paragraph[], items: Map<string, RenderItem>): RenderFootnote[] {
  const order = new Map(text.map((p, i) => [p.id, i]));
  const placed = notes.map((f) => {
    const target = (f.fm.relations ?? []).find((r) => r.type === 'annotates' && items.has(r.target))?.target;
    // No paragraph to hang on: the first paragraph of its section, else the first of the text.
    const key = f.fm.section.join('\u0000');
    const anchor = target ?? text.find((p) => p.fm.section.join('\u0000') === key)?.id ?? text[0]?.id;
    return { f, anchor };
  });
  const out: RenderFootnote[] = [];
  placed
    .filter((x): x is { f: Paragraph; anchor: string } => x.anchor !== undefined)
    .sort((a, b) => order.get(a.anchor)! - order.get(b.anchor)!)
    .forEach(({ f, anchor }) => {
      const n = out.length + 1;
      out.push({ n, id: f.id, lines: bodyLines(f.file.body), anchor });
      items.get(anchor)!.footnotes.push(n);
    });
  return out;
}

/** Assembles `docId` from the corpus; an unknown document is a usage error (exit 2). */
export function buildRenderModel(corpus: Corpus, docId: string): RenderModel {
  const doc = corpus.documents.get(docId);
  if (!doc) {
    throw new UsageError(`Unknown document \`${docId}\`${didYouMean(docId, corpus.documents.keys())}`, `Documents: ${[...corpus.documents.keys()].sort().join(', ')}.`);
  }
  const all = corpus.paragraphsByDocument.get(docId) ?? [];
  // Footnotes hang on the text; a document of footnotes alone prints them as its text (nothing is dropped).
  const text = all.some((p) => !isFootnote(p)) ? all.filter((p) => !isFootnote(p)) : all;
  const notes = text === all ? [] : all.filter(isFootnote);
  const items = new Map(text.map((p) => [p.id, toItem(p)]));
  const footnotes = placeFootnotes(notes, text, items);

  const walk = new HeadingWalk(flatten(doc.fm.outline));
  const blocks: RenderBlock[] = [];
  // The open list: the chain of items the next list item may hang on.
  let open: Array<{ id: string; item: RenderItem }> = [];
  for (const p of text) {
    const heads = walk.enter(p.fm.section);
    if (heads.length) open = [];
    blocks.push(...heads);
    const item = items.get(p.id)!;
    const lead = leadInOf(p);
    const at = lead === undefined ? -1 : open.findIndex((o) => o.id === lead);
    if (at >= 0) {
      open = open.slice(0, at + 1);
      open[at]!.item.children.push(item);
    } else {
      open = [];
      blocks.push({ kind: 'item', item });
    }
    open.push({ id: p.id, item });
  }
  blocks.push(...walk.rest());
  return { head: documentHead(corpus, doc), blocks, footnotes, paragraphs: all.length };
}

/** Every item of the model in reading order (lead-ins before their items). */
export function* itemsOf(model: RenderModel): Generator<RenderItem> {
  function* walk(i: RenderItem): Generator<RenderItem> {
    yield i;
    for (const c of i.children) yield* walk(c);
  }
  for (const b of model.blocks) if (b.kind === 'item') yield* walk(b.item);
}
