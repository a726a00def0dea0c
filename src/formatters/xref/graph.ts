/**
 * The graphs of `plan xref` as plain data, drawn by the Mermaid and DOT
 * formatters: the citation graph (texts' paragraphs → instruments), the
 * lineage graph around a paragraph (oldest text → newest, edges labelled
 * with the basis, nodes with the force), the lists (texts → instruments)
 * and the unresolved references (paragraphs → texts outside the corpus).
 * Paragraph nodes are grouped by text.
 */
import { compareNumbers } from '../../model/model.js';
import type { DocumentInfo } from '../../reports/xref/index.js';
import { local } from './text.js';
import { docHeading, type XrefView } from './view.js';
import { pushAll } from '../../util/arrays.js';

export interface GraphNode {
  /** A key unique in the graph (corpus id with a kind prefix); renderers map it to a safe id. */
  key: string;
  /** Label lines. */
  label: string[];
  kind: 'paragraph' | 'instrument' | 'external' | 'document';
  /** The text (document) whose box it sits in. */
  group?: string;
  focus?: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  label?: string;
  style: 'solid' | 'dashed';
}

export interface Graph {
  title: string;
  notes: string[];
  /** Groups (texts), in order: key → label. */
  groups: Array<{ key: string; label: string }>;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

class Builder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges: GraphEdge[] = [];
  readonly groups = new Map<string, string>();
  constructor(readonly docs: DocumentInfo[]) {}

  group(doc: string): string {
    if (!this.groups.has(doc)) this.groups.set(doc, docHeading(this.docs, doc));
    return doc;
  }

  paragraph(id: string, extra: string[] = [], focus = false): string {
    const key = `p:${id}`;
    const doc = id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
    const existing = this.nodes.get(key);
    if (existing) {
      if (focus) existing.focus = true;
      if (extra.length && existing.label.length === 1) pushAll(existing.label, extra);
      return key;
    }
    this.nodes.set(key, { key, label: [local(id, doc), ...extra], kind: 'paragraph', group: this.group(doc), ...(focus ? { focus } : {}) });
    return key;
  }

  instrument(id: string, title?: string): string {
    const key = `i:${id}`;
    if (!this.nodes.has(key)) this.nodes.set(key, { key, label: title ? [id, title] : [id], kind: 'instrument' });
    return key;
  }

  external(target: string): string {
    const key = `x:${target}`;
    if (!this.nodes.has(key)) this.nodes.set(key, { key, label: [target, 'not in the corpus'], kind: 'external' });
    return key;
  }

  document(id: string): string {
    const key = `d:${id}`;
    if (!this.nodes.has(key)) this.nodes.set(key, { key, label: [docHeading(this.docs, id)], kind: 'document' });
    return key;
  }

  edge(from: string, to: string, style: GraphEdge['style'], label?: string): void {
    if (this.edges.some((e) => e.from === from && e.to === to && e.label === label)) return;
    this.edges.push({ from, to, style, ...(label ? { label } : {}) });
  }

  /** Nodes of each text in the natural order of their numbers, texts in order; then the others as added. */
  build(title: string, notes: string[]): Graph {
    const groups = [...this.groups.keys()];
    const all = [...this.nodes.values()];
    const grouped = all.filter((n) => n.group !== undefined)
      .sort((a, b) => groups.indexOf(a.group!) - groups.indexOf(b.group!) || compareNumbers(a.label[0]!, b.label[0]!));
    const nodes = [...grouped, ...all.filter((n) => n.group === undefined)];
    return { title, notes, groups: [...this.groups].map(([key, label]) => ({ key, label })), nodes, edges: this.edges };
  }
}

const TITLE_MAX = 48;
function short(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > TITLE_MAX ? `${t.slice(0, TITLE_MAX - 1).trimEnd()}…` : t;
}

function articles(refs: string[], whole: boolean): string {
  return [...(refs.length ? [`Art. ${refs.join(', ')}`] : []), ...(whole ? ['whole'] : [])].join('; ');
}

/** The graph a view draws. */
export function graphOf(view: XrefView): Graph {
  const b = new Builder(view.documents);
  switch (view.kind) {
    case 'all': {
      for (const d of view.documents) if (view.report.instruments.some((i) => i.byDocument.some((g) => g.document === d.id) || i.urgedBy.some((u) => u.document === d.id))) b.group(d.id);
      for (const i of view.report.instruments) {
        const to = b.instrument(i.id, short(i.title));
        for (const x of i.citations) b.edge(b.paragraph(x.paragraph), to, 'solid', articles(x.refs, x.whole));
        for (const u of i.urgedBy) b.edge(b.paragraph(u.paragraph), to, 'dashed', 'urges');
      }
      return b.build('citation graph: paragraphs of each text → the instruments they cite (dashed: obligations urging them)', view.report.notes);
    }
    case 'instrument': {
      const v = view.coverage;
      const to = b.instrument(v.instrument.id, short(v.instrument.title));
      for (const d of v.documents) b.group(d);
      const byPara = new Map<string, { refs: string[]; whole: boolean }>();
      for (const a of v.articles) for (const x of a.citations) {
        const e = byPara.get(x.paragraph) ?? { refs: [], whole: false };
        for (const r of x.refs) if (!e.refs.includes(r)) e.refs.push(r);
        byPara.set(x.paragraph, e);
      }
      for (const w of v.whole) {
        const e = byPara.get(w.paragraph) ?? { refs: [], whole: false };
        e.whole = true;
        byPara.set(w.paragraph, e);
      }
      const ordered = [...byPara.keys()].sort((x, y) => v.documents.indexOf(x.split('/')[0]!) - v.documents.indexOf(y.split('/')[0]!));
      for (const p of ordered) b.edge(b.paragraph(p), to, 'solid', articles(byPara.get(p)!.refs, byPara.get(p)!.whole));
      for (const u of v.urgedBy) b.edge(b.paragraph(u.paragraph), to, 'dashed', 'urges');
      return b.build(`citation graph of ${v.instrument.id}: citing paragraphs by text, edges labelled with the articles`, v.notes);
    }
    case 'paragraph': {
      const v = view.links;
      const ch = v.lineage;
      for (const d of ch.documents) b.group(d);
      for (const s of ch.steps) {
        b.paragraph(s.paragraph, [[s.force ?? 'no force recorded', (s.addressees ?? []).join(', ')].filter(Boolean).join(' · ')], s.paragraph === v.paragraph.id);
      }
      // Oldest → newest, labelled with how the wording descends.
      for (const l of ch.links) b.edge(b.paragraph(l.to), b.paragraph(l.from), 'solid', l.type === 'derived-from' ? (l.basis ?? 'derived-from') : l.type);
      for (const e of ch.external) b.edge(b.external(e.target), b.paragraph(e.from), 'dashed', e.type);
      // The paragraph's other links, dashed.
      const me = b.paragraph(v.paragraph.id, [[v.paragraph.force ?? 'no force recorded', (v.paragraph.addressees ?? []).join(', ')].filter(Boolean).join(' · ')], true);
      for (const l of v.out) {
        if (l.type === 'derived-from' || l.type === 'implements' || l.type === 'follows-up') {
          if (!l.resolved) b.edge(b.external(l.target), me, 'dashed', l.type);
          continue;
        }
        if (l.type === 'cites') b.edge(me, b.instrument(l.target), 'dashed', articles(l.refs ?? [], !(l.refs ?? []).length));
        else if (l.resolved && l.target.includes('/')) b.edge(me, b.paragraph(l.target), 'dashed', l.type);
        else if (l.resolved) b.edge(me, b.document(l.target), 'dashed', l.type);
        else b.edge(me, b.external(l.target), 'dashed', l.type);
      }
      for (const l of v.in) {
        if (l.type === 'derived-from' || l.type === 'implements' || l.type === 'follows-up') continue;
        b.edge(b.paragraph(l.from), me, 'dashed', l.type === 'priority' ? 'priority set by' : l.type);
      }
      return b.build(`lineage graph of ${v.paragraph.id}: oldest text → newest, edges labelled with the basis (dashed: its other links)`, []);
    }
    case 'lists': {
      const v = view.lists;
      for (const d of v.documents) {
        const from = b.document(d.document);
        for (const i of d.instruments) {
          const ps = [...d.lists.flatMap((l) => l.items), ...d.obligations].filter((it) => it.instruments.includes(i)).map((it) => local(it.paragraph, d.document));
          b.edge(from, b.instrument(i, short(v.matrix.find((m) => m.instrument === i)?.title)), 'solid', ps.join(', '));
        }
      }
      return b.build('instrument lists: each text → the instruments its lists urge (edges: its paragraphs)', v.notes);
    }
    case 'unresolved': {
      for (const e of view.unresolved) {
        const from = e.kind === 'builds-on' ? b.document(e.from) : b.paragraph(e.from);
        b.edge(from, b.external(e.target), 'dashed', e.type);
      }
      return b.build('references to texts that are not in the corpus', view.notes);
    }
  }
}
