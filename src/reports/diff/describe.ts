/**
 * Words the formatters share: what an entry is ("changed", "moved
 * (renumbered 4 → 3)"), what it pairs, and the report's title and summary.
 */
import { DIFF_KINDS, type DiffReport, type DiffSide, type ParagraphDiff } from './types.js';

/** `strategy-2021` or `strategy-2021 at HEAD~1`. */
export function sideName(s: DiffSide): string {
  return s.revision !== undefined ? `${s.document} at ${s.revision}` : s.document;
}

/** The one-line title of a redline. */
export function reportTitle(r: DiffReport): string {
  return r.mode === 'since'
    ? `${r.to.document}: changes since ${r.from.revision ?? '(unknown revision)'}`
    : `${r.to.document} against ${r.from.document}`;
}

/** `21 changed, 142 added, 48 removed, 1 moved, 4 unchanged`. */
export function summaryLine(r: DiffReport): string {
  return DIFF_KINDS.map((k) => `${r.summary[k]} ${k}`).join(', ');
}

/** The kind, with the renumbering when a moved pair's printed number changed. */
export function kindLabel(p: ParagraphDiff): string {
  if (p.kind === 'moved' && p.fromNumber !== undefined && p.toNumber !== undefined && p.fromNumber !== p.toNumber) return `moved (renumbered ${p.fromNumber} → ${p.toNumber})`;
  return p.kind;
}

/** How a pair was made, in words: `derived-from`, `similar 0.57, a guess`, `same id`. */
export function basisLabel(p: ParagraphDiff): string | undefined {
  if (p.basis === 'similar') return p.similarity !== undefined && p.similarity < 1 ? `similar ${p.similarity.toFixed(2)}, a guess` : 'same text, another id';
  if (p.basis === 'same-id') return 'same id';
  return p.basis;
}

/** `to ← from`, `to` or `from` (the id of each side it has). */
export function pairLabel(p: ParagraphDiff): string {
  if (p.to !== null && p.from !== null) return p.to === p.from ? p.to : `${p.to} ← ${p.from}`;
  return (p.to ?? p.from)!;
}

/** The heading path an entry sits under, as one line. */
export function sectionLine(p: ParagraphDiff): string {
  return (p.section ?? []).join(' › ');
}

/** The intro line of a report: what is compared with what. */
export function comparedLine(r: DiffReport): string {
  const t = (title: string | undefined) => (title ? ` (${title})` : '');
  return r.mode === 'since'
    ? `${r.to.document}${t(r.toTitle)} in the working tree against ${sideName(r.from)}`
    : `${r.to.document}${t(r.toTitle)} against ${r.from.document}${t(r.fromTitle)}, paragraphs paired along derived-from lineage, else by similar wording (a guess)`;
}

/**
 * The headings to print before a paragraph whose section is `next`, after one whose section was
 * `prev`: the levels of `next` below their common beginning, each with its depth (0: the top).
 */
export function newHeadings(prev: readonly string[], next: readonly string[]): Array<{ depth: number; title: string }> {
  let same = 0;
  while (same < prev.length && same < next.length && prev[same] === next[same]) same++;
  return next.slice(same).map((title, i) => ({ depth: same + i, title }));
}
