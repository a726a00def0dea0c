/**
 * `plan gaps --format json`: the contract shapes of the design README, one
 * valid JSON document. With --since, a `since` member says what changed.
 */
import type { GapsView } from '../../reports/gaps/index.js';

/** The JSON value of a gap report (what `--format json` prints). */
export function gapsJsonValue(view: GapsView): unknown {
  const since = view.since ? { since: view.since } : {};
  switch (view.mode) {
    case 'state': {
      const r = view.report;
      return { state: r.state, today: r.today, documents: r.documents, summary: r.summary, items: r.items, ...since };
    }
    case 'all': {
      const r = view.report;
      return {
        today: r.today, documents: r.documents, obligations: r.obligations, states: r.states.map(({ items: _items, ...rest }) => rest),
        instruments: r.instruments, staleAfterYears: r.staleAfterYears, ...since,
      };
    }
    case 'instrument':
      return { ...view.report, ...since };
    case 'by-instrument':
      return { by: 'instrument', ...view.report };
  }
}

export function gapsJson(view: GapsView): string {
  return JSON.stringify(gapsJsonValue(view), null, 2) + '\n';
}
