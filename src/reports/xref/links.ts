/** `plan xref --paragraph`: one paragraph's links out and in, and its lineage across the texts. */
import type { Corpus } from '../../model/model.js';
import type { Force, RelationType } from '../../model/types.js';
import { UsageError } from '../../errors.js';
import { didYouMean, compareText as cmp } from '../../util/text.js';
import { effectiveAddressees, effectiveForce, lineageOf, type LineageChain } from '../lineage.js';
import { citationsOf, compareByText } from './citations.js';

export interface LinkOut {
  type: RelationType | 'cites' | 'priority';
  target: string;
  /** False for a target outside the corpus (resolved: false) or one that does not exist. */
  resolved: boolean;
  articles?: string[];
  refs?: string[];
  basis?: string;
  text?: string;
  description?: string;
  note?: string;
}

export interface LinkIn {
  type: RelationType | 'priority';
  from: string;
  basis?: string;
  text?: string;
  note?: string;
}

export interface ParagraphLinks {
  paragraph: {
    id: string;
    document: string;
    status?: string;
    date?: string;
    number: string;
    type: string;
    section: string[];
    force?: Force;
    addressees?: string[];
    text: string;
  };
  out: LinkOut[];
  in: LinkIn[];
  /** Paragraphs part-of this one (list items, bullets). */
  children: string[];
  /** Footnotes annotating it. */
  footnotes: string[];
  /** Its whole lineage chain across the texts (a single step when it has none). */
  lineage: LineageChain;
}

/** Resolves a paragraph id given by a user, or throws a UsageError with near matches. */
export function resolveParagraph(c: Corpus, id: string): string {
  if (c.paragraphs.has(id)) return id;
  const lower = id.toLowerCase();
  const ci = [...c.paragraphs.keys()].filter((k) => k.toLowerCase() === lower);
  if (ci.length === 1) return ci[0]!;
  if (c.documents.has(id) || c.documents.has(lower)) {
    const first = c.paragraphsByDocument.get(c.documents.has(id) ? id : lower)?.[0]?.id;
    throw new UsageError(`\`${id}\` is a document, not a paragraph.`, `Give a paragraph id: <document>/<number>${first ? `, e.g. ${first}` : ''}.`);
  }
  const doc = id.split('/')[0]!;
  const pool = c.paragraphsByDocument.get(doc)?.map((p) => p.id) ?? [...c.paragraphs.keys()];
  throw new UsageError(
    `Unknown paragraph \`${id}\`${didYouMean(id, pool) || didYouMean(id, c.paragraphs.keys()) || '.'}`,
    'Paragraph ids are <document>/<number>, e.g. strategy-2021/2.iv (run `plan search <words>` to find one).',
  );
}

/** A paragraph's links out and in, and its lineage chain. */
export function paragraphLinks(c: Corpus, paragraphId: string): ParagraphLinks {
  const id = resolveParagraph(c, paragraphId);
  const p = c.paragraphs.get(id)!;
  const d = c.documents.get(p.fm.document);
  const out: LinkOut[] = [];
  const cited = new Set<string>();
  for (const ct of p.fm.cites ?? []) {
    if (cited.has(ct.instrument)) continue;
    cited.add(ct.instrument);
    const e = citationsOf(c, ct.instrument).find((x) => x.paragraph === id);
    out.push({
      type: 'cites', target: ct.instrument, resolved: c.instruments.has(ct.instrument),
      articles: e?.articles ?? [], refs: e?.refs ?? [],
    });
  }
  for (const r of p.fm.relations ?? []) {
    const exists = c.paragraphs.has(r.target) || c.documents.has(r.target);
    out.push({
      type: r.type, target: r.target, resolved: r.resolved !== false && exists,
      ...(r.basis ? { basis: r.basis } : {}), ...(r.text ? { text: r.text } : {}),
      ...(r.description ? { description: r.description } : {}), ...(r.note ? { note: r.note } : {}),
    });
  }
  for (const pr of p.fm.priority ?? []) {
    out.push({ type: 'priority', target: pr.source, resolved: c.paragraphs.has(pr.source), description: `priority set on ${pr.date} by the ${pr.meeting}` });
  }
  const inc: LinkIn[] = (c.incoming.get(id) ?? []).map((x) => ({
    type: x.relation.type, from: x.from.id,
    ...(x.relation.basis ? { basis: x.relation.basis } : {}), ...(x.relation.text ? { text: x.relation.text } : {}), ...(x.relation.note ? { note: x.relation.note } : {}),
  }));
  // A footnote that sets priorities on paragraphs says so through their `priority` entries.
  const reading = (q: string) => c.paragraphs.get(q);
  const prioritised = [...c.paragraphs.values()].filter((q) => (q.fm.priority ?? []).some((pr) => pr.source === id)).sort((a, b) => compareByText(c, a, b));
  for (const q of prioritised) inc.push({ type: 'priority', from: q.id });
  const order = (a: LinkIn, b: LinkIn) => {
    const pa = reading(a.from);
    const pb = reading(b.from);
    return cmp(a.type, b.type) || (pa && pb ? compareByText(c, pa, pb) : cmp(a.from, b.from));
  };
  inc.sort(order);
  const force = effectiveForce(c, p);
  const addressees = effectiveAddressees(c, p);
  return {
    paragraph: {
      id, document: p.fm.document, ...(d ? { status: d.fm.status, date: d.fm.date } : {}),
      number: p.fm.number, type: p.fm.type, section: p.fm.section,
      ...(force ? { force } : {}), ...(addressees ? { addressees } : {}),
      text: p.file.body.trim(),
    },
    out,
    in: inc,
    children: inc.filter((x) => x.type === 'part-of').map((x) => x.from),
    footnotes: inc.filter((x) => x.type === 'annotates').map((x) => x.from),
    lineage: lineageOf(c, id)!,
  };
}
