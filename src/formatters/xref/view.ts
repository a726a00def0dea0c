/**
 * What the `plan xref` formatters receive: one of the five views, computed
 * by src/reports/xref/, and the texts of the corpus (titles, dates,
 * draft or adopted) for headings. Each formatter is a pure function of it.
 */
import type { DocumentInfo } from '../../reports/xref/index.js';
import type { XrefView } from '../../reports/xref/views.js';

export type { XrefView };

export interface XrefFormatOptions {
  /** Colour escapes allowed (a TTY, or forced). */
  color: boolean;
}

export type XrefFormatter = (view: XrefView, opts: XrefFormatOptions) => string;

/** The JSON document of a view (what `--format json` prints). */
export function jsonValue(view: XrefView): unknown {
  switch (view.kind) {
    case 'all': return view.report;
    case 'instrument': return view.coverage;
    case 'paragraph': return view.links;
    case 'lists': return view.lists;
    case 'unresolved': return { notes: view.notes, unresolved: view.unresolved };
  }
}

/** A text's heading: `mex-draft-2005 (draft, 2005)`. */
export function docHeading(docs: DocumentInfo[], id: string): string {
  const d = docs.find((x) => x.id === id);
  if (!d) return `${id} (not in the corpus)`;
  return `${id} (${d.kind}, ${d.date})`;
}
