import type { Paragraph } from '../../model/model.js';
import type { LegacyRule as Rule } from '../types.js';
import { fromSmallRoman, labelOf, ordinalOf, type LabelStyle } from '../../util/labels.js';

type GroupStyle = 'arabic' | 'letter' | 'roman';

/** How src/util/labels.ts reads and writes a group's numbers (case is ignored: a group may mix a and B). */
const AS: Record<GroupStyle, LabelStyle> = { arabic: 'arabic', letter: 'lower', roman: 'roman-lower' };

/** The ordinal of a printed number segment: 7, b → 2, iv → 4; undefined when it is not one. */
export function ordinal(seg: string, style: GroupStyle): number | undefined {
  if (style === 'letter' && !/^[a-z]$/i.test(seg)) return undefined;
  return ordinalOf(seg.toLowerCase(), AS[style]);
}

/**
 * A group's style, stricter than `styleOf` of labels.ts (which renumbering uses): letters are
 * one letter each, so a group that mixes a, b with i, ii is left unchecked.
 */
function styleOf(segs: string[]): GroupStyle | undefined {
  if (segs.every((s) => /^\d+$/.test(s))) return 'arabic';
  // i, v, x alone are ambiguous between letters and numerals: a run with ii/iii/iv is roman.
  if (segs.every((s) => fromSmallRoman(s) !== undefined) && (segs.some((s) => s.length > 1) || segs.some((s) => /^i$/i.test(s)))) return 'roman';
  if (segs.every((s) => /^[a-z]$/i.test(s))) return 'letter';
  return undefined;
}

/**
 * Numbering gaps and repeats among sibling paragraphs of a document (printed
 * numbers only): 1, 2, 4 misses 3; a, b, d misses c; i, ii, iv misses iii.
 * Also two paragraphs at the same reading position.
 */
export const numbering: Rule = {
  id: 'numbering',
  description: 'Printed numbers run without gaps or repeats among sibling paragraphs of a document (1, 2, 3; a, b, c; i, ii, iii).',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    for (const [doc, paras] of ctx.corpus.paragraphsByDocument) {
      // A document none of whose paragraphs is reported on is skipped (plan lint <path>, --cache).
      if (!paras.some((p) => ctx.wanted(p.file))) continue;
      const groups = new Map<string, Paragraph[]>();
      for (const p of paras) {
        if (!p.fm.printed) continue;
        const segs = p.fm.number.split('.');
        const parent = segs.slice(0, -1).join('.');
        const g = groups.get(parent);
        if (g) g.push(p);
        else groups.set(parent, [p]);
      }
      for (const [parent, sibs] of groups) {
        const last = sibs.map((p) => p.fm.number.split('.').pop()!);
        const style = styleOf(last);
        if (!style) continue;
        const ords = last.map((s) => ordinal(s, style)!);
        const seen = new Map<number, Paragraph>();
        sibs.forEach((p, i) => {
          const o = ords[i]!;
          const first = seen.get(o);
          if (first) ctx.report(p.file, { path: ['number'] }, `Number ${p.fm.number} repeats ${first.fm.number} in ${doc}.`);
          else seen.set(o, p);
        });
        const sorted = [...seen.keys()].sort((a, b) => a - b);
        const start = style === 'arabic' && parent === '' ? sorted[0]! : 1;
        for (let k = 1; k < sorted.length; k++) {
          for (let missing = sorted[k - 1]! + 1; missing < sorted[k]!; missing++) {
            const after = seen.get(sorted[k]!)!;
            const label = labelOf(missing, AS[style]);
            // A file that exists but failed to parse is reported by its own rule, not as a gap.
            if (ctx.corpus.idsOfInvalid.get('paragraph')?.has(`${doc}/${parent ? parent + '.' : ''}${label}`)) continue;
            ctx.report(after.file, { path: ['number'] }, `Numbering gap in ${doc}: ${parent ? parent + '.' : ''}${label} is missing before ${after.fm.number}.`);
          }
        }
        if (sorted[0]! > start) {
          const p = seen.get(sorted[0]!)!;
          ctx.report(p.file, { path: ['number'] }, `Numbering in ${doc}${parent ? ` under ${parent}` : ''} starts at ${p.fm.number}, not ${start}.`);
        }
      }
      const pos = new Map<number, Paragraph>();
      for (const p of paras) {
        if (p.fm.position === undefined) continue;
        const first = pos.get(p.fm.position);
        if (first) ctx.report(p.file, { path: ['position'] }, `Position ${p.fm.position} is also that of ${first.id}.`);
        else pos.set(p.fm.position, p);
      }
    }
  },
};
