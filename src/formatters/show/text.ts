import { Chalk } from 'chalk';
import type { ShowLink, ShowView } from '../../reports/show/index.js';
import { describeShare } from '../../text/brackets.js';
import { printable } from '../../util/text.js';
import { WIDTH, wrapWords } from '../search/table.js';
import { maxOf, pushAll } from '../../util/arrays.js';

export interface ShowFormatOptions {
  /** Colour escapes allowed (a TTY, or forced). */
  color: boolean;
}

/** Lines of corpus text made safe for a terminal: control characters escaped, line breaks kept. */
export function safeLines(s: string): string[] {
  return s.split('\n').map((l) => printable(l, Infinity));
}

/** A body wrapped at WIDTH columns, indented; blank lines (paragraph breaks) kept. */
function wrapBody(body: string, indent: string): string[] {
  const out: string[] = [];
  for (const line of safeLines(body)) {
    if (line.trim() === '') out.push('');
    else pushAll(out, wrapWords(line.split(' ').filter(Boolean), WIDTH, indent));
  }
  return out;
}

/** Runs of links to paragraphs with nothing more to say are listed compactly, by document. */
const COMPACT_AT = 6;

function linkLines(links: ShowLink[], c: InstanceType<typeof Chalk>): string[] {
  const out: string[] = [];
  const w = Math.min(18, maxOf(links.map((l) => l.rel.length), 0));
  let i = 0;
  while (i < links.length) {
    const l = links[i]!;
    let j = i;
    while (j < links.length && links[j]!.rel === l.rel && links[j]!.kind === 'paragraph' && !links[j]!.detail) j++;
    if (j - i >= COMPACT_AT) {
      const byDoc = new Map<string, string[]>();
      for (const x of links.slice(i, j)) {
        const k = x.id.indexOf('/');
        const doc = x.id.slice(0, k);
        const list = byDoc.get(doc) ?? [];
        list.push(x.id.slice(k + 1));
        byDoc.set(doc, list);
      }
      for (const [doc, nums] of byDoc) {
        const head = `  ${c.dim(l.rel.padEnd(w))}  ${printable(doc, 80)} (${nums.length}):`;
        const words = nums.map((n, k) => printable(n, 40) + (k < nums.length - 1 ? ',' : ''));
        const lines = wrapWords(words, WIDTH, ' '.repeat(w + 6));
        pushAll(out, [head, ...lines]);
      }
      i = j;
      continue;
    }
    // rel, [kind] id, (not in the corpus), detail: wrapped, continuation lines under the id.
    const words: string[] = [];
    if (l.kind && !['paragraph', l.rel].includes(l.kind)) words.push(c.dim(l.kind));
    words.push(printable(l.id, 200));
    if (!l.resolved) words.push(c.yellow('(not'), c.yellow('in'), c.yellow('the'), c.yellow('corpus)'));
    if (l.detail) {
      const d = printable(l.detail, 400).split(' ').filter(Boolean);
      if (d.length) pushAll(words, [` ${d[0]}`, ...d.slice(1)].map((x) => c.dim(x)));
    }
    const cont = ' '.repeat(w + 4);
    const lines = wrapWords(words, WIDTH, cont);
    lines[0] = `  ${c.dim(l.rel.padEnd(w))}  ${lines[0]!.slice(cont.length)}`;
    pushAll(out, lines);
    i++;
  }
  return out;
}

/**
 * The text view: a header (kind, id, title, file), the front matter as
 * written, the body wrapped at 100 columns, the document's outline with
 * paragraph counts, then links out and links in.
 */
export function showText(v: ShowView, opts: ShowFormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  out.push(`${c.bold(`${v.kind} ${printable(v.id, 200)}`)}`);
  out.push(printable(v.title, 300));
  out.push(`${c.dim('file:')} ${printable(v.file, 300)}`);
  if (v.current) out.push(`${c.dim('current:')} ${v.current.status} as of ${v.current.asOf}`);
  for (const a of v.also) out.push(c.yellow(`also a ${a.kind}: ${printable(a.id, 200)} (${printable(a.file, 300)})`));
  if (!v.valid) out.push(c.yellow(`note: this file does not pass its schema, so its links out are not shown; run plan lint ${printable(v.file, 300)}`));
  out.push('', c.bold('Front matter'));
  pushAll(out, safeLines(v.yaml.replace(/\n+$/, '')).map((l) => (l ? `  ${l}` : '')));
  if (v.body) pushAll(out, ['', c.bold('Text'), ...wrapBody(v.body, '  ')]);
  if (v.paragraphs) {
    const types = Object.entries(v.paragraphs.byType).map(([t, n]) => `${n} ${t}`).join(', ');
    out.push('', c.bold(`Paragraphs: ${v.paragraphs.count}`) + (types ? ` (${types})` : ''));
  }
  if (v.agreed) out.push(`${c.bold('Agreed text:')} ${describeShare(v.agreed)}`);
  if (v.outline && v.outline.length) {
    out.push('', c.bold('Outline'));
    for (const o of v.outline) {
      const num = o.number !== undefined ? `${printable(o.number, 20)}. ` : '';
      out.push(`${'  '.repeat(o.depth + 1)}${num}${printable(o.title, 200)} ${c.dim(`(${o.paragraphs})`)}`);
    }
  }
  out.push('', c.bold(`Links out (${v.linksOut.length})`));
  pushAll(out, (v.linksOut.length ? linkLines(v.linksOut, c) : ['  none']));
  out.push('', c.bold(`Links in (${v.linksIn.length})`));
  pushAll(out, (v.linksIn.length ? linkLines(v.linksIn, c) : ['  none']));
  return out.join('\n') + '\n';
}
