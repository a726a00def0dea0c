/**
 * `plan xref --format markdown`: headings, notes as quotes and GFM tables,
 * pasteable into an issue or a meeting note. Corpus text is escaped so that
 * it never breaks a table or turns into markup.
 */
import type { LineageChain } from '../../reports/lineage.js';
import { articleRanges, type ArticleCoverage, type DocumentInfo, type ListsComparison, type ParagraphLinks, type UnresolvedEntry, type XrefReport } from '../../reports/xref/index.js';
import { articlesText, local, plural } from './text.js';
import { docHeading, type XrefFormatter } from './view.js';
import { pushAll } from '../../util/arrays.js';

/** Escapes text for a Markdown table cell or line: markup characters, pipes, line breaks. */
export function md(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|#~&]/g, (ch) => `\\${ch}`);
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.map(md).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((x) => (x === '' ? ' ' : x)).join(' | ')} |`)];
}

function notes(ns: string[]): string[] {
  // One quote each: consecutive quote lines would run together into one paragraph.
  return ns.flatMap((n) => [`> **Note:** ${md(n)}`, '']);
}

function allView(r: XrefReport, docs: DocumentInfo[]): string[] {
  const out = ['# Instrument citations', '', ...notes(r.notes)];
  for (const inst of r.instruments) {
    out.push(`## ${md(inst.id)}${inst.title ? ` — ${md(inst.title)}` : ' (no file in corpus/instruments)'}`, '');
    out.push(inst.citations.length ? `Cited by ${plural(inst.citations.length, 'paragraph')} in ${plural(inst.byDocument.length, 'text')}.` : '_Not cited._');
    out.push('');
    pushAll(out, table(['Text', 'Paragraph', 'Articles'], inst.byDocument.flatMap((g) => g.citations.map((x) => [
      md(docHeading(docs, g.document)), md(x.paragraph), md(articlesText(x.refs, x.whole)),
    ]))));
    if (inst.citations.length) out.push('');
    if (inst.urgedBy.length) {
      out.push('Urged by (obligations naming it):', '');
      pushAll(out, [...table(['Paragraph', 'Force', 'Obligation'], inst.urgedBy.map((u) => [md(u.paragraph), md(u.force ?? ''), md(u.summary ?? u.action)])), '']);
    }
  }
  const cited = r.instruments.filter((i) => i.citations.length).length;
  out.push(`${plural(r.instruments.length, 'instrument')}: ${cited} cited, ${r.instruments.length - cited} not cited; ${plural(r.lineage.length, 'lineage chain')}; ${plural(r.unresolved.length, 'unresolved reference')}.`);
  return out;
}

function instrumentView(v: ArticleCoverage, docs: DocumentInfo[]): string[] {
  const out = [`# Article coverage: ${md(v.instrument.id)}${v.instrument.title ? ` — ${md(v.instrument.title)}` : ''}`, ''];
  pushAll(out, notes(v.notes));
  const cited = v.articles.filter((a) => a.citations.length);
  out.push(v.articlesOnRecord
    ? `${plural(v.articleCount!, 'article')} on record; ${v.articleCount! - v.uncited.length} cited; ${v.uncited.length} not cited by any text.`
    : `${plural(cited.length, 'article')} cited.`, '');
  const ids = v.documents;
  pushAll(out, table(['Article', ...ids.map((d) => docHeading(docs, d))], v.articles.map((a) => [
    md(a.article + (a.onRecord || !v.articlesOnRecord ? '' : ' (not on record)')),
    ...ids.map((d) => {
      const g = a.byDocument.find((x) => x.document === d);
      return g ? md(g.paragraphs.map((p) => {
        const refs = a.citations.find((x) => x.paragraph === p)?.refs.filter((x) => x !== a.article) ?? [];
        return local(p, d) + (refs.length ? ` (${refs.join(', ')})` : '');
      }).join(', ')) : '—';
    }),
  ])));
  if (v.articles.length) out.push('');
  if (v.articlesOnRecord) out.push(`**Not cited by any text (${v.uncited.length}):** ${v.uncited.length ? md(articleRanges(v.uncited)) : 'none'}`, '');
  out.push(`**Whole instrument cited by (${v.whole.length}):** ${v.whole.length ? v.whole.map((w) => md(w.paragraph)).join(', ') : 'none'}`, '');
  out.push(`**Urged by (${v.urgedBy.length}):** ${v.urgedBy.length ? v.urgedBy.map((u) => md(`${u.paragraph}${u.force ? ` (${u.force})` : ''}`)).join(', ') : 'no obligation names it'}`);
  return out;
}

export function lineageTable(chain: LineageChain, focus?: string): string[] {
  const n = new Map(chain.paragraphs.map((p, i) => [p, i + 1]));
  const rows = chain.steps.map((s, i) => [
    String(i + 1), s.paragraph === focus ? `**${md(s.paragraph)}**` : md(s.paragraph), md(`${s.date} ${s.status ?? ''}`.trim()), md(s.force ?? ''), md((s.addressees ?? []).join(', ')),
    md(s.changes.map((x) => [
      `${x.type}${x.basis ? ` (${x.basis})` : ''} ${n.get(x.with)}`,
      x.force.change === 'same' ? '' : x.force.change === 'unknown' ? `force ${x.force.from ?? 'not recorded'} → ${x.force.to ?? 'not recorded'}` : `force ${x.force.from} → ${x.force.to} (${x.force.change})`,
      x.addressees?.added.length ? `added ${x.addressees.added.join(', ')}` : '',
      x.addressees?.dropped.length ? `dropped ${x.addressees.dropped.join(', ')}` : '',
    ].filter(Boolean).join('; ')).join(' / ')),
  ]);
  const out = table(['#', 'Paragraph', 'Text date', 'Force', 'Addressees', 'From the earlier step'], rows);
  for (const e of chain.external) out.push('', `- ${md(e.from)} ${md(e.type)} ${md(e.target)} (not in the corpus)${e.description ? `: ${md(e.description)}` : ''}`);
  return out;
}

function paragraphView(v: ParagraphLinks, docs: DocumentInfo[]): string[] {
  const p = v.paragraph;
  const out = [`# ${md(p.id)}`, ''];
  out.push(`- Text: ${md(docHeading(docs, p.document))}`);
  out.push(`- Type: ${md(p.type)}${p.force ? `; force: ${md(p.force)}` : ''}${p.addressees ? `; addressees: ${md(p.addressees.join(', '))}` : ''}`);
  if (p.section.length) out.push(`- Section: ${p.section.map(md).join(' › ')}`);
  out.push('', `> ${md(p.text)}`, '', '## Links out', '');
  pushAll(out, (v.out.length ? table(['Link', 'Target', 'Detail'], v.out.map((l) => [
    md(l.type), md(l.target + (l.resolved ? '' : l.type === 'cites' ? ' (no instrument file)' : ' (not in the corpus)')),
    md(l.type === 'cites' ? articlesText(l.refs ?? [], false)
      : [l.basis, l.text ? `“${l.text}”` : '', l.description, l.note].filter(Boolean).join('; ')),
  ])) : ['None.']));
  out.push('', '## Links in', '');
  pushAll(out, (v.in.length ? table(['Link', 'From', 'Detail'], v.in.map((l) => [
    md(l.type === 'priority' ? 'priority set here' : l.type), md(l.from), md([l.basis, l.text ? `“${l.text}”` : '', l.note].filter(Boolean).join('; ')),
  ])) : ['None.']));
  out.push('', '## Lineage', '');
  const ch = v.lineage;
  if (ch.steps.length <= 1 && ch.external.length === 0) out.push('No derived-from, implements or follows-up link records where this paragraph came from or went.');
  else pushAll(out, [`Across ${plural(ch.documents.length, 'text')}, oldest first; force ${md(ch.forcePath)}.`, '', ...lineageTable(ch, p.id)]);
  return out;
}

function listsView(v: ListsComparison, docs: DocumentInfo[]): string[] {
  const out = ['# Instrument lists of the texts', '', ...notes(v.notes)];
  if (v.documents.length === 0) return [...out, 'No text has an instrument list or an obligation to join instruments.'];
  out.push('## Texts, oldest first', '');
  for (const d of v.documents) {
    const where = [
      ...d.lists.map((l) => `${l.lead ? `list under ${l.lead}` : 'list'} (${plural(l.items.length, 'item')})`),
      ...(d.obligations.length ? [`obligations ${d.obligations.map((o) => o.paragraph).join(', ')}`] : []),
    ].join('; ');
    out.push(`- **${md(d.document)}** (${md(d.date)}): ${md(d.label)}. ${plural(d.instruments.length, 'instrument')}: ${md(where)}.`);
  }
  out.push('', '## Instruments × texts', '');
  const ids = v.documents.map((d) => d.document);
  pushAll(out, table(['Instrument', ...ids.map((id) => `${id} (${docs.find((d) => d.id === id)?.kind ?? 'not in the corpus'})`)], v.matrix.map((m) => [
    md(m.instrument), ...ids.map((id) => (m.cells[id]!.length ? md(m.cells[id]!.map((p) => local(p, id)).join(', ')) : '—')),
  ])));
  out.push('', '## Added and dropped', '');
  for (const ch of v.changes) {
    out.push(`- ${md(ch.from)} → ${md(ch.to)}${ch.consecutive ? '' : ' (not consecutive)'}: added ${ch.added.length ? md(ch.added.join(', ')) : 'none'}; dropped ${ch.dropped.length ? md(ch.dropped.join(', ')) : 'none'}`);
  }
  return out;
}

function unresolvedView(v: UnresolvedEntry[], ns: string[]): string[] {
  const out = ['# References to texts not in the corpus', '', ...notes(ns)];
  if (v.length === 0) return [...out, 'Every reference resolves inside the corpus.'];
  pushAll(out, table(['Where', 'From', 'Link', 'Target', 'Description'], v.map((e) => [
    md(`${e.file}:${e.line}:${e.column}`), md(e.from), md(e.type), md(e.target), md([e.text ? `“${e.text}”` : '', e.description].filter(Boolean).join(' — ')),
  ])));
  return out;
}

export const xrefMarkdown: XrefFormatter = (view) => {
  let lines: string[];
  switch (view.kind) {
    case 'all': lines = allView(view.report, view.documents); break;
    case 'instrument': lines = instrumentView(view.coverage, view.documents); break;
    case 'paragraph': lines = paragraphView(view.links, view.documents); break;
    case 'lists': lines = listsView(view.lists, view.documents); break;
    case 'unresolved': lines = unresolvedView(view.unresolved, view.notes); break;
  }
  return lines.join('\n') + '\n';
};
