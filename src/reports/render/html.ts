/**
 * `plan render --format html`: one self-contained page (inline CSS, no script,
 * no network, no external assets), printable on A4 with the report's print
 * styles. Each paragraph, list item and footnote carries its corpus id as its
 * `id` attribute, verbatim (`id="mex-draft-2005/9"`: corpus ids are
 * `[a-z0-9-./]` and HTML5 allows any id without spaces), so
 * `render.html#mex-draft-2005/9` opens at that paragraph. Every corpus string
 * goes through the report's `esc`.
 */
import { anchor, esc } from '../html/escape.js';
import { styles } from '../html/styles.js';
import { factsLine } from './head.js';
import type { RenderItem, RenderModel } from './model.js';

const DOC_CSS = `main.doc{max-width:46rem;margin:0 auto;padding:1rem 1.5rem 2rem;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.5}
header.site.doc-head{padding:1.25rem 1.5rem}
header.doc-head h1{max-width:43rem;margin:.25rem auto .5rem;font-size:1.5rem;line-height:1.25}
header.doc-head p{max-width:43rem;margin:.2rem auto}
.status-banner{display:inline-block;font-weight:700;letter-spacing:.04em;padding:.2rem .6rem;border:2px solid currentColor;border-radius:3px}
.status-banner.draft{background:#fff3cd;color:#5c3b00;border-color:#8a5a00}
.status-banner.adopted{background:#e6f2ea;color:#0b5a2a}
main.doc h2,main.doc h3,main.doc h4,main.doc h5,main.doc h6{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.6rem 0 .6rem;line-height:1.3}
main.doc h2{font-size:1.25rem}main.doc h3{font-size:1.1rem}main.doc h4,main.doc h5,main.doc h6{font-size:1rem}
main.doc p.para{margin:0 0 .8rem}
main.doc .num{font-weight:700;margin-right:.35rem}
main.doc ul.items{list-style:none;margin:0 0 .8rem;padding-left:1.6rem}
main.doc ul.items>li{margin:0 0 .45rem}
main.doc ul.items>li.bullet::before{content:"\\2022";display:inline-block;width:1rem;margin-left:-1rem}
main.doc :target{background:#fff8d6;outline:2px solid #e0b000}
.fnref a{text-decoration:none;font-size:.75em;padding:0 .1em}
.prio{display:inline-block;font-family:system-ui,sans-serif;font-size:.72rem;color:#5c3b00;border:1px solid #b08a3a;border-radius:3px;padding:0 .3rem;margin-left:.35rem;vertical-align:.1em;white-space:nowrap;text-decoration:none}
section.footnotes{max-width:46rem;margin:0 auto;padding:0 1.5rem 1rem;font-size:.9rem;font-family:Georgia,"Times New Roman",serif}
section.footnotes ol{padding-left:1.5rem}
@media print{main.doc{max-width:none;padding:0;font-size:11pt}header.site.doc-head{padding:0 0 .5rem}.status-banner.draft{background:none}section.footnotes{padding:0;break-inside:avoid}.fnref a::after{content:""}}`;

/** Footnote numbers to the footnotes' corpus ids (their anchors), set per page. */
type NoteIds = ReadonlyArray<string>;

function marks(i: RenderItem, notes: NoteIds): string {
  return i.footnotes.map((n) => `<sup class="fnref"><a href="#${esc(notes[n - 1])}" id="fnref-${n}" aria-label="footnote ${n}">${n}</a></sup>`).join('');
}

function priority(i: RenderItem): string {
  return i.priority
    .map((p) => `<span class="prio" title="${esc(`Priority area of action: ${p.meeting}, ${p.date}`)}">priority · ${esc(p.date)}</span>`)
    .join('');
}

function reconcile(i: RenderItem): string {
  return (i.reconcile ?? [])
    .map((r) => `<span class="prio" title="${esc(`To be reconciled with ${r.with}${r.date ? ` (${r.date})` : ''}, as ${r.source} says`)}">to reconcile</span>`)
    .join('');
}

function inner(i: RenderItem, notes: NoteIds): string {
  const num = i.marker ? `<span class="num">${esc(i.marker)}</span>` : '';
  return `${num}${i.lines.map(esc).join('<br>\n')}${marks(i, notes)}${priority(i)}${reconcile(i)}`;
}

function list(items: RenderItem[], notes: NoteIds): string {
  const lis = items.map((c) => {
    const cls = c.marker ? '' : ' class="bullet"';
    const kids = c.children.length ? `\n${list(c.children, notes)}` : '';
    return `<li id="${esc(c.id)}"${cls}>${inner(c, notes)}${kids}</li>`;
  });
  return `<ul class="items">\n${lis.join('\n')}\n</ul>`;
}

function body(m: RenderModel): string {
  const notes = m.footnotes.map((f) => f.id);
  const out: string[] = [];
  // A heading printed again (the text went back to its section) gets `-2`, `-3`: ids stay unique.
  const seen = new Map<string, number>();
  for (const b of m.blocks) {
    if (b.kind === 'heading') {
      const level = Math.min(b.depth + 1, 6);
      const text = b.number ? `${b.number}. ${b.title}` : b.title;
      const id = anchor('h', b.path);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      out.push(`<h${level} id="${esc(n === 1 ? id : `${id}-${n}`)}">${esc(text)}</h${level}>`);
    } else {
      out.push(`<p class="para" id="${esc(b.item.id)}">${inner(b.item, notes)}</p>`);
      if (b.item.children.length) out.push(list(b.item.children, notes));
    }
  }
  return out.join('\n');
}

function footnotes(m: RenderModel): string {
  if (m.footnotes.length === 0) return '';
  const lis = m.footnotes.map((f) => `<li id="${esc(f.id)}">${f.lines.map(esc).join('<br>\n')} <a href="#fnref-${f.n}" aria-label="back to the text">↩</a></li>`);
  return `<section class="footnotes" aria-label="Footnotes">\n<hr>\n<ol>\n${lis.join('\n')}\n</ol>\n</section>\n`;
}

/** The whole document as one self-contained HTML page. */
export function renderHtml(m: RenderModel): string {
  const h = m.head;
  const cls = h.draft ? 'draft' : 'adopted';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan render">
<title>${esc(h.draft ? `${h.title} (${h.statusLabel.toLowerCase()})` : h.title)}</title>
<style>
${styles()}
${DOC_CSS}
</style>
</head>
<body>
<header class="site doc-head">
<p><span class="status-banner ${cls}">${esc(h.statusLabel)}</span></p>
<h1>${esc(h.title)}</h1>
<p class="meta">${esc(factsLine(h))}</p>
<p class="status-line">${esc(h.statusLine)}</p>${h.agreed ? `\n<p class="agreed">${esc(h.agreed)}</p>` : ''}
</header>
<main id="main" class="doc">
${body(m)}
</main>
${footnotes(m)}<footer class="site"><p>Rendered by <code>plan render ${esc(h.id)}</code> from the corpus: ${m.paragraphs} paragraphs. One file: no network, no external assets.</p></footer>
</body>
</html>
`;
}
