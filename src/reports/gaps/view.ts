import type { Corpus } from '../../model/model.js';
import { docRefs, gapsAll, gapsForInstrument, gapsForState, resolveInstrument, resolveState, selectDocuments } from './index.js';
import type { GapStatus } from '../../model/types.js';
import type { GapsOptions, GapsView } from './types.js';
import { staleAfterYearsOf } from './dates.js';

/** Which gap report, and over what: what `plan gaps` takes from its flags, and the library API from its caller. */
export interface GapsSpec {
  /** One state: its code or its English or Spanish name, any case and accents. */
  state?: string;
  /** Every state at once. */
  all?: boolean;
  /** Every state's standing on one instrument: an id, title, short title or alias. */
  instrument?: string;
  /** `paragraph` (default: one item per paragraph that asks) or `instrument` (one per state and instrument). */
  by?: 'paragraph' | 'instrument';
  /** Documents to compute against (default: the adopted ones). */
  documents?: readonly string[];
  includeDrafts?: boolean;
  /** YYYY-MM-DD: the date every date-dependent answer uses. */
  today: string;
  /** Records of statuses that can change, older than this, are stale (default: the configuration's, else 5). */
  staleAfterYears?: number;
  force?: string[];
  status?: GapStatus[];
}

/** The documents a spec computes against. */
export function specDocuments(corpus: Corpus, spec: Pick<GapsSpec, 'documents' | 'includeDrafts'>): string[] {
  return selectDocuments(corpus, { ...(spec.documents ? { ids: spec.documents } : {}), ...(spec.includeDrafts ? { includeDrafts: true } : {}) });
}

/**
 * The gap report a spec asks for (exactly one of state, all and instrument), as `plan gaps`
 * computes it; its JSON value (formatters/gaps/json.ts) is the contract shape.
 */
export async function gapsView(corpus: Corpus, spec: GapsSpec): Promise<GapsView> {
  const documents = specDocuments(corpus, spec);
  const opts: GapsOptions = {
    today: spec.today, documents, staleAfterYears: staleAfterYearsOf(corpus.config, spec.staleAfterYears),
    ...(spec.force ? { force: spec.force } : {}), ...(spec.status ? { status: spec.status } : {}),
  };
  const state = spec.state !== undefined ? resolveState(corpus, spec.state) : undefined;
  if (spec.by === 'instrument') {
    const { gapsByInstrument } = await import('./by-instrument.js');
    return { mode: 'by-instrument', report: gapsByInstrument(corpus, state ? [state] : [...corpus.states.keys()], docRefs(corpus, documents), opts) };
  }
  if (state) return { mode: 'state', report: gapsForState(corpus, state, opts) };
  if (spec.all) return { mode: 'all', report: gapsAll(corpus, opts) };
  if (spec.instrument !== undefined) return { mode: 'instrument', report: gapsForInstrument(corpus, resolveInstrument(corpus, spec.instrument), opts) };
  throw new TypeError('gapsView: give one of state, all or instrument');
}
