/**
 * What the seed importer computes on each split paragraph: its force (its
 * own, else its lead-in's), the instruments and articles it cites, the
 * relations the text makes (part-of its lead-in, refers-to), and who it
 * addresses where the text makes that plain.
 */
import type { Cite, ParagraphType, Priority, Relation } from '../../model/types.js';
import { scanCitations } from '../../text/citations.js';
import { detectForce, findForces, type DetectedForce } from '../../text/force.js';
import { LayoutError, type RefSpec } from './layout.js';
import type { SplitDocument, SplitParagraph } from './split.js';

/** Types whose paragraphs ask something of someone: addressees are looked for there. */
const ADDRESSED: ReadonlySet<ParagraphType> = new Set<ParagraphType>([
  'operative', 'recommendation', 'action', 'objective', 'institutional', 'lead-in', 'list-item', 'bullet', 'follow-up', 'financing',
]);

/** Bodies the texts name as actors, with the words that name them. */
const BODY_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['member-states', /\b(?:member (?:states|countries)|states|countries|state party|each state)\b(?!['\u2019]s)/gi],
  ['permanent-council', /\bPermanent Council\b/g],
  ['dms', /\bDepartment of Multidimensional Security\b|\bSecretariat for Multidimensional Security\b/g],
  ['general-secretariat', /\bGeneral Secretariat\b|(?<!Technical )\bSecretariat\b(?![\s\u00a0]+(?:services|pro tempore|for Multidimensional))/g],
  ['cedot', /\bCEDOT\b|\bSpecial Committee\b/g],
  ['cicad', /\bCICAD\b(?!['\u2019]s)|\bInter-American Drug Abuse Control Commission\b/g],
  ['cicte', /\bCICTE\b(?!['\u2019]s)|\bInter-American Committee against Terrorism\b/g],
  ['remja', /\bREMJA\b(?!['\u2019]s)/g],
  ['csh', /\bCommittee on Hemispheric Security\b/g],
  ['gtdot', /\bGTDOT\b|\bTechnical Group\b/g],
  ['iajc', /\bInter-American Juridical Committee\b/g],
  ['unodc', /\bUNODC\b/g],
  // "the OAS" as an actor ("the OAS should consider", "with OAS assistance"), not as an adjective ("the OAS information technology area").
  ['oas', /\bthe OAS\b(?=[\s\u00a0]*(?:[,.;)]|should|will|shall|must|may|might|is|has|can)\b|[\s\u00a0]*(?:[,.;)]|$))|\bOAS assistance\b|\bthe Organization\b/g],
];

/** Body ids named in `clause`, in order of first mention. */
export function bodiesIn(clause: string): Array<{ id: string; at: number }> {
  const cleaned = clause
    .replace(/\bof the (?:Organization(?: of American States)?|OAS)\b/g, (s) => ' '.repeat(s.length))
    .replace(/\bOrganization of American States\b/g, (s) => ' '.repeat(s.length));
  const found: Array<{ id: string; at: number }> = [];
  for (const [id, re] of BODY_PATTERNS) {
    const r = new RegExp(re.source, re.flags);
    const m = r.exec(cleaned);
    if (m) found.push({ id, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** Who a paragraph addresses, from the subjects of its normative verbs (or its opening words). */
export function addresseesOf(body: string, forces: DetectedForce[]): string[] {
  const ids: string[] = [];
  const add = (xs: Array<{ id: string }>): void => {
    for (const x of xs) if (!ids.includes(x.id)) ids.push(x.id);
  };
  if (forces.length > 0) {
    // The subject of each sentence's first normative verb: the words before it in that sentence.
    const seen = new Set<number>();
    for (const f of forces) {
      const head = body.slice(0, f.start);
      const b = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(': '));
      const from = b < 0 ? 0 : b + 1;
      if (seen.has(from)) continue;
      seen.add(from);
      add(bodiesIn(head.slice(from)));
    }
  } else {
    // No normative verb: a body named at the very start ("Member states designate...", "The General Secretariat maintains...").
    const comma = body.indexOf(',');
    const words = body.split(/\s+/).slice(0, 8).join(' ');
    const head = comma >= 0 && comma < words.length ? body.slice(0, comma) : words;
    add(bodiesIn(head).filter((x) => /^(?:(?:that|the|those|each|all|oas)\s+)*$/i.test(head.slice(0, x.at))));
  }
  return ids;
}

/** A list item's instrument title as written: its body without trailing "; and", ";" or ".". */
export function listTitle(body: string): string {
  return body.replace(/(?:[;,.]?\s*(?:and)?\s*)$/u, '').replace(/[;,.\s]+$/u, '');
}

/** The computed front matter of one paragraph. */
export interface ComputedParagraph {
  id: string;
  document: string;
  number: string;
  printed: boolean;
  position: number;
  section: string[];
  type: ParagraphType;
  addressees?: string[];
  force?: string;
  cites?: Cite[];
  relations?: Relation[];
  priority?: Priority[];
  body: string;
}

/** Resolves a paragraph number of the document to its id; throws when there is no such paragraph. */
type Target = (number: string) => string;

/** The list's instrument (an item of an instrument list), then every article citation of the body. */
function citesOf(p: SplitParagraph, body: string, where: string, resolve: (name: string) => string | undefined): Cite[] {
  const cites: Cite[] = [];
  if (p.leadIn?.mark?.items?.instruments && (p.kind === 'bullet' || p.kind === 'letter' || p.kind === 'roman')) {
    const title = listTitle(p.lines[0] ?? '');
    const id = resolve(title);
    if (!id) throw new LayoutError(`${where}: instrument not known: ${title}`);
    cites.push({ instrument: id, text: title });
  }
  for (const c of scanCitations(body, resolve)) {
    if (!c.instrument) throw new LayoutError(`${where}: instrument not known: ${c.name} (in "${c.text}")`);
    const cite: Cite = { instrument: c.instrument, articles: c.articles };
    if (c.paragraph !== undefined) cite.paragraph = c.paragraph;
    cite.text = c.text;
    if (!cites.some((x) => JSON.stringify(x) === JSON.stringify(cite))) cites.push(cite);
  }
  return cites;
}

/** The relations the importer owns: part-of its lead-in, refers-to (as the text words it, or by the layout), annotates. */
function relationsOf(doc: SplitDocument, i: number, body: string, target: Target): Relation[] {
  const p = doc.paragraphs[i]!;
  const fn = doc.layout.footnote;
  const relations: Relation[] = [];
  if (p.leadIn) relations.push({ type: 'part-of', target: target(p.leadIn.number) });
  for (const m of body.matchAll(/\bparagraph (\d+) of this Plan of Action\b/g)) {
    relations.push({ type: 'refers-to', target: target(m[1]!), text: m[0] });
  }
  for (const m of body.matchAll(/\bthe (?:previous|preceding) paragraph\b/g)) {
    const prev = doc.paragraphs[i - 1];
    if (prev) relations.push({ type: 'refers-to', target: target(prev.number), text: m[0] });
  }
  const refs: RefSpec[] = p.kind === 'footnote' ? (fn?.refs ?? []) : (p.mark?.refs ?? []);
  if (p.kind === 'footnote' && p.annotates) {
    relations.push({ type: 'annotates', target: target(p.annotates.number), note: fn?.note ?? '' });
  }
  for (const r of refs) {
    if (!body.includes(r.text)) throw new LayoutError(`${doc.layout.meta.id}/${p.number}: reference text not in body: ${r.text}`);
    if (r.resolved === false) {
      const rel: Relation = { type: 'refers-to', target: r.target, resolved: false };
      if (r.description) rel.description = r.description;
      rel.text = r.text;
      relations.push(rel);
    } else relations.push({ type: 'refers-to', target: target(r.target), text: r.text });
  }
  return relations;
}

/** The priorities the footnote gives, by paragraph number. */
function prioritiesOf(doc: SplitDocument, target: Target): Map<string, Priority[]> {
  const priorities = new Map<string, Priority[]>();
  const fn = doc.layout.footnote;
  for (const n of fn?.priority?.numbers ?? []) {
    target(n);
    priorities.set(n, [{ date: fn!.priority!.date, meeting: fn!.priority!.meeting, source: `${doc.layout.meta.id}/fn.1` }]);
  }
  return priorities;
}

/** Computes force, cites, relations and addressees for a split document. */
export function computeParagraphs(doc: SplitDocument, resolve: (name: string) => string | undefined): ComputedParagraph[] {
  const docId = doc.layout.meta.id;
  const numbers = new Set(doc.paragraphs.map((p) => p.number));
  const target: Target = (n) => {
    if (!numbers.has(n)) throw new LayoutError(`${docId}: reference target ${n} does not exist`);
    return `${docId}/${n}`;
  };
  const forceOf = new Map<SplitParagraph, DetectedForce | undefined>();
  const addrOf = new Map<SplitParagraph, string[]>();
  const priorities = prioritiesOf(doc, target);
  return doc.paragraphs.map((p, i) => {
    const body = p.lines.join('\n');
    const flat = p.lines.join(' ');
    // Force: its own, else its lead-in's (a list item).
    const own = detectForce(body);
    const force = own ?? (p.leadIn ? forceOf.get(p.leadIn) : undefined);
    forceOf.set(p, force);
    const cites = citesOf(p, body, `${docId}/${p.number}`, resolve);
    const relations = relationsOf(doc, i, body, target);

    // Addressees, where the text makes them plain.
    let addressees: string[] = [];
    if (ADDRESSED.has(p.type)) {
      addressees = addresseesOf(flat, own ? findForces(flat) : []); // same offsets as body: lines joined by one space
      if (addressees.length === 0 && p.leadIn) addressees = addrOf.get(p.leadIn) ?? [];
      if (addressees.length === 0 && p.sectionAddressees) addressees = [...p.sectionAddressees];
    }
    addrOf.set(p, addressees);

    const c: ComputedParagraph = {
      id: `${docId}/${p.number}`,
      document: docId,
      number: p.number,
      printed: p.printed,
      position: p.position,
      section: p.section,
      type: p.type,
      body,
    };
    if (addressees.length > 0) c.addressees = addressees;
    if (force) c.force = force.force;
    if (cites.length > 0) c.cites = cites;
    if (relations.length > 0) c.relations = relations;
    const pr = priorities.get(p.number);
    if (pr) c.priority = pr;
    return c;
  });
}
