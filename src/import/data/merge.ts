/**
 * Rendering and merging the data importer's files: records in a fixed key
 * order, imported records replaced and others kept, a state's owned keys
 * rewritten and the rest kept.
 */
import type { CommitmentRecord } from '../../model/types.js';
import { compareText as cmp } from '../../util/text.js';
import { ordered, renderFile, type YamlStyle } from '../render.js';
import { OWNED_CHANGE_SOURCE, OWNED_SOURCE_PREFIX, OWNED_VIA } from './records.js';

// ---------------------------------------------------------------------------
// Rendering and merging

/** How the data importer writes YAML: names and events as flow maps. */
export const DATA_STYLE: YamlStyle = { flowMaps: ['name', 'official-name'], flowItems: ['events'] };

/** A states or commitments file as the data importer writes it. */
export function renderDataFile(data: Record<string, unknown>, body: string): string {
  return renderFile(data, body, DATA_STYLE);
}

const RECORD_ORDER = ['status', 'events', 'as-of', 'evidence', 'note'];
const EVIDENCE_ORDER = ['source', 'via', 'url'];

function orderRecord(r: CommitmentRecord): Record<string, unknown> {
  const o = ordered(r as unknown as Record<string, unknown>, RECORD_ORDER);
  if (Array.isArray(o['evidence'])) o['evidence'] = (o['evidence'] as Array<Record<string, unknown>>).map((e) => (e && typeof e === 'object' ? ordered(e, EVIDENCE_ORDER) : e));
  if (Array.isArray(o['events'])) o['events'] = (o['events'] as Array<Record<string, unknown>>).map((e) => (e && typeof e === 'object' ? ordered(e, ['action', 'date']) : e));
  return o;
}

/** Whether the import owns a record: an evidence `via` names one of its source files. */
export function isOwnedRecord(r: unknown): boolean {
  if (!r || typeof r !== 'object') return false;
  const ev = (r as { evidence?: unknown }).evidence;
  if (!Array.isArray(ev)) return false;
  return ev.some((e) => {
    const via = e && typeof e === 'object' ? (e as { via?: unknown }).via : undefined;
    return typeof via === 'string' && OWNED_VIA.some((f) => via.includes(f));
  });
}

function asOfOf(r: unknown): string {
  const a = r && typeof r === 'object' ? (r as Record<string, unknown>)['as-of'] : undefined;
  return typeof a === 'string' ? a : '';
}

/** Imported records first, then kept ones, stably ordered by as-of (history first, the newest last). */
export function mergeRecords(imported: CommitmentRecord[], old: unknown): unknown[] {
  const kept = Array.isArray(old) ? old.filter((r) => !isOwnedRecord(r)) : [];
  const all: unknown[] = [...imported.map(orderRecord), ...kept];
  return all.map((r, i) => ({ r, i })).sort((a, b) => cmp(asOfOf(a.r), asOfOf(b.r)) || a.i - b.i).map((x) => x.r);
}

export const COMMITMENT_ORDER = ['id', 'state', 'instrument', 'answers', 'records'];
const STATE_ORDER = ['id', 'iso2', 'numeric', 'name', 'official-name', 'oas', 'sources'];
const OAS_ORDER = ['member-since', 'participation', 'note', 'changes'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** A state's new front matter: computed keys over the file's, hand-added keys and entries kept. */
export function mergeState(computed: Record<string, unknown>, old: Record<string, unknown> | undefined): Record<string, unknown> {
  const o = old ?? {};
  const out: Record<string, unknown> = { ...o, ...computed };
  for (const k of ['name', 'official-name']) {
    if (isRecord(o[k])) {
      const extra = Object.fromEntries(Object.entries(o[k]).filter(([lang]) => !(isRecord(computed[k]) && lang in computed[k])));
      out[k] = ordered({ ...(isRecord(computed[k]) ? computed[k] : {}), ...extra }, ['en', 'es', 'fr', 'pt']);
    }
  }
  const oldOas = isRecord(o['oas']) ? o['oas'] : {};
  const newOas = computed['oas'] as Record<string, unknown>;
  const oas: Record<string, unknown> = { ...oldOas, ...newOas };
  // Keys the import computes are its own: drop stale values it no longer produces.
  for (const k of ['participation', 'note']) if (!(k in newOas)) delete oas[k];
  const keptChanges = Array.isArray(oldOas['changes'])
    ? oldOas['changes'].filter((c) => !(isRecord(c) && typeof c['source'] === 'string' && c['source'].includes(OWNED_CHANGE_SOURCE)))
    : [];
  const changes = [...((newOas['changes'] as unknown[]) ?? []), ...keptChanges];
  const dateOf = (c: unknown) => (isRecord(c) && typeof c['date'] === 'string' ? c['date'] : '');
  const sortedChanges = changes.map((c, i) => ({ c, i })).sort((a, b) => cmp(dateOf(a.c), dateOf(b.c)) || a.i - b.i).map((x) => x.c);
  if (sortedChanges.length) oas['changes'] = sortedChanges.map((c) => (isRecord(c) ? ordered(c, ['event', 'date', 'source', 'note']) : c));
  else delete oas['changes'];
  out['oas'] = ordered(oas, OAS_ORDER);
  const keptSources = Array.isArray(o['sources']) ? o['sources'].filter((s) => !(typeof s === 'string' && s.includes(OWNED_SOURCE_PREFIX))) : [];
  out['sources'] = [...(computed['sources'] as string[]), ...keptSources];
  return ordered(out, STATE_ORDER);
}
