/** `plan xref --lists`: the instrument lists of the texts side by side. */
import type { Corpus } from '../../model/model.js';
import { leadInOf } from '../../model/lead-ins.js';
import { compareText as cmp } from '../../util/text.js';
import { compareDocuments } from '../lineage.js';
import { compareByText } from './citations.js';
import { documentLabel, planNotes } from './notes.js';

export interface ListItem {
  paragraph: string;
  instruments: string[];
  /** `list-item` for an item of a list, `obligation` for an obligation to join instruments. */
  via: 'list-item' | 'obligation';
}

export interface TextList {
  /** The paragraph that introduces the list (the lead-in), when the items record one. */
  lead?: string;
  items: ListItem[];
}

export interface ListDocument {
  document: string;
  title?: string;
  date: string;
  status?: string;
  draft: boolean;
  /** draft or adopted, and what the text is to the adopted Plan. */
  label: string;
  lists: TextList[];
  /** Obligations to join instruments outside the lists. */
  obligations: ListItem[];
  /** Every instrument the text urges, by id. */
  instruments: string[];
  /** The previous text with a list (date order), and what changed from it. */
  previous?: string;
  added?: string[];
  dropped?: string[];
}

export interface ListChange {
  from: string;
  to: string;
  /** True for two texts next to each other in date order. */
  consecutive: boolean;
  added: string[];
  dropped: string[];
  kept: string[];
}

export interface ListsComparison {
  notes: string[];
  documents: ListDocument[];
  /** Instrument × text: the paragraphs of each text that list or urge it. */
  matrix: Array<{ instrument: string; title?: string; cells: Record<string, string[]> }>;
  /** Consecutive texts, then each earlier text against the newest. */
  changes: ListChange[];
}

function diff(a: string[], b: string[]): { added: string[]; dropped: string[]; kept: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: b.filter((x) => !sa.has(x)), dropped: a.filter((x) => !sb.has(x)), kept: b.filter((x) => sa.has(x)) };
}

/** Does a list item of `lead` (part-of it) cite `instrument`? */
function listedBelow(c: Corpus, lead: string, instrument: string): boolean {
  return (c.incoming.get(lead) ?? []).some((i) => i.relation.type === 'part-of' && (i.from.fm.cites ?? []).some((x) => x.instrument === instrument));
}

type PerDocument = Map<string, { lists: Map<string, TextList>; obligations: ListItem[] }>;

/** Each text's lists (by lead-in) and its obligations to join instruments it names itself. */
function collectLists(c: Corpus): PerDocument {
  const perDoc: PerDocument = new Map();
  const slot = (doc: string) => {
    let s = perDoc.get(doc);
    if (!s) perDoc.set(doc, s = { lists: new Map(), obligations: [] });
    return s;
  };
  const paragraphs = [...c.paragraphs.values()].sort((a, b) => compareByText(c, a, b));
  for (const p of paragraphs) {
    const cited = [...new Set((p.fm.cites ?? []).map((x) => x.instrument))];
    const urged = [...new Set(p.fm.obligation?.action === 'join-instruments' ? p.fm.obligation.instruments ?? [] : [])];
    if (p.fm.type === 'list-item' && cited.length) {
      const lead = leadInOf(p);
      const lists = slot(p.fm.document).lists;
      const key = lead ?? '';
      let l = lists.get(key);
      if (!l) lists.set(key, l = { ...(lead ? { lead } : {}), items: [] });
      const all = [...cited, ...urged.filter((x) => !cited.includes(x))];
      l.items.push({ paragraph: p.id, instruments: all, via: 'list-item' });
    } else if (urged.length) {
      // Only instruments the text itself names: an obligation that points to a list printed
      // elsewhere (the work program's "agreements listed in the Plan (paragraph II, item 2)",
      // whose text is not in the corpus) says nothing about this text's own list.
      const named = urged.filter((x) => cited.includes(x) || listedBelow(c, p.id, x));
      if (named.length) slot(p.fm.document).obligations.push({ paragraph: p.id, instruments: named, via: 'obligation' });
    }
  }
  // An obligation on a lead-in whose instruments its own list items already give adds nothing.
  for (const s of perDoc.values()) {
    s.obligations = s.obligations.filter((o) => {
      const l = s.lists.get(o.paragraph);
      if (!l) return true;
      const listed = new Set(l.items.flatMap((it) => it.instruments));
      return !o.instruments.every((i) => listed.has(i));
    });
  }
  return perDoc;
}

/** What changed from one text to the next (recorded on each text too), then each earlier text against the newest. */
function listChanges(documents: ListDocument[]): ListChange[] {
  const changes: ListChange[] = [];
  documents.forEach((d, i) => {
    if (i === 0) return;
    const prev = documents[i - 1]!;
    const x = diff(prev.instruments, d.instruments);
    d.previous = prev.document;
    d.added = x.added;
    d.dropped = x.dropped;
    changes.push({ from: prev.document, to: d.document, consecutive: true, ...x });
  });
  const last = documents[documents.length - 1];
  if (last) {
    for (const d of documents.slice(0, -2)) changes.push({ from: d.document, to: last.document, consecutive: false, ...diff(d.instruments, last.instruments) });
  }
  return changes;
}

/**
 * The instrument lists of the texts side by side: for each text, the
 * instruments its list items cite and its obligations to join instruments
 * name (only those the text names itself: the paragraph or its list items
 * cite them); as a matrix; and what was added or dropped from one text to the next.
 */
export function compareLists(c: Corpus): ListsComparison {
  const perDoc = collectLists(c);
  const docs = [...perDoc.keys()].sort((a, b) => compareDocuments(c, a, b));
  const documents: ListDocument[] = docs.map((doc) => {
    const s = perDoc.get(doc)!;
    const d = c.documents.get(doc);
    const lists = [...s.lists.values()];
    const instruments: string[] = [];
    for (const it of [...lists.flatMap((l) => l.items), ...s.obligations]) for (const i of it.instruments) if (!instruments.includes(i)) instruments.push(i);
    instruments.sort(cmp);
    return {
      document: doc, ...(d ? { title: d.fm.title, status: d.fm.status } : {}), date: d?.fm.date ?? '',
      draft: d ? d.fm.status !== 'adopted' : false, label: documentLabel(c, doc),
      lists, obligations: s.obligations, instruments,
    };
  });
  const changes = listChanges(documents);
  const all = new Set(documents.flatMap((d) => d.instruments));
  const matrix = [...all].sort(cmp).map((instrument) => {
    const cells: Record<string, string[]> = {};
    for (const d of documents) {
      const ps = [...d.lists.flatMap((l) => l.items), ...d.obligations].filter((it) => it.instruments.includes(instrument)).map((it) => it.paragraph);
      cells[d.document] = ps;
    }
    const t = c.instruments.get(instrument)?.fm.title;
    return { instrument, ...(t ? { title: t } : {}), cells };
  });
  return { notes: planNotes(c), documents, matrix, changes };
}
