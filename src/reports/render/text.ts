/**
 * `plan render --format text`: plain text as the source texts look — the
 * title block, headings with their numbers, each paragraph with its number as
 * printed, a blank line between paragraphs; list items and bullets under their
 * lead-in (indented by level, `·` where no letter is printed); footnote marks
 * `[1]` and the footnotes after a rule at the end. Lines are not wrapped.
 */
import type { RenderItem, RenderModel } from './model.js';
import { factsLine } from './head.js';

/** Control characters and ANSI escapes never reach a terminal (tab and line breaks aside). */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function item(i: RenderItem, depth: number): string[] {
  const pad = '   '.repeat(depth);
  const marker = i.marker ?? (depth > 0 ? '·' : undefined);
  const lines = i.lines.map(clean);
  if (lines.length === 0) lines.push('');
  if (marker) lines[0] = lines[0] === '' ? marker : `${marker} ${lines[0]}`;
  lines[lines.length - 1] += i.footnotes.map((n) => `[${n}]`).join('');
  const own = lines.map((l) => pad + l).join('\n');
  return [own, ...i.children.flatMap((c) => item(c, depth + 1))];
}

/** The whole document as plain text. */
export function renderText(m: RenderModel): string {
  const h = m.head;
  const out: string[] = [clean(h.title)];
  if (h.draft) out.push(`*** ${h.statusLabel} ***`);
  out.push(clean(factsLine(h)));
  if (!h.draft) out.push(clean(h.statusLine));
  if (h.agreed) out.push(clean(h.agreed));
  for (const b of m.blocks) {
    if (b.kind === 'heading') out.push(clean(b.number ? `${b.number}. ${b.title}` : b.title));
    else out.push(...item(b.item, 0));
  }
  if (m.footnotes.length) {
    out.push('__________');
    for (const f of m.footnotes) out.push(`[${f.n}] ${f.lines.map(clean).join('\n')}`);
  }
  return `${out.join('\n\n')}\n`;
}
