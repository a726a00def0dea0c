/**
 * Merging what the seed importer computes into the files on disk: computed
 * keys rewritten, hand-curated keys (addressees, force, obligation, priority,
 * notes, relations other than part-of / refers-to, cites beyond those the
 * text makes, any key the importer does not compute) kept, keys in a fixed order.
 */
import type { Cite, DocumentFM, Relation } from '../../model/types.js';
import { ordered } from '../render.js';
import type { ComputedParagraph } from './compute.js';

const PARAGRAPH_ORDER = ['id', 'document', 'number', 'printed', 'position', 'section', 'type', 'addressees', 'force', 'cites', 'relations', 'obligation', 'priority', 'notes'];
const DOCUMENT_ORDER = ['id', 'title', 'symbol', 'date', 'author', 'status', 'genre', 'adopted', 'builds-on', 'outline', 'source', 'notes'];
/** Relation types the importer computes and owns; others are hand-curated and kept. */
const OWNED_RELATIONS = new Set(['part-of', 'refers-to']);

function orderCite(c: Cite): Cite {
  return ordered(c as unknown as Record<string, unknown>, ['instrument', 'articles', 'paragraph', 'text']) as unknown as Cite;
}
function orderRelation(r: Relation): Relation {
  return ordered(r as unknown as Record<string, unknown>, ['type', 'target', 'resolved', 'description', 'text', 'basis', 'note']) as unknown as Relation;
}

/** The cites the text makes, then the curated ones that are not among them (a cite of a whole instrument named without articles, say). */
function mergeCites(computed: Cite[], old: unknown): Cite[] | undefined {
  const out = computed.map(orderCite);
  const key = (c: Cite): string => JSON.stringify(orderCite(c));
  const seen = new Set(out.map(key));
  for (const c of Array.isArray(old) ? (old as Cite[]) : []) {
    if (!c || typeof c !== 'object' || seen.has(key(c))) continue;
    seen.add(key(c));
    out.push(orderCite(c));
  }
  return out.length > 0 ? out : undefined;
}

/**
 * An obligation as read from an existing file, in today's keys: the key `on` (before issue 21;
 * YAML 1.1 tools such as PyYAML read it as `true`) becomes `subject`, in its place. Read once,
 * written as `subject` from then on.
 */
export function migrateObligation(ob: unknown): unknown {
  if (!ob || typeof ob !== 'object' || Array.isArray(ob) || !Object.prototype.hasOwnProperty.call(ob, 'on')) return ob;
  const src = ob as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(src, 'subject')) return ob;
  return Object.fromEntries(Object.entries(src).map(([k, v]) => [k === 'on' ? 'subject' : k, v]));
}

/** Merges computed paragraph keys into an existing file's front matter (hand-curated keys kept). */
export function mergeParagraph(c: ComputedParagraph, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  const computedRel = (c.relations ?? []).map(orderRelation);
  const keptRel = (Array.isArray(o['relations']) ? (o['relations'] as Relation[]) : []).filter(
    (r) => r && typeof r === 'object' && !OWNED_RELATIONS.has(r.type) && !computedRel.some((x) => x.type === r.type && x.target === r.target),
  );
  const relations = [...computedRel, ...keptRel];
  const fm: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(o).filter(([k]) => !PARAGRAPH_ORDER.includes(k))),
    id: c.id,
    document: c.document,
    number: c.number,
    printed: c.printed,
    position: c.position,
    section: c.section,
    type: c.type,
    addressees: has('addressees') ? o['addressees'] : c.addressees,
    force: old ? o['force'] : c.force,
    cites: mergeCites(c.cites ?? [], o['cites']),
    relations: relations.length > 0 ? relations : undefined,
    obligation: migrateObligation(o['obligation']),
    priority: has('priority') ? o['priority'] : c.priority,
    notes: o['notes'],
  };
  const oldOrder = Object.keys(o).filter((k) => !PARAGRAPH_ORDER.includes(k));
  return ordered(fm, [...PARAGRAPH_ORDER, ...oldOrder]);
}

/** Merges computed document keys into an existing file's front matter (notes and unknown keys kept). */
export function mergeDocument(computed: DocumentFM, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const fm: Record<string, unknown> = { ...Object.fromEntries(Object.entries(o).filter(([k]) => !DOCUMENT_ORDER.includes(k))) };
  for (const k of DOCUMENT_ORDER) {
    const v = (computed as unknown as Record<string, unknown>)[k];
    if (k === 'notes' && Object.prototype.hasOwnProperty.call(o, 'notes')) fm[k] = o['notes'];
    else if (Array.isArray(v) && v.length === 0) fm[k] = undefined;
    else fm[k] = v;
  }
  const oldOrder = Object.keys(o).filter((k) => !DOCUMENT_ORDER.includes(k));
  return ordered(fm, [...DOCUMENT_ORDER, ...oldOrder]);
}
