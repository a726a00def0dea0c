/**
 * Lineage: where a paragraph came from and where it went, across the texts.
 *
 * A paragraph's lineage is every paragraph reachable from it through
 * `derived-from`, `implements` and `follows-up` links, followed both ways
 * (to what it descends from and to what descends from it). The steps are
 * ordered oldest text first by document date; each step says how it differs
 * from the step(s) it links to: the force of the wording (shall → should →
 * consider) and the addressees added or dropped.
 *
 * Pure functions of a loaded Corpus: no I/O.
 */
import type { Corpus, Paragraph } from '../model/model.js';
import { forceRank, FORCES, type Force, type RelationType } from '../model/types.js';
import { effectiveForce, leadInChain } from '../model/lead-ins.js';
import { pushAll } from '../util/arrays.js';
import { compareText as cmp } from '../util/text.js';

export { effectiveForce };

/** The relation types that make lineage across texts. */
export const LINEAGE_TYPES: readonly RelationType[] = ['derived-from', 'implements', 'follows-up'];

/** How the force changed from one step to the next. */
export type ForceChange = 'same' | 'weaker' | 'stronger' | 'same-strength' | 'unknown';

/** A lineage link between two paragraphs of the corpus: `from` holds the relation, `to` is its target. */
export interface LineageLink {
  from: string;
  to: string;
  type: RelationType;
  basis?: string;
  text?: string;
  note?: string;
}

/** A lineage link to a text that is not in the corpus (`resolved: false`). */
export interface ExternalLink {
  from: string;
  type: RelationType;
  target: string;
  description?: string;
}

/** What changed between an earlier step and a later one that links to it. */
export interface StepComparison {
  /** The earlier paragraph compared with. */
  with: string;
  /** The link that joins them (held by the later paragraph, or by the earlier one for a link pointing forward). */
  type: RelationType;
  basis?: string;
  force: { from?: Force; to?: Force; change: ForceChange };
  /** Addressees added and dropped; absent when either side records none. */
  addressees?: { added: string[]; dropped: string[] };
}

export interface LineageStep {
  paragraph: string;
  document: string;
  /** The document's date as recorded (ISO, or YYYY / YYYY-MM). */
  date: string;
  /** The document's status: working-draft, circulated-draft or adopted. */
  status?: string;
  type: string;
  /** The force as written, or its lead-in's for a list item that records none. */
  force?: Force;
  addressees?: string[];
  /** How this step's wording descends from the step before it, when a derived-from link joins them. */
  basis?: string;
  /** Comparison with each earlier step this one is linked to (none for the first). */
  changes: StepComparison[];
}

export interface LineageChain {
  /** The newest paragraph of the chain (where an analyst usually starts). */
  id: string;
  /** Paragraph ids, oldest first. */
  paragraphs: string[];
  steps: LineageStep[];
  links: LineageLink[];
  /** Links from the chain to texts that are not in the corpus. */
  external: ExternalLink[];
  /** Documents the chain crosses, oldest first. */
  documents: string[];
  /** The forces along the chain, e.g. `shall → should → consider` (`(none)` where none is recorded). */
  forcePath: string;
}

/** A document's date for ordering ('' when unknown, which sorts first). */
export function documentDate(c: Corpus, doc: string): string {
  return c.documents.get(doc)?.fm.date ?? '';
}

/** Documents by date, then id: the order of the texts in every report. */
export function compareDocuments(c: Corpus, a: string, b: string): number {
  return cmp(documentDate(c, a), documentDate(c, b)) || cmp(a, b);
}

/** Position of each paragraph in its document's reading order. */
function readingIndex(c: Corpus): Map<string, number> {
  const m = new Map<string, number>();
  for (const list of c.paragraphsByDocument.values()) list.forEach((p, i) => m.set(p.id, i));
  return m;
}

/** The addressees a paragraph records, else its lead-in's. */
export function effectiveAddressees(c: Corpus, p: Paragraph): string[] | undefined {
  for (const a of leadInChain(c, p)) if (a.fm.addressees?.length) return a.fm.addressees;
  return undefined;
}

/** Compares two forces: same, weaker or stronger group, or another wording of the same strength. */
export function compareForce(from: Force | undefined, to: Force | undefined): ForceChange {
  if (!from || !to || !FORCES.includes(from) || !FORCES.includes(to)) return 'unknown';
  if (from === to) return 'same';
  const d = forceRank(to) - forceRank(from);
  return d < 0 ? 'weaker' : d > 0 ? 'stronger' : 'same-strength';
}

/** Lineage links held by a paragraph, to paragraphs of the corpus. */
function linksOut(c: Corpus, p: Paragraph): LineageLink[] {
  const out: LineageLink[] = [];
  for (const r of p.fm.relations ?? []) {
    if (!LINEAGE_TYPES.includes(r.type) || r.resolved === false || !c.paragraphs.has(r.target) || r.target === p.id) continue;
    out.push({
      from: p.id, to: r.target, type: r.type,
      ...(r.basis ? { basis: r.basis } : {}), ...(r.text ? { text: r.text } : {}), ...(r.note ? { note: r.note } : {}),
    });
  }
  return out;
}

/** The ids of the lineage component holding `start` (itself included). */
function component(c: Corpus, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    const p = c.paragraphs.get(id);
    const next: string[] = p ? linksOut(c, p).map((l) => l.to) : [];
    for (const inc of c.incoming.get(id) ?? []) {
      if (LINEAGE_TYPES.includes(inc.relation.type) && inc.relation.resolved !== false && inc.from.id !== id) next.push(inc.from.id);
    }
    for (const n of next) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/**
 * Orders a component oldest text first: by document date; among texts of the
 * same date, a paragraph comes after what it derives from; then document id
 * and reading order. Never loops on a cycle (the lineage-acyclic rule reports those).
 */
function order(c: Corpus, ids: Set<string>, links: LineageLink[], reading: Map<string, number>): string[] {
  const doc = (id: string) => c.paragraphs.get(id)!.fm.document;
  const key = (a: string, b: string) => compareDocuments(c, doc(a), doc(b)) || (reading.get(a) ?? 0) - (reading.get(b) ?? 0) || cmp(a, b);
  // Constraints only between texts of the same date: the date decides otherwise.
  const before = new Map<string, Set<string>>();
  for (const l of links) {
    if (documentDate(c, doc(l.from)) !== documentDate(c, doc(l.to)) || doc(l.from) === doc(l.to)) continue;
    const s = before.get(l.from) ?? new Set<string>();
    s.add(l.to);
    before.set(l.from, s);
  }
  const remaining = [...ids].sort(key);
  const out: string[] = [];
  const placed = new Set<string>();
  while (remaining.length) {
    const date = documentDate(c, doc(remaining[0]!));
    let i = remaining.findIndex((id) => documentDate(c, doc(id)) === date && [...(before.get(id) ?? [])].every((t) => placed.has(t) || !ids.has(t)));
    if (i < 0) i = 0;
    const [id] = remaining.splice(i, 1);
    out.push(id!);
    placed.add(id!);
  }
  return out;
}

function addresseeDiff(a: string[] | undefined, b: string[] | undefined): { added: string[]; dropped: string[] } | undefined {
  if (!a || !b) return undefined;
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: b.filter((x) => !sa.has(x)), dropped: a.filter((x) => !sb.has(x)) };
}

/**
 * The lineage chain of a paragraph: every paragraph linked to it by
 * derived-from, implements or follows-up, both ways, oldest text first.
 * A paragraph with no lineage gives a chain of one step.
 */
export function lineageOf(c: Corpus, paragraphId: string, reading = readingIndex(c)): LineageChain | undefined {
  if (!c.paragraphs.has(paragraphId)) return undefined;
  const ids = component(c, paragraphId);
  const links: LineageLink[] = [];
  const external: ExternalLink[] = [];
  for (const id of ids) {
    const p = c.paragraphs.get(id)!;
    pushAll(links, linksOut(c, p));
    for (const r of p.fm.relations ?? []) {
      if (LINEAGE_TYPES.includes(r.type) && (r.resolved === false || !c.paragraphs.has(r.target))) {
        external.push({ from: id, type: r.type, target: r.target, ...(r.description ? { description: r.description } : {}) });
      }
    }
  }
  const ordered = order(c, ids, links, reading);
  const pos = new Map(ordered.map((id, i) => [id, i]));
  links.sort((a, b) => pos.get(a.from)! - pos.get(b.from)! || pos.get(a.to)! - pos.get(b.to)! || cmp(a.type, b.type));
  external.sort((a, b) => pos.get(a.from)! - pos.get(b.from)! || cmp(a.target, b.target));
  const steps: LineageStep[] = ordered.map((id, i) => {
    const p = c.paragraphs.get(id)!;
    const d = c.documents.get(p.fm.document);
    const force = effectiveForce(c, p);
    const addressees = effectiveAddressees(c, p);
    // Links joining this step to earlier steps, whichever side holds them.
    const changes: StepComparison[] = [];
    for (const l of links) {
      const other = l.from === id ? l.to : l.to === id ? l.from : undefined;
      if (other === undefined || pos.get(other)! >= i) continue;
      if (changes.some((x) => x.with === other)) continue;
      const q = c.paragraphs.get(other)!;
      const qf = effectiveForce(c, q);
      const diff = addresseeDiff(effectiveAddressees(c, q), addressees);
      changes.push({
        with: other, type: l.type, ...(l.basis ? { basis: l.basis } : {}),
        force: { ...(qf ? { from: qf } : {}), ...(force ? { to: force } : {}), change: compareForce(qf, force) },
        ...(diff ? { addressees: diff } : {}),
      });
    }
    changes.sort((a, b) => pos.get(a.with)! - pos.get(b.with)!);
    const prev = i > 0 ? ordered[i - 1] : undefined;
    const basis = changes.find((x) => x.with === prev && x.type === 'derived-from')?.basis ?? (changes.length === 1 ? changes[0]!.basis : undefined);
    return {
      paragraph: id, document: p.fm.document, date: d?.fm.date ?? '', ...(d ? { status: d.fm.status } : {}), type: p.fm.type,
      ...(force ? { force } : {}), ...(addressees ? { addressees: [...addressees] } : {}),
      ...(basis ? { basis } : {}), changes,
    };
  });
  const documents: string[] = [];
  for (const s of steps) if (!documents.includes(s.document)) documents.push(s.document);
  return {
    id: ordered[ordered.length - 1]!,
    paragraphs: ordered, steps, links, external, documents,
    forcePath: steps.map((s) => s.force ?? '(none)').join(' → '),
  };
}

/**
 * Every lineage chain of the corpus (components of two paragraphs or more),
 * sorted by the id of their newest paragraph.
 */
export function allLineage(c: Corpus): LineageChain[] {
  const reading = readingIndex(c);
  const done = new Set<string>();
  const out: LineageChain[] = [];
  const ids = [...c.paragraphs.keys()].sort(cmp);
  for (const id of ids) {
    if (done.has(id)) continue;
    const p = c.paragraphs.get(id)!;
    const linked = linksOut(c, p).length > 0 || (c.incoming.get(id) ?? []).some((x) => LINEAGE_TYPES.includes(x.relation.type) && x.relation.resolved !== false && x.from.id !== id);
    if (!linked) continue;
    const chain = lineageOf(c, id, reading)!;
    for (const s of chain.paragraphs) done.add(s);
    if (chain.paragraphs.length > 1) out.push(chain);
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}
