import type { Corpus, Entity, Paragraph } from '../../model/model.js';
import type { SourceFile } from '../../model/source-file.js';
import { documentShare, type AgreedShare } from '../agreed.js';
import type { BodyFM, CommitmentFM, DocumentFM, InstrumentFM, OutlineEntry, ParagraphFM, StateFM } from '../../model/types.js';
import { UsageError } from '../../errors.js';
import { didYouMean, printable, compareText as cmp } from '../../util/text.js';
import { pushAll } from '../../util/arrays.js';
import {
  ITEM_KINDS, bodyLinks, commitmentLinks, currentRecord, documentLinks, instrumentLinks, link, mapOf, paragraphLinks, quoted, stateLinks,
  type ItemKind, type ShowLink,
} from './links.js';

export { ITEM_KINDS, articlesText, currentRecord, type ItemKind, type ShowLink } from './links.js';

/** A heading of a document's outline, flattened, with the paragraphs under it. */
export interface OutlineLine {
  depth: number;
  number?: string;
  title: string;
  /** Paragraphs whose section is this heading or one under it. */
  paragraphs: number;
}

/** Everything `plan show` says about one item. */
export interface ShowView {
  kind: ItemKind;
  id: string;
  /** Title or name: a document's or instrument's title, a state's or body's name... */
  title: string;
  /** File path relative to the corpus root, with `/`. */
  file: string;
  /** Does the file pass its schema? When not, only what could be read is shown, and links out are not computed. */
  valid: boolean;
  /** Front matter as parsed (null when it could not be parsed). */
  frontMatter: Record<string, unknown> | null;
  /** Front matter as written in the file. */
  yaml: string;
  /** The Markdown body, trimmed. */
  body: string;
  linksOut: ShowLink[];
  linksIn: ShowLink[];
  /** The same id in another kind (shown second). */
  also: Array<{ kind: ItemKind; id: string; file: string }>;
  /** Documents: number of paragraphs, by type, and the outline with counts. */
  paragraphs?: { count: number; byType: Record<string, number> };
  /** Documents: the share of agreed text (words outside negotiation brackets), open brackets and options. */
  agreed?: AgreedShare;
  outline?: OutlineLine[];
  /** Commitments: the newest record (largest as-of; on a tie, the later one in the file). */
  current?: { status: string; asOf: string };
}

/** How an id is spelled in one kind: states and commitments accept any case for the state part. */
function spelled(kind: ItemKind, id: string): string {
  if (kind === 'state') return id.toUpperCase();
  if (kind === 'commitment') {
    const i = id.indexOf('/');
    return i < 0 ? id : id.slice(0, i).toUpperCase() + id.slice(i);
  }
  return id;
}

/** An item found: its kind, canonical id and file. */
export interface Found {
  kind: ItemKind;
  id: string;
  file: SourceFile;
  entity?: Entity<unknown>;
}

/** Every kind the id names, in ITEM_KINDS order; schema-invalid files are found by their path's id. */
export function findItems(corpus: Corpus, id: string): Found[] {
  const out: Found[] = [];
  for (const kind of ITEM_KINDS) {
    const want = spelled(kind, id);
    const ent = mapOf(corpus, kind).get(want);
    if (ent) {
      out.push({ kind, id: ent.id, file: ent.file, entity: ent });
      continue;
    }
    const file = corpus.files.find((f) => f.kind === kind && (f.pathId === want || (!corpus.entityOf.has(f) && f.data?.id === want)));
    if (file) {
      const e = corpus.entityOf.get(file);
      out.push(e ? { kind, id: e.id, file, entity: e } : { kind, id: want, file });
    }
  }
  return out;
}

/** Every id of the corpus (all kinds, valid or not), for suggestions. */
export function allIds(corpus: Corpus): string[] {
  const s = new Set<string>();
  for (const kind of ITEM_KINDS) {
    for (const id of mapOf(corpus, kind).keys()) s.add(id);
    for (const id of corpus.idsOfInvalid.get(kind) ?? []) s.add(id);
  }
  return [...s].sort(cmp);
}

function paragraphTitle(corpus: Corpus, fm: ParagraphFM): string {
  const doc = corpus.documents.get(fm.document)?.fm.title ?? fm.document;
  return fm.printed ? `Paragraph ${fm.number} of ${doc}` : `Unnumbered paragraph ${fm.number} of ${doc}`;
}

function flattenOutline(entries: OutlineEntry[], paragraphs: Paragraph[], depth = 0, path: string[] = []): OutlineLine[] {
  const out: OutlineLine[] = [];
  for (const e of entries) {
    const p = [...path, e.title];
    const n = paragraphs.filter((x) => p.every((t, i) => x.fm.section[i] === t)).length;
    const line: OutlineLine = { depth, title: e.title, paragraphs: n };
    if (e.number !== undefined) line.number = e.number;
    pushAll(out, [line, ...flattenOutline(e.children ?? [], paragraphs, depth + 1, p)]);
  }
  return out;
}

function titleOf(corpus: Corpus, kind: ItemKind, fm: Record<string, unknown> | null, id: string): string {
  if (!fm) return id;
  const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  switch (kind) {
    case 'document':
    case 'instrument':
      return s(fm.title) ?? id;
    case 'paragraph':
      return typeof fm.document === 'string' && typeof fm.number === 'string' ? paragraphTitle(corpus, fm as unknown as ParagraphFM) : id;
    case 'state': {
      const n = fm.name as { en?: unknown; es?: unknown } | undefined;
      const en = s(n?.en);
      const es = s(n?.es);
      return en ? (es && es !== en ? `${en} (${es})` : en) : id;
    }
    case 'commitment': {
      const state = s(fm.state);
      const who = (state && corpus.states.get(state)?.fm.name.en) ?? state ?? id;
      const ins = s(fm.instrument);
      const what = ins ? (corpus.instruments.get(ins)?.fm.title ?? ins) : Array.isArray(fm.answers) ? `answers ${fm.answers.join(', ')}` : undefined;
      return what ? `${who}: ${what}` : who;
    }
    case 'body':
      return s(fm.name) ?? id;
  }
}

function viewOf(corpus: Corpus, f: Found): ShowView {
  const fm = (f.entity?.fm ?? f.file.data ?? null) as Record<string, unknown> | null;
  const view: ShowView = {
    kind: f.kind,
    id: f.id,
    title: titleOf(corpus, f.kind, fm, f.id),
    file: f.file.rel,
    valid: Boolean(f.entity),
    frontMatter: fm,
    yaml: f.file.yamlText ?? '',
    body: f.file.body.trim(),
    linksOut: [],
    linksIn: [],
    also: [],
  };
  let links: { out: ShowLink[]; in: ShowLink[] } = { out: [], in: [] };
  if (f.entity) {
    switch (f.kind) {
      case 'paragraph':
        links = paragraphLinks(corpus, f.entity as Paragraph);
        break;
      case 'document': {
        const d = f.entity as Entity<DocumentFM>;
        links = documentLinks(corpus, d);
        const ps = corpus.paragraphsByDocument.get(d.id) ?? [];
        const byType: Record<string, number> = {};
        for (const p of [...ps].sort((a, b) => cmp(a.fm.type, b.fm.type))) byType[p.fm.type] = (byType[p.fm.type] ?? 0) + 1;
        view.paragraphs = { count: ps.length, byType };
        view.outline = flattenOutline(d.fm.outline ?? [], ps);
        view.agreed = documentShare(corpus, d.id);
        break;
      }
      case 'instrument':
        links = instrumentLinks(corpus, f.entity as Entity<InstrumentFM>);
        break;
      case 'state':
        links = stateLinks(corpus, f.entity as Entity<StateFM>);
        break;
      case 'commitment': {
        const c = f.entity as Entity<CommitmentFM>;
        links = commitmentLinks(corpus, c);
        const r = currentRecord(c.fm);
        if (r) view.current = { status: r.status, asOf: r['as-of'] };
        break;
      }
      case 'body':
        links = bodyLinks(corpus, f.entity as Entity<BodyFM>);
        break;
    }
  } else if (f.kind === 'paragraph') {
    // Links into an invalid paragraph still come from valid files.
    for (const x of corpus.incoming.get(f.id) ?? []) links.in.push(link(corpus, x.relation.type, x.from.id, 'paragraph', quoted(x.relation.text)));
  }
  view.linksOut = links.out;
  view.linksIn = links.in;
  return view;
}

/** The hint of an unknown id. */
export const ID_HINT = 'Ids look like strategy-2021 (document), mex-draft-2005/24 (paragraph), untoc (instrument), MEX (state), MEX/untoc (commitment), member-states (body).';

/**
 * Everything about one item: its front matter, body, and links out and in.
 * Ids are case-sensitive except a state's code (`mex` is MEX) and the state
 * part of a commitment id (`mex/untoc` is MEX/untoc). When the id exists in
 * two kinds, the first in ITEM_KINDS order is shown and the others are named
 * in `also`. An unknown id is a UsageError naming up to 3 near ids.
 */
export function showItem(corpus: Corpus, id: string): ShowView {
  const found = findItems(corpus, id);
  if (found.length === 0) {
    const near = didYouMean(id, allIds(corpus));
    throw new UsageError(`Unknown id \`${printable(id, 120)}\`: no document, paragraph, instrument, state, commitment or body has it${near || '.'}`, ID_HINT);
  }
  const view = viewOf(corpus, found[0]!);
  view.also = found.slice(1).map((f) => ({ kind: f.kind, id: f.id, file: f.file.rel }));
  return view;
}
