/**
 * `plan diff --format html`: one self-contained page (no script, no external
 * asset), printable, with `<del>` and `<ins>` for the changes. Every string
 * from the corpus is escaped; each entry is anchored by its paragraph id.
 */
import { anchor, esc } from '../html/escape.js';
import { basisLabel, comparedLine, kindLabel, newHeadings, reportTitle } from './describe.js';
import { DIFF_KINDS, type Change, type DiffReport, type ParagraphDiff } from './types.js';

const STYLE = `
body{font:16px/1.5 Georgia,"Times New Roman",serif;max-width:50em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.5em}h2,h3,h4,h5,h6{font-size:1.1em;margin:1.6em 0 .4em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.2em .6em;text-align:right}
.meta{font:13px/1.4 system-ui,sans-serif;color:#555;margin:1.2em 0 .2em}
.kind{font-weight:600;text-transform:uppercase;font-size:11px;padding:0 .4em;border-radius:3px;background:#eee}
.changed .kind{background:#fff3c4}.added .kind{background:#d7f5dd}.removed .kind{background:#fbd9d9}.moved .kind{background:#d9ecfb}
del{color:#a40000;background:#fde7e7;text-decoration:line-through}
ins{color:#075e1d;background:#e3f7e6;text-decoration:underline}
p{margin:.2em 0 .8em}
@media print{body{max-width:none;margin:0}del,ins{background:none}.entry{break-inside:avoid}}
`;

/** The changes as HTML: `<del>` and `<ins>` around the escaped runs. */
export function htmlChanges(changes: readonly Change[]): string {
  return changes.map((c) => (c.op === 'equal' ? esc(c.text) : c.op === 'delete' ? `<del>${esc(c.text)}</del>` : `<ins>${esc(c.text)}</ins>`)).join('');
}

function entry(p: ParagraphDiff): string {
  const id = anchor(p.to !== null ? 'to' : 'from', (p.to ?? p.from)!);
  const ids = p.from !== null && p.to !== null && p.from !== p.to
    ? `<code>${esc(p.to)}</code> ← <code>${esc(p.from)}</code>`
    : `<code>${esc(p.to ?? p.from)}</code>`;
  const basis = basisLabel(p);
  return `<section class="entry ${p.kind}" id="${id}"><div class="meta"><span class="kind">${esc(kindLabel(p))}</span> ${ids}${basis ? ` (${esc(basis)})` : ''}</div><p>${htmlChanges(p.changes)}</p></section>`;
}

/** Formats a redline as a self-contained HTML page. */
export function diffHtml(r: DiffReport): string {
  const title = reportTitle(r);
  const out: string[] = [
    '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(title)}</h1>`, `<p>${esc(comparedLine(r))}.</p>`,
    `<table><tr>${DIFF_KINDS.map((k) => `<th>${k}</th>`).join('')}</tr><tr>${DIFF_KINDS.map((k) => `<td>${r.summary[k]}</td>`).join('')}</tr></table>`,
  ];
  let section: string[] = [];
  for (const p of r.paragraphs) {
    const s = p.section ?? [];
    if (s.length) {
      for (const h of newHeadings(section, s)) out.push(`<h${Math.min(6, h.depth + 2)}>${esc(h.title)}</h${Math.min(6, h.depth + 2)}>`);
      section = s;
    }
    out.push(entry(p));
  }
  out.push('</body></html>', '');
  return out.join('\n');
}
