/**
 * `plan xref --format table`: plain text for a terminal, at most 100
 * columns, colour only when allowed.
 */
import { Chalk } from 'chalk';
import type { ForceChange, LineageChain } from '../../reports/lineage.js';
import { articleRanges, type ArticleCoverage, type DocumentInfo, type ListsComparison, type ParagraphLinks, type UnresolvedEntry, type XrefReport } from '../../reports/xref/index.js';
import { articlesText, columns, hanging, local, oneLine, plural, width, wrap } from './text.js';
import { docHeading, type XrefFormatter } from './view.js';
import { pushAll } from '../../util/arrays.js';

type C = InstanceType<typeof Chalk>;
const MAX = 100;

function notes(c: C, ns: string[]): string[] {
  return ns.flatMap((n) => hanging(`Note: ${oneLine(n)}`, MAX, '', 6).map((l) => c.yellow(l)));
}

function heading(c: C, id: string, title: string | undefined, missing: string): string[] {
  if (!title) return [c.bold(id) + c.red(`  ${missing}`)];
  const lines = wrap(`${id} — ${oneLine(title)}`, MAX);
  const rest = lines.length > 1 ? wrap(lines.slice(1).join(' '), MAX - 4).map((l) => `    ${l}`) : [];
  return [c.bold(id) + lines[0]!.slice(id.length), ...rest];
}

function shortDoc(docs: DocumentInfo[], id: string): string {
  const d = docs.find((x) => x.id === id);
  return `${id} (${d ? d.kind : 'not in the corpus'})`;
}

function allView(c: C, r: XrefReport, docs: DocumentInfo[]): string[] {
  const out: string[] = [];
  for (const inst of r.instruments) {
    pushAll(out, heading(c, inst.id, inst.title, '(no file in corpus/instruments)'));
    const summary = inst.citations.length
      ? `cited by ${plural(inst.citations.length, 'paragraph')} in ${plural(inst.byDocument.length, 'text')}`
      : 'not cited';
    out.push(`  ${inst.citations.length ? summary : c.dim(summary)}${inst.urgedBy.length ? `; urged by ${plural(inst.urgedBy.length, 'paragraph')}` : ''}`);
    if (inst.citations.length) {
      pushAll(out, columns([{ head: 'text' }, { head: 'paragraph' }, { head: 'articles', wrap: true }], inst.byDocument.flatMap((g) => g.citations.map((x, i) => [
        i === 0 ? shortDoc(docs, g.document) : '',
        local(x.paragraph, g.document),
        articlesText(x.refs, x.whole),
      ])), { max: MAX, indent: 4, head: c.dim }));
    }
    if (inst.urgedBy.length) {
      out.push('  urged by (obligations naming it)');
      pushAll(out, columns([{ head: 'paragraph' }, { head: 'force' }, { head: 'obligation', wrap: true }], inst.urgedBy.map((u) => [
        u.paragraph, u.force ?? '', oneLine(u.summary ?? u.action),
      ]), { max: MAX, indent: 4, head: c.dim }));
    }
    out.push('');
  }
  const cited = r.instruments.filter((i) => i.citations.length).length;
  pushAll(out, hanging(`${plural(r.instruments.length, 'instrument')}: ${cited} cited, ${r.instruments.length - cited} not cited; `
    + `${plural(r.lineage.length, 'lineage chain')}; ${plural(r.lists.length, 'text')} with instrument lists (--lists); `
    + `${plural(r.unresolved.length, 'unresolved reference')} (--unresolved).`, MAX));
  return out;
}

function instrumentView(c: C, v: ArticleCoverage, docs: DocumentInfo[]): string[] {
  const out: string[] = [];
  pushAll(out, heading(c, v.instrument.id, v.instrument.title, '(no file in corpus/instruments)'));
  const cited = v.articles.filter((a) => a.citations.length);
  const paras = new Set(cited.flatMap((a) => a.citations.map((x) => x.paragraph)));
  out.push(v.articlesOnRecord
    ? `${plural(v.articleCount!, 'article')} on record; ${v.articleCount! - v.uncited.length} cited by ${plural(paras.size, 'paragraph')}; ${v.uncited.length} not cited by any text.`
    : `${plural(cited.length, 'article')} cited by ${plural(paras.size, 'paragraph')}.`);
  pushAll(out, notes(c, v.notes));
  out.push('');
  if (v.articles.length) {
    pushAll(out, columns([{ head: 'article', right: true }, { head: 'cited by (text: paragraphs)', wrap: true }], v.articles.map((a) => [
      a.article + (a.onRecord || !v.articlesOnRecord ? '' : '*'),
      a.byDocument.length ? a.byDocument.map((g) => `${g.document}: ${g.paragraphs.map((p) => {
        const refs = a.citations.find((x) => x.paragraph === p)?.refs.filter((x) => x !== a.article) ?? [];
        return local(p, g.document) + (refs.length ? ` (${refs.join(', ')})` : '');
      }).join(', ')}`).join(' · ') : 'not cited',
    ]), { max: MAX, head: c.dim, style: (ri, ci, t) => (ci === 1 && !v.articles[ri]!.citations.length ? c.dim(t) : t) }));
    if (v.notOnRecord.length) out.push(c.dim('  * not on the instrument\'s article list'));
    out.push('');
  }
  if (v.articlesOnRecord) pushAll(out, hanging(`Not cited by any text (${v.uncited.length}): ${v.uncited.length ? articleRanges(v.uncited) : 'none'}`, MAX));
  pushAll(out, hanging(`Whole instrument cited by (${v.whole.length}): ${v.whole.length ? v.whole.map((w) => w.paragraph).join(', ') : 'none'}`, MAX));
  pushAll(out, hanging(`Urged by (${v.urgedBy.length}): ${v.urgedBy.length ? v.urgedBy.map((u) => `${u.paragraph}${u.force ? ` (${u.force})` : ''}`).join(', ') : 'no obligation names it'}`, MAX));
  if (v.documents.length) pushAll(out, hanging(`Texts citing it: ${v.documents.map((d) => docHeading(docs, d)).join(', ')}`, MAX));
  return out;
}

const ARROW: Record<ForceChange, string> = { same: '=', weaker: '▼', stronger: '▲', 'same-strength': '≈', unknown: '?' };

/** The lineage chain as numbered steps, each with what changed from the step(s) it links to. */
export function lineageLines(c: C, chain: LineageChain, docs: DocumentInfo[], focus?: string): string[] {
  const out: string[] = [];
  const n = new Map(chain.paragraphs.map((p, i) => [p, i + 1]));
  chain.steps.forEach((s, i) => {
    const kind = docs.find((d) => d.id === s.document)?.kind ?? 'not in the corpus';
    const id = s.paragraph === focus ? c.bold(`${s.paragraph} ◀`) : s.paragraph;
    const rest = ` (${s.date}, ${kind}) · ${s.force ?? 'no force recorded'} · ${s.addressees?.length ? s.addressees.join(', ') : 'no addressees recorded'}`;
    const head = hanging(`${i + 1}. ${s.paragraph}${s.paragraph === focus ? ' ◀' : ''}${rest}`, MAX, '  ', 5);
    head[0] = head[0]!.replace(`${s.paragraph}${s.paragraph === focus ? ' ◀' : ''}`, id);
    pushAll(out, head);
    for (const x of s.changes) {
      const bits = [
        x.force.change === 'same' ? `force ${x.force.to} (unchanged)`
          : x.force.change === 'unknown' ? `force ${x.force.from ?? 'not recorded'} → ${x.force.to ?? 'not recorded'}`
            : `force ${x.force.from} → ${x.force.to} ${ARROW[x.force.change]} ${x.force.change}`,
        ...(x.addressees ? [x.addressees.added.length || x.addressees.dropped.length
          ? `addressees ${[...x.addressees.added.map((a) => `+${a}`), ...x.addressees.dropped.map((a) => `−${a}`)].join(' ')}`
          : 'addressees unchanged'] : []),
      ];
      pushAll(out, hanging(`${x.type}${x.basis ? ` (${x.basis})` : ''} ${n.get(x.with)}: ${bits.join('; ')}`, MAX, '       ', 2).map((l) => c.dim(l)));
    }
  });
  for (const e of chain.external) pushAll(out, hanging(`${e.from} ${e.type} ${e.target} (not in the corpus)${e.description ? `: ${oneLine(e.description)}` : ''}`, MAX, '  '));
  return out;
}

function paragraphView(c: C, v: ParagraphLinks, docs: DocumentInfo[]): string[] {
  const p = v.paragraph;
  const out: string[] = [];
  out.push(`${c.bold(p.id)}  ${docHeading(docs, p.document)}`);
  pushAll(out, wrap(`${p.type}${p.force ? ` · force ${p.force}` : ''}${p.addressees ? ` · addressees ${p.addressees.join(', ')}` : ''}${p.section.length ? ` · section ${p.section.map((x) => oneLine(x)).join(' › ')}` : ''}`, MAX));
  pushAll(out, wrap(oneLine(p.text, 600), MAX - 2).map((l) => c.dim(`  ${l}`)));
  out.push('');
  out.push(c.bold('Links out'));
  if (v.out.length === 0) out.push('  none');
  else {
    pushAll(out, columns([{ head: 'link' }, { head: 'target' }, { head: 'detail', wrap: true }], v.out.map((l) => [
      l.type, l.target + (l.resolved ? '' : l.type === 'cites' ? ' (no instrument file)' : ' (not in the corpus)'),
      l.type === 'cites' ? articlesText(l.refs ?? [], false)
        : oneLine([l.basis, l.text ? `“${l.text}”` : '', l.description, l.note].filter(Boolean).join('; ')),
    ]), { max: MAX, indent: 2, head: c.dim }));
  }
  out.push(c.bold('Links in'));
  if (v.in.length === 0) out.push('  none');
  else {
    pushAll(out, columns([{ head: 'link' }, { head: 'from' }, { head: 'detail', wrap: true }], v.in.map((l) => [
      l.type === 'part-of' ? 'part-of (item)' : l.type === 'annotates' ? 'annotates (footnote)' : l.type === 'priority' ? 'priority set here' : l.type,
      l.from,
      oneLine([l.basis, l.text ? `“${l.text}”` : '', l.note].filter(Boolean).join('; ')),
    ]), { max: MAX, indent: 2, head: c.dim }));
  }
  out.push('');
  const ch = v.lineage;
  if (ch.steps.length <= 1 && ch.external.length === 0) out.push(c.bold('Lineage:') + ' no derived-from, implements or follows-up link records where this paragraph', '  came from or went.');
  else {
    out.push(c.bold(`Lineage across ${plural(ch.documents.length, 'text')}, oldest first`) + ` — force ${ch.forcePath}`);
    pushAll(out, lineageLines(c, ch, docs, p.id));
  }
  return out;
}

function listsView(c: C, v: ListsComparison, docs: DocumentInfo[]): string[] {
  const out: string[] = [...notes(c, v.notes), ''];
  if (v.documents.length === 0) return [...out, 'No text has an instrument list (list items citing instruments) or an obligation to join instruments.'];
  const ids = v.documents.map((d) => d.document);
  const kinds = ['', ...ids.map((id) => `(${docs.find((d) => d.id === id)?.kind ?? 'not in the corpus'})`)];
  const matrix = (heads: string[]) => columns(
    [{ head: 'instrument' }, ...heads.map((head) => ({ head, wrap: true }))],
    [kinds, ...v.matrix.map((m) => [m.instrument, ...ids.map((id) => (m.cells[id]!.length ? m.cells[id]!.map((p) => local(p, id)).join(', ') : '—'))])],
    { max: MAX, head: c.bold, style: (r, ci, t) => (r === 0 || (ci > 0 && t.trim() === '—') ? c.dim(t) : t) },
  );
  // Full ids as column heads when they fit; else T1, T2... keyed in the list of texts.
  let table = matrix(ids);
  const short = table.some((l) => width(l) > MAX);
  if (short) table = matrix(ids.map((_, i) => `T${i + 1}`));
  out.push(c.bold('Texts, oldest first'));
  v.documents.forEach((d, i) => {
    const where = [
      ...d.lists.map((l) => `${l.lead ? `list under ${l.lead}` : 'list'} (${plural(l.items.length, 'item')})`),
      ...(d.obligations.length ? [`obligations: ${d.obligations.map((o) => local(o.paragraph, d.document)).join(', ')}`] : []),
    ].join('; ');
    pushAll(out, hanging(`${short ? `T${i + 1} ` : ''}${d.document} (${d.date}): ${d.label}. ${plural(d.instruments.length, 'instrument')}; ${where}.`, MAX, '  ', short ? 5 : 2));
  });
  out.push('');
  pushAll(out, table);
  out.push('');
  out.push(c.bold('Added and dropped'));
  for (const ch of v.changes) {
    pushAll(out, hanging(`${ch.from} → ${ch.to}${ch.consecutive ? '' : ' (not consecutive)'}: added ${ch.added.length ? ch.added.join(', ') : 'none'}; dropped ${ch.dropped.length ? ch.dropped.join(', ') : 'none'}`, MAX, '  '));
  }
  return out;
}

function unresolvedView(c: C, v: UnresolvedEntry[], ns: string[]): string[] {
  const out: string[] = [...notes(c, ns)];
  if (ns.length) out.push('');
  if (v.length === 0) return [...out, 'Every reference resolves inside the corpus.'];
  for (const e of v) {
    const where = `${oneLine(e.file)}:${e.line}:${e.column}`;
    const head = hanging(`${where}  ${e.from}  ${e.type} → ${oneLine(e.target)}`, MAX, '', 2);
    head[0] = c.bold(where) + head[0]!.slice(where.length);
    pushAll(out, head);
    if (e.text) pushAll(out, wrap(`“${oneLine(e.text)}”`, MAX - 2).map((l) => `  ${l}`));
    if (e.description) pushAll(out, wrap(oneLine(e.description), MAX - 2).map((l) => c.dim(`  ${l}`)));
  }
  out.push('', `${plural(v.length, 'reference')} to texts that are not in the corpus.`);
  return out;
}

export const xrefTable: XrefFormatter = (view, opts) => {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  let lines: string[];
  switch (view.kind) {
    case 'all': lines = [...notes(c, view.report.notes), ...(view.report.notes.length ? [''] : []), ...allView(c, view.report, view.documents)]; break;
    case 'instrument': lines = instrumentView(c, view.coverage, view.documents); break;
    case 'paragraph': lines = paragraphView(c, view.links, view.documents); break;
    case 'lists': lines = listsView(c, view.lists, view.documents); break;
    case 'unresolved': lines = unresolvedView(c, view.unresolved, view.notes); break;
  }
  return lines.join('\n') + '\n';
};
