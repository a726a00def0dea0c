/**
 * Word-level changes between two paragraph texts, computed by the `diff`
 * package over words, punctuation and spaces (`diffWordsWithSpace`), then
 * cleaned up for reading: a short run of kept words between two changes
 * ("the", ", ", "of") is folded into them, as diff-match-patch's semantic
 * cleanup does, so a rewritten sentence reads as one deletion and one
 * insertion rather than confetti. The changes always rebuild both texts:
 * equal + delete runs give the earlier one, equal + insert runs the later one.
 */
import { diffWordsWithSpace } from 'diff';
import type { Change } from './types.js';

/** Beyond this many edits a pair is shown as replaced whole (the diff would be unreadable anyway). */
const MAX_EDIT_LENGTH = 4000;

interface Group {
  del: string;
  ins: string;
}

type Segment = { eq: string } | Group;

const isEq = (s: Segment): s is { eq: string } => 'eq' in s;

function segments(a: string, b: string): Segment[] {
  const parts = diffWordsWithSpace(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return [{ del: a, ins: b }];
  const out: Segment[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (!p.added && !p.removed) {
      if (last && isEq(last)) last.eq += p.value;
      else out.push({ eq: p.value });
    } else if (last && !isEq(last)) {
      if (p.added) last.ins += p.value;
      else last.del += p.value;
    } else {
      out.push(p.added ? { del: '', ins: p.value } : { del: p.value, ins: '' });
    }
  }
  return out;
}

/** Folds short kept runs between two changes into them (in place), until none is left. */
function cleanup(segs: Segment[]): Segment[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i + 1 < segs.length; i++) {
      const left = segs[i - 1]!;
      const mid = segs[i]!;
      const right = segs[i + 1]!;
      if (!isEq(mid) || isEq(left) || isEq(right)) continue;
      const n = [...mid.eq].length;
      const len = (s: string) => [...s].length;
      if (n <= Math.max(len(left.del), len(left.ins)) && n <= Math.max(len(right.del), len(right.ins))) {
        segs.splice(i - 1, 3, { del: left.del + mid.eq + right.del, ins: left.ins + mid.eq + right.ins });
        changed = true;
        i--;
      }
    }
  }
  return segs;
}

/** The word-level changes that turn `a` (earlier) into `b` (later). */
export function wordDiff(a: string, b: string): Change[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const out: Change[] = [];
  for (const s of cleanup(segments(a, b))) {
    if (isEq(s)) {
      if (s.eq) out.push({ op: 'equal', text: s.eq });
    } else {
      if (s.del) out.push({ op: 'delete', text: s.del });
      if (s.ins) out.push({ op: 'insert', text: s.ins });
    }
  }
  return out;
}

/** The earlier text (equal + delete runs) or the later one (equal + insert runs). */
export function side(changes: readonly Change[], which: 'from' | 'to'): string {
  const skip = which === 'from' ? 'insert' : 'delete';
  return changes.filter((c) => c.op !== skip).map((c) => c.text).join('');
}
