/**
 * `plan diff --format text`: the redline for a terminal. With colour,
 * deletions in red and struck through, insertions in green and underlined;
 * without, as `git diff --word-diff=plain` prints them: `[-deleted-]` and
 * `{+inserted+}`. At two revisions of one document the unchanged paragraphs
 * are counted but not shown; along lineage each is listed on one line (what
 * a later text kept as it was is news there).
 */
import { Chalk } from 'chalk';
import { basisLabel, comparedLine, kindLabel, pairLabel, reportTitle, sectionLine, summaryLine } from './describe.js';
import type { Change, DiffFormatOptions, DiffReport, ParagraphDiff } from './types.js';

type Paint = InstanceType<typeof Chalk>;

/** The changes as one line of text, marked up. */
export function markWords(changes: readonly Change[], c: Paint, color: boolean): string {
  return changes.map((ch) => {
    if (ch.op === 'equal') return ch.text;
    if (color) return ch.op === 'delete' ? c.red.strikethrough(ch.text) : c.green.underline(ch.text);
    return ch.op === 'delete' ? `[-${ch.text}-]` : `{+${ch.text}+}`;
  }).join('');
}

function header(p: ParagraphDiff, c: Paint): string {
  const paint = { changed: c.yellow, added: c.green, removed: c.red, moved: c.cyan, unchanged: c.dim }[p.kind];
  const basis = basisLabel(p);
  return `${paint.bold(kindLabel(p))} ${c.bold(pairLabel(p))}${basis ? c.dim(` (${basis})`) : ''}`;
}

/** Formats a redline for a terminal or a text file. */
export function diffText(r: DiffReport, o: DiffFormatOptions = {}): string {
  const color = Boolean(o.color);
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [c.bold(reportTitle(r)), comparedLine(r), `summary: ${summaryLine(r)}`, ''];
  let section = '';
  let hidden = 0;
  for (const p of r.paragraphs) {
    if (p.kind === 'unchanged' && r.mode === 'since') {
      hidden++;
      continue;
    }
    const s = sectionLine(p);
    if (s && s !== section) lines.push(c.blue(`§ ${s}`), '');
    section = s || section;
    lines.push(header(p, c));
    if (p.kind !== 'unchanged') lines.push(markWords(p.changes, c, color), '');
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  if (hidden) lines.push(c.dim(`${hidden} unchanged paragraph${hidden === 1 ? '' : 's'} not shown.`));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
