import type { ShowLink, ShowView } from '../../reports/show/index.js';
import { describeShare } from '../../text/brackets.js';
import { mdCell, mdCode, mdFenced } from '../../util/markdown.js';
import { pushAll } from '../../util/arrays.js';


/** Body text as a blockquote, escaped so that it reads as the words it is. */
function quote(body: string): string[] {
  return body.split('\n').map((l) => {
    if (l.trim() === '') return '>';
    let t = mdCell(l);
    // A line that would start a list or a heading stays text.
    t = t.replace(/^(\s*)([-+]|\d+[.)])(\s)/, (_m, a: string, b: string, c: string) => `${a}${b.replace(/([-+.)])$/, '\\$1')}${c}`);
    return `> ${t}`;
  });
}

function linkTable(links: ShowLink[]): string[] {
  if (links.length === 0) return ['None.'];
  const out = ['| link | to | detail |', '|---|---|---|'];
  for (const l of links) {
    const to = `${l.kind && l.kind !== 'paragraph' && l.kind !== l.rel ? `${l.kind} ` : ''}${mdCode(l.id)}${l.resolved ? '' : ' (not in the corpus)'}`;
    out.push(`| ${mdCell(l.rel)} | ${to} | ${l.detail ? mdCell(l.detail) : ''} |`);
  }
  return out;
}

/** A pasteable Markdown page: heading, file, front matter as YAML, the text quoted, outline, links out and in. */
export function showMarkdown(v: ShowView): string {
  const out: string[] = [`## ${v.kind} ${mdCode(v.id)}`, '', mdCell(v.title), '', `File: ${mdCode(v.file)}`];
  if (v.current) out.push('', `Current: ${mdCell(v.current.status)} as of ${mdCell(v.current.asOf)}`);
  for (const a of v.also) out.push('', `Also a ${a.kind}: ${mdCode(a.id)} (${mdCode(a.file)})`);
  if (!v.valid) out.push('', `Note: this file does not pass its schema, so its links out are not shown; run \`plan lint\`.`);
  pushAll(out, ['', '### Front matter', '', ...mdFenced(v.yaml.replace(/\n+$/, ''), 'yaml')]);
  if (v.body) pushAll(out, ['', '### Text', '', ...quote(v.body)]);
  if (v.paragraphs) {
    const types = Object.entries(v.paragraphs.byType).map(([t, n]) => `${n} ${mdCell(t)}`).join(', ');
    out.push('', `### Paragraphs: ${v.paragraphs.count}`, '', types || 'None.');
  }
  if (v.agreed) out.push('', `Agreed text: ${mdCell(describeShare(v.agreed))}.`);
  if (v.outline && v.outline.length) {
    out.push('', '### Outline', '');
    for (const o of v.outline) {
      const num = o.number !== undefined ? `${mdCell(o.number)}. ` : '';
      out.push(`${'  '.repeat(o.depth)}- ${num}${mdCell(o.title)} (${o.paragraphs})`);
    }
  }
  pushAll(out, ['', `### Links out (${v.linksOut.length})`, '', ...linkTable(v.linksOut)]);
  pushAll(out, ['', `### Links in (${v.linksIn.length})`, '', ...linkTable(v.linksIn)]);
  return out.join('\n') + '\n';
}
