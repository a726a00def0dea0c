/**
 * `plan render --format markdown`: CommonMark with footnotes (`[^1]`, as GitHub,
 * pandoc and most renderers read them). Corpus text is backslash-escaped where
 * Markdown would read it as markup, so the rendered page shows it verbatim.
 */
import type { RenderItem, RenderModel } from './model.js';
import { factsLine } from './head.js';
import { clean } from './text.js';

/** Inline characters Markdown reads as markup (emphasis, code, links, HTML, entities, tables). */
const INLINE = /[\\`*_[\]<>&|~]/g;

/** Inline markup escaped (headings and table cells need no more). */
export function escapeInline(s: string): string {
  return clean(s).replace(INLINE, (c) => `\\${c}`);
}

/**
 * A line of corpus text as Markdown that renders as the text itself: inline
 * markup escaped, and a line that would open a block (heading, quote, list,
 * rule, code) escaped at its start.
 */
export function escapeMarkdown(line: string): string {
  let s = escapeInline(line);
  const block = /^(\s*)(#|>|[-+=]|\d{1,9}(?=[.)](?:\s|$)))/.exec(s);
  if (block) {
    const [, ws, mark] = block;
    s = /^\d/.test(mark!)
      ? `${ws}${mark}\\${s.slice(ws!.length + mark!.length)}`
      : `${ws}\\${s.slice(ws!.length)}`;
  }
  return s.replace(/^\s+/, '');
}

function heading(depth: number, number: string | undefined, title: string): string {
  const text = number ? `${number}. ${title}` : title;
  return `${'#'.repeat(Math.min(depth + 1, 6))} ${escapeInline(text).replace(/\s*#+\s*$/, (t) => t.replace(/#/g, '\\#'))}`;
}

function refs(item: RenderItem): string {
  return item.footnotes.map((n) => `[^${n}]`).join('');
}

/** The item's text on one or more lines, its number first, its footnote marks last; `indent` for continuation lines. */
function itemText(item: RenderItem, indent: string): string {
  const lines = item.lines.map(escapeMarkdown);
  if (lines.length === 0) lines.push('');
  if (item.marker) lines[0] = lines[0] === '' ? escapeMarkdown(item.marker) : `${escapeMarkdown(item.marker)} ${lines[0]}`;
  lines[lines.length - 1] += refs(item);
  // The body's line breaks are the text's (a signature block, a headnote): hard breaks.
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\\\n');
}

function list(items: RenderItem[], depth: number): string {
  const pad = '  '.repeat(depth);
  return items
    .map((c) => {
      const own = `${pad}- ${itemText(c, `${pad}  `)}`;
      return c.children.length ? `${own}\n${list(c.children, depth + 1)}` : own;
    })
    .join('\n');
}

/** The title block: title, facts, and the status (a draft says so first, in bold). */
function titleBlock(m: RenderModel): string {
  const h = m.head;
  const out = [`# ${escapeInline(h.title)}`, ''];
  if (h.draft) out.push(`**${escapeMarkdown(h.statusLabel)}** — ${escapeMarkdown(h.statusLine)}`, '');
  out.push(escapeMarkdown(factsLine(h)), '');
  if (!h.draft) out.push(escapeMarkdown(h.statusLine), '');
  if (h.agreed) out.push(escapeMarkdown(h.agreed), '');
  return out.join('\n').trimEnd();
}

/** The whole document as Markdown. */
export function renderMarkdown(m: RenderModel): string {
  const parts: string[] = [titleBlock(m)];
  for (const b of m.blocks) {
    if (b.kind === 'heading') parts.push(heading(b.depth, b.number, b.title));
    else {
      parts.push(itemText(b.item, ''));
      if (b.item.children.length) parts.push(list(b.item.children, 0));
    }
  }
  for (const f of m.footnotes) {
    const lines = f.lines.map(escapeMarkdown);
    parts.push(`[^${f.n}]: ${lines.join('\\\n    ')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
