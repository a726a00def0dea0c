/**
 * `plan xref --format csv`: one RFC 4180 table per view, with a header row,
 * CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break. Text passes through untouched (accents, typographic quotes,
 * non-breaking spaces). The writer is the shared one of src/formatters/csv.ts.
 */
import { csv, type CsvValue } from '../csv.js';
import { type XrefFormatter } from './view.js';

export { csv, csvField } from '../csv.js';

export const xrefCsv: XrefFormatter = (view) => {
  switch (view.kind) {
    case 'all': {
      const rows: CsvValue[][] = [];
      for (const i of view.report.instruments) {
        for (const x of i.citations) rows.push([i.id, i.title, x.document, x.paragraph, 'cites', x.refs.join('; '), x.whole]);
        for (const u of i.urgedBy) rows.push([i.id, i.title, u.document, u.paragraph, 'urges', '', '']);
        if (!i.citations.length && !i.urgedBy.length) rows.push([i.id, i.title, '', '', 'not cited', '', '']);
      }
      return csv(['instrument', 'title', 'document', 'paragraph', 'link', 'articles', 'whole'], rows);
    }
    case 'instrument': {
      const v = view.coverage;
      const rows: CsvValue[][] = [];
      for (const a of v.articles) {
        if (!a.citations.length) rows.push([v.instrument.id, a.article, a.onRecord, 'not cited', '', '', '']);
        for (const x of a.citations) rows.push([v.instrument.id, a.article, a.onRecord, 'cited', x.document, x.paragraph, x.refs.join('; ')]);
      }
      for (const w of v.whole) rows.push([v.instrument.id, '', '', 'whole instrument', w.document, w.paragraph, '']);
      return csv(['instrument', 'article', 'on_record', 'status', 'document', 'paragraph', 'cited_as'], rows);
    }
    case 'paragraph': {
      const v = view.links;
      const id = v.paragraph.id;
      const docOf = (x: string) => (x.includes('/') ? x.split('/')[0] : '');
      const rows: CsvValue[][] = [];
      for (const l of v.out) {
        rows.push([id, 'out', l.type, l.target, l.type === 'cites' ? '' : docOf(l.target), '', '', l.resolved,
          l.type === 'cites' ? (l.refs?.length ? l.refs.join('; ') : 'whole instrument') : [l.basis, l.text, l.description, l.note].filter(Boolean).join('; ')]);
      }
      for (const l of v.in) rows.push([id, 'in', l.type, l.from, docOf(l.from), '', '', true, [l.basis, l.text, l.note].filter(Boolean).join('; ')]);
      const n = new Map(v.lineage.paragraphs.map((p, i) => [p, i + 1]));
      if (v.lineage.steps.length > 1 || v.lineage.external.length) {
        v.lineage.steps.forEach((s, i) => rows.push([id, 'lineage', `step ${i + 1}`, s.paragraph, s.document, s.force, (s.addressees ?? []).join('; '), true,
          s.changes.map((x) => [`${x.type}${x.basis ? ` (${x.basis})` : ''} from step ${n.get(x.with)}`,
            x.force.change === 'same' ? '' : `force ${x.force.from ?? 'not recorded'} -> ${x.force.to ?? 'not recorded'} (${x.force.change})`,
            x.addressees?.added.length ? `added ${x.addressees.added.join(' ')}` : '',
            x.addressees?.dropped.length ? `dropped ${x.addressees.dropped.join(' ')}` : ''].filter(Boolean).join('; ')).join(' | ')]));
        for (const e of v.lineage.external) rows.push([id, 'lineage', e.type, e.target, '', '', '', false, `from ${e.from}${e.description ? `: ${e.description}` : ''}`]);
      }
      return csv(['paragraph', 'direction', 'link', 'id', 'document', 'force', 'addressees', 'resolved', 'detail'], rows);
    }
    case 'lists': {
      const rows: CsvValue[][] = [];
      for (const d of view.lists.documents) {
        const change = (i: string) => (d.previous === undefined ? '' : d.added?.includes(i) ? `added since ${d.previous}` : `kept from ${d.previous}`);
        for (const i of d.instruments) {
          const ps = [...d.lists.flatMap((l) => l.items), ...d.obligations].filter((it) => it.instruments.includes(i)).map((it) => it.paragraph);
          rows.push([d.document, d.date, d.status, d.label, i, ps.join('; '), change(i)]);
        }
        for (const i of d.dropped ?? []) rows.push([d.document, d.date, d.status, d.label, i, '', `dropped since ${d.previous}`]);
      }
      return csv(['document', 'date', 'status', 'label', 'instrument', 'paragraphs', 'change'], rows);
    }
    case 'unresolved':
      return csv(['file', 'line', 'column', 'from', 'document', 'link', 'target', 'text', 'description'],
        view.unresolved.map((e) => [e.file, e.line, e.column, e.from, e.document, e.type, e.target, e.text, e.description]));
  }
};
