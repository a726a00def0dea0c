import type { Paragraph } from '../../model/model.js';
import { defineRule } from '../define.js';
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

/** Gaps and repeats in the printed numbers of a document's sibling paragraphs, and shared positions. */
export const numbering = defineRule({
  meta: {
    id: 'numbering',
    description: 'Printed numbers run without gaps or repeats among sibling paragraphs of a document (1, 2, 3; a, b, c; i, ii, iii).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'The printed numbers of sibling paragraphs (those under the same parent number) run without gaps or repeats: 1, 2, 4 misses 3; a, b, d misses c; i, ii, iv misses iii. Subparagraphs start at 1, a or i; the top level of a document may start at any number. Numbers that are not printed (`printed: false`) are not checked, nor a group that mixes styles, and a gap where a paragraph file exists but cannot be read is left to the rule that reports that file. Two paragraphs of a document at the same reading `position` are reported too.',
    examples: [
      {
        title: 'Paragraph 2 numbered 3: a gap',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['number: "2"', 'number: "3"']] }],
        reports: ['Numbering gap in adopted: 2 is missing before 3.'],
      },
      {
        title: 'Subparagraphs lettered from b',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['number: "2"', 'number: "1.b"']] }],
        reports: ['Numbering in adopted under 1 starts at 1.b, not 1.'],
      },
      {
        title: 'Two paragraphs at the same reading position',
        changes: [
          { file: 'paragraphs/adopted/1.md', replace: [['printed: true', 'printed: true\nposition: 1']] },
          { file: 'paragraphs/adopted/2.md', replace: [['printed: true', 'printed: true\nposition: 1']] },
        ],
        reports: ['Position 1 is also that of adopted/1.'],
      },
      {
        title: 'A number not printed in the text is not checked',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['number: "2"', 'number: "4"'], ['printed: true', 'printed: false']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    // Called when the document's file or any of its paragraphs is reported on; findings on the
    // paragraphs that are not are dropped by the engine.
    document({ id: doc, paragraphs: paras }) {
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
    },
  }),
});
