/**
 * The links of each kind of item `plan show` knows, out and in, each list in
 * the reading order of its other end.
 */
import type { Corpus, Entity, Paragraph } from '../../model/model.js';
import type { BodyFM, Cite, CommitmentFM, CommitmentRecord, DocumentFM, InstrumentFM, Kind, StateFM } from '../../model/types.js';
import { compareText as cmp } from '../../util/text.js';
import { pushAll } from '../../util/arrays.js';

/** The kinds of item `plan show` knows. */
export type ItemKind = Exclude<Kind, 'config'>;

/** Search order when one id exists in several kinds (ids are distinct by shape, so this is rare). */
export const ITEM_KINDS: ItemKind[] = ['document', 'paragraph', 'instrument', 'state', 'commitment', 'body'];

/**
 * One link of an item, seen from the item: in `linksOut` `id` is the target,
 * in `linksIn` it is the item that links here.
 */
export interface ShowLink {
  /** What the link is: a relation type (`refers-to`, `derived-from`...), `cites`, `addressee`, `obligation`, `answers`, `commitment`... */
  rel: string;
  /** The other end. */
  id: string;
  /** Its kind, when it exists in the corpus. */
  kind?: ItemKind;
  /** Does the other end exist in the corpus? (false: a reference to a text outside it, or a dangling one) */
  resolved: boolean;
  /** Articles cited, the words making the reference, a status... */
  detail?: string;
}

const MAP_OF: Record<ItemKind, keyof Corpus> = {
  document: 'documents', paragraph: 'paragraphs', instrument: 'instruments', state: 'states', commitment: 'commitments', body: 'bodies',
};

export function mapOf(c: Corpus, kind: ItemKind): Map<string, Entity<unknown>> {
  return c[MAP_OF[kind]] as unknown as Map<string, Entity<unknown>>;
}

const READING = new WeakMap<Corpus, Map<string, number>>();

/** Paragraph ids in reading order: documents by id, then each document's reading order; other ids after, by code unit. */
function byReading(corpus: Corpus): (a: string, b: string) => number {
  let m = READING.get(corpus);
  if (!m) {
    m = new Map();
    for (const d of [...corpus.paragraphsByDocument.keys()].sort(cmp)) for (const p of corpus.paragraphsByDocument.get(d)!) m.set(p.id, m.size);
    READING.set(corpus, m);
  }
  const at = m;
  return (a, b) => (at.get(a) ?? Infinity) - (at.get(b) ?? Infinity) || cmp(a, b);
}

/** Stable sort of links by the reading order of their other end. */
function inReadingOrder(corpus: Corpus, links: ShowLink[]): ShowLink[] {
  const c = byReading(corpus);
  return links.map((l, i) => ({ l, i })).sort((x, y) => c(x.l.id, y.l.id) || x.i - y.i).map((x) => x.l);
}

export function kindOf(corpus: Corpus, id: string, prefer?: ItemKind): ItemKind | undefined {
  if (prefer && (mapOf(corpus, prefer).has(id) || corpus.idsOfInvalid.get(prefer)?.has(id))) return prefer;
  for (const k of ITEM_KINDS) if (mapOf(corpus, k).has(id) || corpus.idsOfInvalid.get(k)?.has(id)) return k;
  return undefined;
}

export function link(corpus: Corpus, rel: string, id: string, prefer: ItemKind | undefined, detail?: string, resolvedOverride?: boolean): ShowLink {
  const kind = kindOf(corpus, id, prefer);
  const l: ShowLink = { rel, id, resolved: resolvedOverride ?? kind !== undefined };
  if (kind && l.resolved) l.kind = kind;
  if (detail) l.detail = detail;
  return l;
}

/** `art. 16`, `arts. 12, 13, 14`, `art. 27.2`; undefined when the whole instrument is cited. */
export function articlesText(c: Cite): string | undefined {
  const a = c.articles ?? [];
  if (a.length === 0) return undefined;
  if (a.length === 1) return `art. ${a[0]}${c.paragraph ? `.${c.paragraph}` : ''}`;
  return `arts. ${a.join(', ')}`;
}

/** The newest record of a commitment: largest as-of, the later one in the file on a tie. */
export function currentRecord(fm: CommitmentFM): CommitmentRecord | undefined {
  let best: CommitmentRecord | undefined;
  for (const r of fm.records ?? []) if (!best || r['as-of'] >= best['as-of']) best = r;
  return best;
}

function statusText(fm: CommitmentFM): string | undefined {
  const r = currentRecord(fm);
  return r ? `${r.status} as of ${r['as-of']}` : undefined;
}

export function quoted(s: string | undefined): string | undefined {
  return s ? `“${s}”` : undefined;
}

function join(...parts: Array<string | undefined>): string | undefined {
  const p = parts.filter((x): x is string => Boolean(x));
  return p.length ? p.join('; ') : undefined;
}

export function paragraphLinks(corpus: Corpus, p: Paragraph): { out: ShowLink[]; in: ShowLink[] } {
  const fm = p.fm;
  const out: ShowLink[] = [link(corpus, 'document', fm.document, 'document')];
  for (const a of fm.addressees ?? []) out.push(link(corpus, 'addressee', a, 'body', corpus.bodies.get(a)?.fm.name));
  for (const c of fm.cites ?? []) out.push(link(corpus, 'cites', c.instrument, 'instrument', join(articlesText(c), quoted(c.text))));
  for (const r of fm.relations ?? []) {
    const exists = kindOf(corpus, r.target) !== undefined;
    out.push(link(corpus, r.type, r.target, undefined, join(r.basis, quoted(r.text), r.description, r.note), r.resolved === false ? false : exists));
  }
  for (const i of fm.obligation?.instruments ?? []) out.push(link(corpus, 'obligation', i, 'instrument', fm.obligation!.action));
  for (const pr of fm.priority ?? []) out.push(link(corpus, 'priority-set-by', pr.source, 'paragraph', join(pr.date, pr.meeting)));
  for (const rc of fm.reconcile ?? []) out.push(link(corpus, 'to-reconcile-with', rc.source, 'paragraph', join(rc.with, rc.date)));

  const inn: ShowLink[] = [];
  for (const x of corpus.incoming.get(p.id) ?? []) {
    inn.push(link(corpus, x.relation.type, x.from.id, 'paragraph', join(x.relation.basis, quoted(x.relation.text))));
  }
  const prio: ShowLink[] = [];
  for (const q of corpus.paragraphs.values()) {
    for (const pr of q.fm.priority ?? []) if (pr.source === p.id) prio.push(link(corpus, 'priority-set-by', q.id, 'paragraph', join(pr.date, pr.meeting)));
  }
  const ordered = [...inReadingOrder(corpus, inn), ...inReadingOrder(corpus, prio)];
  inn.length = 0;
  pushAll(inn, ordered);
  for (const cm of corpus.commitmentsByParagraph.get(p.id) ?? []) inn.push(link(corpus, 'answers', cm.id, 'commitment', statusText(cm.fm)));
  for (const ins of corpus.instruments.values()) {
    for (const al of ins.fm.aliases ?? []) if ((al['used-in'] ?? []).includes(p.id)) inn.push(link(corpus, 'alias-used-in', ins.id, 'instrument', quoted(al.text)));
  }
  return { out, in: inn };
}

export function documentLinks(corpus: Corpus, d: Entity<DocumentFM>): { out: ShowLink[]; in: ShowLink[] } {
  const fm = d.fm;
  const out: ShowLink[] = [];
  if (fm.author) out.push(link(corpus, 'author', fm.author, 'body', corpus.bodies.get(fm.author)?.fm.name));
  if (fm.adopted?.by) out.push(link(corpus, 'adopted-by', fm.adopted.by, 'body', join(fm.adopted.instrument, fm.adopted.date)));
  for (const b of fm['builds-on'] ?? []) {
    if (typeof b === 'string') out.push(link(corpus, 'builds-on', b, 'document'));
    else out.push(link(corpus, 'builds-on', b.target, 'document', b.description, false));
  }
  const inn: ShowLink[] = [];
  for (const x of corpus.incoming.get(d.id) ?? []) inn.push(link(corpus, x.relation.type, x.from.id, 'paragraph', quoted(x.relation.text)));
  pushAll(inn, inReadingOrder(corpus, inn.splice(0)));
  for (const o of [...corpus.documents.values()].sort((a, b) => cmp(a.id, b.id))) {
    if ((o.fm['builds-on'] ?? []).some((b) => b === d.id)) inn.push(link(corpus, 'builds-on', o.id, 'document'));
  }
  return { out, in: inn };
}

export function instrumentLinks(corpus: Corpus, i: Entity<InstrumentFM>): { out: ShowLink[]; in: ShowLink[] } {
  const fm = i.fm;
  const out: ShowLink[] = [];
  if (fm.parent) out.push(link(corpus, 'parent', fm.parent, 'instrument'));
  const used: ShowLink[] = [];
  for (const al of fm.aliases ?? []) for (const u of al['used-in'] ?? []) used.push(link(corpus, 'alias-used-in', u, 'paragraph', quoted(al.text)));
  pushAll(out, inReadingOrder(corpus, used));
  const inn: ShowLink[] = [];
  for (const c of corpus.citations.get(i.id) ?? []) inn.push(link(corpus, 'cited-by', c.paragraph.id, 'paragraph', join(articlesText(c.cite), quoted(c.cite.text))));
  pushAll(inn, inReadingOrder(corpus, inn.splice(0)));
  const obl = [...corpus.paragraphs.values()].filter((p) => (p.fm.obligation?.instruments ?? []).includes(i.id));
  pushAll(inn, inReadingOrder(corpus, obl.map((p) => link(corpus, 'obligation', p.id, 'paragraph', p.fm.obligation!.action))));
  for (const o of [...corpus.instruments.values()].filter((x) => x.fm.parent === i.id).sort((a, b) => cmp(a.id, b.id))) inn.push(link(corpus, 'parent', o.id, 'instrument', o.fm.title));
  const cms = [...(corpus.commitmentsByInstrument.get(i.id) ?? [])].sort((a, b) => cmp(a.id, b.id));
  for (const cm of cms) inn.push(link(corpus, 'commitment', cm.id, 'commitment', statusText(cm.fm)));
  return { out, in: inn };
}

export function stateLinks(corpus: Corpus, s: Entity<StateFM>): { out: ShowLink[]; in: ShowLink[] } {
  const cms = [...(corpus.commitmentsByState.get(s.id) ?? [])].sort((a, b) => cmp(a.id, b.id));
  return { out: [], in: cms.map((cm) => link(corpus, 'commitment', cm.id, 'commitment', join(statusText(cm.fm), cm.fm.instrument ? undefined : cm.fm.answers?.join(', ')))) };
}

export function commitmentLinks(corpus: Corpus, c: Entity<CommitmentFM>): { out: ShowLink[]; in: ShowLink[] } {
  const fm = c.fm;
  const out: ShowLink[] = [link(corpus, 'state', fm.state, 'state', corpus.states.get(fm.state)?.fm.name.en)];
  if (fm.instrument) out.push(link(corpus, 'instrument', fm.instrument, 'instrument', corpus.instruments.get(fm.instrument)?.fm.title));
  for (const a of fm.answers ?? []) out.push(link(corpus, 'answers', a, 'paragraph'));
  return { out, in: [] };
}

export function bodyLinks(corpus: Corpus, b: Entity<BodyFM>): { out: ShowLink[]; in: ShowLink[] } {
  const out: ShowLink[] = [];
  if (b.fm.parent) out.push(link(corpus, 'parent', b.fm.parent, 'body', corpus.bodies.get(b.fm.parent)?.fm.name));
  const inn: ShowLink[] = [];
  for (const d of [...corpus.documents.values()].sort((x, y) => cmp(x.id, y.id))) {
    if (d.fm.author === b.id) inn.push(link(corpus, 'author', d.id, 'document'));
    if (d.fm.adopted?.by === b.id) inn.push(link(corpus, 'adopted-by', d.id, 'document'));
  }
  for (const o of [...corpus.bodies.values()].filter((x) => x.fm.parent === b.id).sort((x, y) => cmp(x.id, y.id))) inn.push(link(corpus, 'parent', o.id, 'body', o.fm.name));
  const docs = [...corpus.paragraphsByDocument.keys()].sort(cmp);
  for (const d of docs) {
    for (const p of corpus.paragraphsByDocument.get(d)!) if ((p.fm.addressees ?? []).includes(b.id)) inn.push(link(corpus, 'addressee', p.id, 'paragraph'));
  }
  return { out, in: inn };
}
