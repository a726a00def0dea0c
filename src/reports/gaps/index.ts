/**
 * `plan gaps`: what the texts ask of member states and where each state
 * stands. Pure functions of a loaded Corpus and options; the command parses
 * flags and picks a formatter.
 *
 * An obligation is a paragraph of the chosen documents with an `obligation`
 * addressed to member states. It becomes one item per instrument it names
 * (`<paragraph>#<instrument>`), else one item (`<paragraph>`). A state's
 * status on an item comes from its commitments: on an instrument item, those
 * about that instrument; on another item, those that `answers` the paragraph.
 * The newest `as-of` decides; the other records are history.
 */
import type { Commitment, Corpus, Document, Paragraph, State } from '../../model/model.js';
import { STATUSES, type CommitmentEvent, type Evidence, type GapStatus, type Obligation } from '../../model/types.js';
import { UsageError } from '../../errors.js';
import { didYouMean, compareText as cmp } from '../../util/text.js';
import { effectiveForce, leadInChain } from '../../model/lead-ins.js';
import { isSuspect } from '../../model/fingerprint.js';
import { daysBetween, isFinalRecord, isStale } from './dates.js';
import type {
  DocRef, GapItem, GapRecord, GapsAllReport, GapsByInstrumentReport, GapsInstrumentReport, GapsOptions, GapsStateReport, InstrumentStanding, Membership,
  ObligationItem, ObligationRef, Participation, Summary,
} from './types.js';

export { effectiveForce };
export * from './types.js';
export * from './dates.js';
export * from './text.js';
export { resolveInstrument, resolveState } from '../../model/resolve.js';

/** Every status a gap report gives, best first (contract). */
export const GAP_STATUSES: readonly GapStatus[] = [...STATUSES, 'no-record'];

/** The addressee id of member states (a body of kind `member-states`). */
export const MEMBER_STATES = 'member-states';

// ---------------------------------------------------------------------------
// Options

/**
 * The documents to compute against: `ids` when given (each must exist), else
 * every document with `includeDrafts`, else the adopted ones. Sorted by id.
 */
export function selectDocuments(corpus: Corpus, opts: { ids?: readonly string[]; includeDrafts?: boolean }): string[] {
  if (opts.ids && opts.ids.length > 0) {
    const out = new Set<string>();
    for (const id of opts.ids) {
      if (!corpus.documents.has(id)) {
        const invalid = corpus.idsOfInvalid.get('document')?.has(id);
        throw new UsageError(
          invalid ? `Document \`${id}\` fails the schema and cannot be used; run plan lint.` : `Unknown document \`${id}\`${didYouMean(id, corpus.documents.keys())}`,
          `Documents: ${[...corpus.documents.keys()].sort(cmp).join(', ') || '(none)'}.`,
        );
      }
      out.add(id);
    }
    return [...out].sort(cmp);
  }
  const docs = [...corpus.documents.values()].filter((d) => opts.includeDrafts || d.fm.status === 'adopted');
  return docs.map((d) => d.id).sort(cmp);
}

// ---------------------------------------------------------------------------
// Obligations

/** Addressees: the paragraph's own, else the nearest lead-in's. */
export function effectiveAddressees(corpus: Corpus, p: Paragraph): string[] {
  for (const q of leadInChain(corpus, p)) if (q.fm.addressees) return q.fm.addressees;
  return [];
}

/**
 * The instruments that a paragraph's part-of children carry in their own
 * obligations: a lead-in's instrument list is counted once, on its items.
 */
function instrumentsOfChildren(corpus: Corpus, p: Paragraph): Set<string> {
  const out = new Set<string>();
  for (const i of corpus.incoming.get(p.id) ?? []) {
    if (i.relation.type === 'part-of') for (const id of i.from.fm.obligation?.instruments ?? []) out.add(id);
  }
  return out;
}

/**
 * The obligation items of the documents, in document-id then reading order:
 * paragraphs with an obligation addressed (directly or through their lead-in)
 * to member states, one item per instrument named; a lead-in's instruments
 * that its list items carry are counted on the items only.
 */
export function obligationItems(corpus: Corpus, docs: readonly string[]): ObligationItem[] {
  const out: ObligationItem[] = [];
  const seen = new Set<string>();
  for (const doc of [...docs].sort(cmp)) {
    for (const p of corpus.paragraphsByDocument.get(doc) ?? []) {
      const ob = p.fm.obligation;
      if (!ob) continue;
      if (!effectiveAddressees(corpus, p).includes(MEMBER_STATES)) continue;
      const force = effectiveForce(corpus, p);
      const base = { paragraph: p.id, document: p.fm.document, obligation: ob, ...(force ? { force } : {}) };
      const instruments = ob.instruments ?? [];
      // A lead-in whose items each carry their instrument is not asked twice: only the
      // instruments no item carries stay on it. A lead-in that asks something of its own
      // (no instruments: "develop national strategies", then its items) stays an item.
      const onItems = instruments.length ? instrumentsOfChildren(corpus, p) : new Set<string>();
      const own = instruments.filter((i) => !onItems.has(i));
      if (instruments.length && !own.length) continue;
      const keys: Array<{ key: string; instrument?: string }> = own.length ? own.map((i) => ({ key: `${p.id}#${i}`, instrument: i })) : [{ key: p.id }];
      for (const k of keys) {
        if (seen.has(k.key)) continue;
        seen.add(k.key);
        out.push({ key: k.key, ...base, ...(k.instrument ? { instrument: k.instrument } : {}) });
      }
    }
  }
  return out;
}

/** Keeps the items whose force is one of `force` (none given: all). */
export function filterForce<T extends { force?: string }>(items: T[], force: readonly string[] | undefined): T[] {
  if (!force) return items;
  return items.filter((i) => i.force !== undefined && force.includes(i.force));
}

// ---------------------------------------------------------------------------
// States

/** Membership change events that end participation on their date. */
const WITHDRAWAL_EVENTS = new Set(['withdrawal-effective', 'withdrew', 'withdrawn']);

/**
 * A state's membership on `today`: its `participation`, else withdrawn when a
 * `withdrawal-effective` change is dated on or before today, else participating.
 */
export function membershipOf(state: State | undefined, today: string): Membership {
  if (!state) return { status: 'participating', changes: [] };
  const oas = state.fm.oas;
  const changes = [...(oas.changes ?? [])].sort((a, b) => cmp(a.date, b.date));
  let status: Participation = oas.participation ?? 'participating';
  if (status === 'participating' && changes.some((c) => WITHDRAWAL_EVENTS.has(c.event) && c.date <= today)) status = 'withdrawn';
  const note = (oas as { note?: string }).note;
  return { status, memberSince: oas['member-since'], changes, ...(note ? { note } : {}) };
}

function stateName(corpus: Corpus, id: string): string {
  return corpus.states.get(id)?.fm.name.en ?? id;
}

// ---------------------------------------------------------------------------
// Statuses

interface Standing {
  status: GapStatus;
  asOf?: string;
  ageDays?: number;
  stale: boolean;
  final: boolean;
  records: GapRecord[];
  evidence: Evidence[];
  events: CommitmentEvent[];
}

/**
 * The standing from a set of commitments: the newest as-of decides, ties to
 * the later record in file order (commitments by id, records as written);
 * records come back newest first.
 */
export function standing(commitments: readonly Commitment[], today: string, staleAfterYears: number): Standing {
  const all: Array<{ r: GapRecord; seq: number }> = [];
  let seq = 0;
  for (const c of commitments.length > 1 ? [...commitments].sort((a, b) => cmp(a.id, b.id)) : commitments) {
    for (const r of c.fm.records) {
      const rec: GapRecord = {
        commitment: c.id, status: r.status, ...(r.events ? { events: r.events } : {}), 'as-of': r['as-of'], evidence: r.evidence ?? [], ...(r.note ? { note: r.note } : {}),
      };
      all.push({ r: rec, seq: seq++ });
    }
  }
  if (all.length === 0) return { status: 'no-record', stale: false, final: false, records: [], evidence: [], events: [] };
  if (all.length > 1) all.sort((a, b) => cmp(b.r['as-of'], a.r['as-of']) || b.seq - a.seq);
  const top = all[0]!.r;
  // A final fact (done by ratification, accession, ...) is recorded as of its date; it never goes stale.
  const final = isFinalRecord(top);
  return {
    status: top.status,
    asOf: top['as-of'],
    ageDays: daysBetween(top['as-of'], today),
    stale: !final && isStale(top['as-of'], today, staleAfterYears),
    final,
    records: all.map((x) => x.r),
    evidence: top.evidence,
    events: top.events ?? [],
  };
}

/** A state's commitments by the instrument they are about and by the paragraph they answer. */
function commitmentIndex(corpus: Corpus, state: string): { byInstrument: Map<string, Commitment[]>; byParagraph: Map<string, Commitment[]> } {
  const byInstrument = new Map<string, Commitment[]>();
  const byParagraph = new Map<string, Commitment[]>();
  const add = (m: Map<string, Commitment[]>, k: string, c: Commitment) => {
    const a = m.get(k);
    if (a) a.push(c);
    else m.set(k, [c]);
  };
  for (const c of corpus.commitmentsByState.get(state) ?? []) {
    if (c.fm.instrument) add(byInstrument, c.fm.instrument, c);
    for (const a of new Set(c.fm.answers ?? [])) add(byParagraph, a, c);
  }
  return { byInstrument, byParagraph };
}

/** One state's items (no filter). */
export function itemsForState(corpus: Corpus, state: string, obligations: readonly ObligationItem[], today: string, staleAfterYears: number): GapItem[] {
  const idx = commitmentIndex(corpus, state);
  return obligations.map((o) => {
    const answering = (o.instrument ? idx.byInstrument.get(o.instrument) : idx.byParagraph.get(o.paragraph)) ?? [];
    const s = standing(answering, today, staleAfterYears);
    const item: GapItem = {
      key: o.key, paragraph: o.paragraph, document: o.document, obligation: o.obligation,
      ...(o.force ? { force: o.force } : {}),
      ...(o.instrument ? { instrument: o.instrument } : {}),
      status: s.status,
      ...(s.asOf ? { asOf: s.asOf } : {}),
      stale: s.stale,
      records: s.records,
      evidence: s.evidence,
      ...(s.ageDays !== undefined ? { ageDays: s.ageDays } : {}),
      final: s.final,
      ...(!o.instrument && isSuspect(corpus, answering, o.paragraph) ? { suspect: true } : {}),
    };
    return item;
  });
}

/** Counts by status and by action, how many items have a record (coverage), and the share done among those. */
export function summarize(items: ReadonlyArray<{ status: GapStatus; obligation?: Obligation; stale?: boolean }>): Summary {
  const byStatus = Object.fromEntries(GAP_STATUSES.map((s) => [s, 0])) as Record<GapStatus, number>;
  const actions = new Map<string, number>();
  let stale = 0;
  for (const i of items) {
    byStatus[i.status]++;
    if (i.stale) stale++;
    if (i.obligation) actions.set(i.obligation.action, (actions.get(i.obligation.action) ?? 0) + 1);
  }
  const byAction = Object.fromEntries([...actions].sort((a, b) => cmp(a[0], b[0])));
  const withRecord = items.length - byStatus['no-record'];
  return {
    byStatus, byAction, done: withRecord ? byStatus.done / withRecord : 0, withRecord, coverage: items.length ? withRecord / items.length : 0,
    total: items.length, stale,
  };
}

/** The documents of a report, as its header shows them. */
export function docRefs(corpus: Corpus, ids: readonly string[]): DocRef[] {
  return ids.map((id) => corpus.documents.get(id)).filter((d): d is Document => d !== undefined)
    .map((d) => ({ id: d.id, title: d.fm.title, status: d.fm.status, date: d.fm.date }));
}

function filterStatus<T extends { status: string }>(items: T[], status: readonly string[] | undefined): T[] {
  return status ? items.filter((i) => status.includes(i.status)) : items;
}

// ---------------------------------------------------------------------------
// Reports

/** `plan gaps --state X`: every item of the documents for one state. `state` need not have a file. */
export function gapsForState(corpus: Corpus, state: string, opts: GapsOptions): GapsStateReport {
  const obligations = filterForce(obligationItems(corpus, opts.documents), opts.force);
  const items = filterStatus(itemsForState(corpus, state, obligations, opts.today, opts.staleAfterYears), opts.status);
  return {
    state: { id: state, name: stateName(corpus, state), membership: membershipOf(corpus.states.get(state), opts.today) },
    today: opts.today,
    documents: docRefs(corpus, opts.documents),
    summary: { ...summarize(items), staleAfterYears: opts.staleAfterYears },
    items,
  };
}

function obligationRef(o: ObligationItem): ObligationRef {
  return {
    key: o.key, paragraph: o.paragraph, ...(o.instrument ? { instrument: o.instrument } : {}),
    document: o.document, ...(o.force ? { force: o.force } : {}), action: o.obligation.action, summary: o.obligation.summary,
  };
}

/** `plan gaps --all`: every state (with a file) × every item, and states × instruments. */
export function gapsAll(corpus: Corpus, opts: GapsOptions): GapsAllReport {
  const obligations = filterForce(obligationItems(corpus, opts.documents), opts.force);
  const ids = [...corpus.states.keys()].sort(cmp);
  const states = ids.map((id) => {
    const items = filterStatus(itemsForState(corpus, id, obligations, opts.today, opts.staleAfterYears), opts.status);
    return {
      id, name: stateName(corpus, id), summary: summarize(items),
      statuses: Object.fromEntries(items.map((i) => [i.key, i.status])) as Record<string, GapStatus>,
      membership: membershipOf(corpus.states.get(id), opts.today),
      items,
    };
  });
  const firstKey = new Map<string, string>();
  for (const o of obligations) if (o.instrument && !firstKey.has(o.instrument)) firstKey.set(o.instrument, o.key);
  const instruments = [...firstKey].map(([inst, key]) => {
    const title = corpus.instruments.get(inst)?.fm.title;
    const row: Record<string, GapStatus> = {};
    for (const s of states) {
      const st = s.statuses[key];
      if (st !== undefined) row[s.id] = st;
    }
    return { id: inst, ...(title ? { title } : {}), states: row };
  });
  return { today: opts.today, documents: docRefs(corpus, opts.documents), obligations: obligations.map(obligationRef), states, instruments, staleAfterYears: opts.staleAfterYears };
}

/** `plan gaps --instrument X`: every state's standing on one instrument, and the obligations that name it. */
export function gapsForInstrument(corpus: Corpus, instrument: string, opts: GapsOptions): GapsInstrumentReport {
  const obligations = obligationItems(corpus, opts.documents).filter((o) => o.instrument === instrument);
  const states: InstrumentStanding[] = [...corpus.states.keys()].sort(cmp).map((id) => {
    const s = standing((corpus.commitmentsByState.get(id) ?? []).filter((c) => c.fm.instrument === instrument), opts.today, opts.staleAfterYears);
    return {
      id, name: stateName(corpus, id), membership: membershipOf(corpus.states.get(id), opts.today),
      status: s.status, ...(s.asOf ? { asOf: s.asOf } : {}), ...(s.ageDays !== undefined ? { ageDays: s.ageDays } : {}),
      stale: s.stale, final: s.final, events: s.events, evidence: s.evidence, records: s.records,
    };
  });
  const kept = filterStatus(states, opts.status);
  const { byAction: _byAction, ...summary } = summarize(kept);
  const title = corpus.instruments.get(instrument)?.fm.title;
  return {
    instrument: { id: instrument, ...(title ? { title } : {}) },
    today: opts.today,
    documents: docRefs(corpus, opts.documents),
    obligations: obligations.map(obligationRef),
    summary,
    states: kept,
    staleAfterYears: opts.staleAfterYears,
  };
}

/** Statuses of every item a report lists, for --fail-on. */
export function reportStatuses(r: GapsStateReport | GapsAllReport | GapsInstrumentReport | GapsByInstrumentReport): GapStatus[] {
  if ('rows' in r) return r.rows.map((x) => x.status);
  if ('items' in r) return r.items.map((i) => i.status);
  if ('obligations' in r && 'instruments' in r) return r.states.flatMap((s) => Object.values(s.statuses));
  return (r as GapsInstrumentReport).states.map((s) => s.status);
}
