import type { Corpus } from '../../model/model.js';
import { compareText } from '../../util/text.js';
import type { GapsAllView, GapsStateView, InstrumentView, LineageView, ObligationInfo, ReportView, SearchEntry } from './types.js';
import { pushAll } from '../../util/arrays.js';
import { reportPlanNote } from '../xref/notes.js';

/**
 * Where the report's data comes from: the gap and cross-reference reports
 * (`plan gaps`, `plan xref`), never a second implementation of them.
 */
export interface ReportSources {
  /** `plan gaps --all`. */
  gapsAll(): GapsAllView;
  /** `plan gaps --state <id>`. */
  gapsState(id: string): GapsStateView;
  /** Citations of one instrument (`plan xref --instrument`). */
  citations(instrument: string): InstrumentView['citations'];
  /** Every lineage chain, oldest step first (`plan xref`). */
  lineage(): LineageView[];
}

export interface BuildOptions {
  today: string;
  /** A one-state report. */
  state?: string;
}

/** The paragraph text of every paragraph, in document then reading order. */
export function searchEntries(corpus: Corpus): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const doc of [...corpus.paragraphsByDocument.keys()].sort()) {
    for (const p of corpus.paragraphsByDocument.get(doc) ?? []) out.push({ id: p.id, document: doc, text: p.file.body.trim() });
  }
  return out;
}

/** What each obligation key means: the asking paragraph's summary, force and action. */
export function obligationInfo(corpus: Corpus, all: GapsAllView): ObligationInfo[] {
  return all.obligations.map((o) => {
    const p = corpus.paragraphs.get(o.paragraph);
    const ob = p?.fm.obligation;
    return {
      key: o.key, paragraph: o.paragraph,
      ...(o.instrument ? { instrument: o.instrument } : {}),
      ...(ob?.summary ? { summary: ob.summary } : {}),
      ...(p?.fm.force ? { force: p.fm.force } : {}),
      ...(ob?.action ? { action: ob.action } : {}),
    };
  });
}

/** Each instrument of the corpus with its citations and the obligations that name it. */
export function instrumentViews(corpus: Corpus, sources: ReportSources): InstrumentView[] {
  const urged = new Map<string, InstrumentView['urgedBy']>();
  for (const doc of [...corpus.paragraphsByDocument.keys()].sort()) {
    for (const p of corpus.paragraphsByDocument.get(doc) ?? []) {
      for (const i of p.fm.obligation?.instruments ?? []) {
        const list = urged.get(i) ?? [];
        list.push({ paragraph: p.id, document: doc, ...(p.fm.force ? { force: p.fm.force } : {}), ...(p.fm.obligation?.summary ? { summary: p.fm.obligation.summary } : {}) });
        urged.set(i, list);
      }
    }
  }
  return [...corpus.instruments.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((inst) => ({
    id: inst.id,
    title: inst.fm.title,
    ...(inst.fm['short-titles'] ? { shortTitles: inst.fm['short-titles'] } : {}),
    ...(inst.fm.articles !== undefined ? { articles: inst.fm.articles } : {}),
    citations: sources.citations(inst.id),
    urgedBy: urged.get(inst.id) ?? [],
  }));
}

/** The whole view of the report, from the corpus and the reports' sources. */
export function buildReportView(corpus: Corpus, sources: ReportSources, o: BuildOptions): ReportView {
  const states = [...corpus.states.keys()].sort();
  const one = o.state;
  const all = one ? undefined : sources.gapsAll();
  const stateViews = (one ? [one] : states).map((id) => sources.gapsState(id));
  const docIds = (all?.documents ?? stateViews[0]?.documents ?? []).map((d) => (typeof d === 'string' ? d : d.id));
  const documents = docIds.map((id) => {
    const d = corpus.documents.get(id);
    return { id, ...(d ? { title: d.fm.title, status: d.fm.status, date: d.fm.date } : {}) };
  });
  const instrumentTitles = Object.fromEntries([...corpus.instruments.values()].map((i) => [i.id, i.fm.title]));
  const instrumentShort = Object.fromEntries([...corpus.instruments.values()].flatMap((i) => (i.fm['short-titles']?.[0] ? [[i.id, i.fm['short-titles'][0]]] : [])));
  const name = one ? stateViews[0]?.state.name : undefined;
  const stateLabel = typeof name === 'string' ? name : name?.en ?? one;
  return {
    title: one ? `${stateLabel}: where it stands on the texts against transnational organized crime` : 'The OAS texts against transnational organized crime: where the member states stand',
    today: o.today,
    // What the texts are to a text outside the corpus, from the documents' `restates` (as `plan xref` says it).
    notes: reportPlanNote(corpus),
    documents,
    ...(one ? { onlyState: one } : {}),
    ...(all ? { hemisphere: all } : {}),
    obligations: all ? obligationInfo(corpus, all) : [],
    instrumentTitles,
    instrumentShort,
    states: stateViews,
    instruments: one ? [] : instrumentViews(corpus, sources),
    lineage: one ? [] : sources.lineage(),
    search: searchEntries(corpus),
  };
}

type Loose = Record<string, unknown>;

function stepId(s: unknown): string | undefined {
  if (typeof s === 'string') return s;
  if (s && typeof s === 'object') {
    const o = s as Loose;
    for (const k of ['paragraph', 'id', 'target', 'from']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return undefined;
}

function stepBasis(s: unknown): string | undefined {
  return s && typeof s === 'object' && typeof (s as Loose).basis === 'string' ? (s as Loose).basis as string : undefined;
}

/**
 * The lineage chains of `plan xref`, as steps the page shows: each chain's
 * paragraphs ordered oldest text first (by document date), with force and text
 * from the corpus. Reads a chain given as an array of steps, as an object
 * holding one (`chain`, `steps`, `paragraphs`, `path`), or as `{from, to, basis}`
 * links, which are joined into chains.
 */
export function lineageViews(corpus: Corpus, lineage: unknown[]): LineageView[] {
  const chains: Array<Array<{ id: string; basis?: string }>> = [];
  const links: Array<{ from: string; to: string; basis?: string }> = [];
  for (const entry of lineage) {
    let steps: unknown[] | undefined;
    if (Array.isArray(entry)) steps = entry;
    else if (entry && typeof entry === 'object') {
      const o = entry as Loose;
      const k = ['chain', 'steps', 'paragraphs', 'path'].find((x) => Array.isArray(o[x]));
      if (k) steps = o[k] as unknown[];
      else if (typeof o.from === 'string' && typeof o.to === 'string') {
        links.push({ from: o.from, to: o.to, ...(typeof o.basis === 'string' ? { basis: o.basis } : {}) });
        continue;
      }
    }
    if (!steps) continue;
    const chain = steps.map((s) => ({ id: stepId(s), basis: stepBasis(s) })).filter((s): s is { id: string; basis: string | undefined } => s.id !== undefined)
      .map((s) => ({ id: s.id, ...(s.basis ? { basis: s.basis } : {}) }));
    if (chain.length) chains.push(chain);
  }
  pushAll(chains, joinLinks(links));
  const date = (id: string): string => corpus.documents.get(corpus.paragraphs.get(id)?.fm.document ?? '')?.fm.date ?? '';
  const views = chains.map((chain) => {
    const ordered = [...chain].sort((a, b) => compareText(date(a.id), date(b.id)));
    return {
      steps: ordered.map((s, i) => {
        const p = corpus.paragraphs.get(s.id);
        // The basis is carried by the newer paragraph's derived-from link.
        const basis = s.basis ?? (i > 0 ? p?.fm.relations?.find((r) => r.type === 'derived-from' && r.target === ordered[i - 1]!.id)?.basis : undefined);
        return {
          paragraph: s.id,
          document: p?.fm.document ?? s.id.split('/')[0]!,
          ...(p?.fm.force ? { force: p.fm.force } : {}),
          ...(i > 0 && basis ? { basis } : {}),
          ...(p ? { text: p.file.body.trim() } : {}),
        };
      }),
    };
  });
  const key = (v: LineageView): string => v.steps.map((s) => s.paragraph).join(' ');
  return views.filter((v) => v.steps.length > 1).sort((a, b) => compareText(key(a), key(b)));
}

/** Joins `from` (newer) → `to` (older) links into maximal chains, one per paragraph nothing derives from. */
function joinLinks(links: Array<{ from: string; to: string; basis?: string }>): Array<Array<{ id: string; basis?: string }>> {
  if (links.length === 0) return [];
  const older = new Map<string, Array<{ to: string; basis?: string }>>();
  const derivedFrom = new Set<string>();
  for (const l of links) {
    const list = older.get(l.from) ?? [];
    list.push({ to: l.to, ...(l.basis ? { basis: l.basis } : {}) });
    older.set(l.from, list);
    derivedFrom.add(l.to);
  }
  const out: Array<Array<{ id: string; basis?: string }>> = [];
  for (const head of [...older.keys()].filter((k) => !derivedFrom.has(k)).sort()) {
    const walk = (id: string, acc: Array<{ id: string; basis?: string }>, seen: Set<string>): void => {
      const next = (older.get(id) ?? []).filter((n) => !seen.has(n.to));
      if (next.length === 0) { out.push(acc); return; }
      for (const n of next) walk(n.to, [...acc.slice(0, -1), { ...acc[acc.length - 1]!, ...(n.basis ? { basis: n.basis } : {}) }, { id: n.to }], new Set([...seen, n.to]));
    };
    walk(head, [{ id: head }], new Set([head]));
  }
  return out;
}
