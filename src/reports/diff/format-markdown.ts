/**
 * `plan diff --format markdown`: the redline as a Markdown document with
 * CriticMarkup (`{--deleted--}`, `{++inserted++}`), which editors and
 * reviewers' tools (and pandoc with a filter) show as tracked changes. Every
 * paragraph is there, in the later text's order, under its headings; each
 * with a line saying what it is and what it was paired with.
 */
import { basisLabel, comparedLine, kindLabel, newHeadings, reportTitle } from './describe.js';
import { DIFF_KINDS, type Change, type DiffReport, type ParagraphDiff } from './types.js';

/**
 * Corpus text for a Markdown line: the characters Markdown would read as
 * markup (emphasis, code, links, raw HTML, headings, tables) backslash-escaped,
 * so the text renders as written and no HTML in it ever runs.
 */
function inline(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}

/** The changes in CriticMarkup, the text escaped. */
export function criticMarkup(changes: readonly Change[]): string {
  return changes.map((c) => (c.op === 'equal' ? inline(c.text) : c.op === 'delete' ? `{--${inline(c.text)}--}` : `{++${inline(c.text)}++}`)).join('');
}

function meta(p: ParagraphDiff): string {
  const ids = p.from !== null && p.to !== null && p.from !== p.to ? `\`${p.to}\` ← \`${p.from}\`` : `\`${(p.to ?? p.from)!}\``;
  const basis = basisLabel(p);
  return `*${inline(kindLabel(p))}* · ${ids}${basis ? ` (${inline(basis)})` : ''}`;
}

/** Headings for the levels of `next` that differ from `prev`. */
function headings(prev: string[], next: string[]): string[] {
  return newHeadings(prev, next).map((h) => `${'#'.repeat(Math.min(6, h.depth + 2))} ${inline(h.title)}\n`);
}

/** Formats a redline as Markdown with CriticMarkup. */
export function diffMarkdown(r: DiffReport): string {
  const out: string[] = [`# ${inline(reportTitle(r))}\n`, `${inline(comparedLine(r))}. Deletions are marked \`{--…--}\` and insertions \`{++…++}\` (CriticMarkup).\n`];
  out.push(`| ${DIFF_KINDS.join(' | ')} |`, `|${DIFF_KINDS.map(() => '---:').join('|')}|`, `| ${DIFF_KINDS.map((k) => r.summary[k]).join(' | ')} |\n`);
  let section: string[] = [];
  for (const p of r.paragraphs) {
    const s = p.section ?? [];
    if (s.length) {
      out.push(...headings(section, s));
      section = s;
    }
    out.push(`${meta(p)}\n`);
    const body = criticMarkup(p.changes);
    out.push(body ? `${body}\n` : '*(empty)*\n');
  }
  return out.join('\n');
}
