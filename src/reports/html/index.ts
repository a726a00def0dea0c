import { renderFilters } from './filters.js';
import { renderHemisphere } from './heatmap.js';
import { renderInstruments } from './instrument-page.js';
import { page } from './layout.js';
import { renderLineage } from './lineage.js';
import { renderSearch } from './search.js';
import { renderStatePage, renderStates } from './state-page.js';
import type { ReportView } from './types.js';

export type * from './types.js';

/**
 * The whole report as one HTML string: a pure function of its view, so the
 * same corpus and `today` give the same bytes.
 * A one-state report (`onlyState`) has that state's page and the search.
 */
export function renderReport(v: ReportView): string {
  const docs = v.documents.map((d) => d.id).join(', ') || 'no document';
  const sections: string[] = [];
  const nav: Array<{ id: string; label: string }> = [];
  if (v.onlyState) {
    const one = v.states[0];
    if (one) {
      sections.push(`<section id="states" aria-labelledby="states-h"><h2 id="states-h">State</h2>\n${renderStatePage(one)}\n</section>`);
      nav.push({ id: 'states', label: one.state.id });
    }
  } else {
    if (v.hemisphere) {
      sections.push(renderHemisphere(v.hemisphere, v.obligations, v.instrumentTitles, v.instrumentShort));
      nav.push({ id: 'hemisphere', label: 'Hemisphere' });
    }
    sections.push(renderStates(v.states));
    nav.push({ id: 'states', label: 'States' });
    sections.push(renderInstruments(v.instruments));
    nav.push({ id: 'instruments', label: 'Instruments' });
    sections.push(renderLineage(v.lineage));
    nav.push({ id: 'lineage', label: 'Lineage' });
  }
  sections.push(renderSearch(v.search));
  nav.push({ id: 'search', label: 'Search' });
  return page({ title: v.title, today: v.today, notes: v.notes, documents: docs, nav, sections: [renderFilters(v.documents), ...sections] });
}
