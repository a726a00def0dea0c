import { labelOf, ordinalOf, styleOf, type LabelStyle } from '../util/labels.js';

/** One paragraph of a document, as renumbering sees it. */
export interface Numbered {
  id: string;
  number: string;
  /** Reading order (the documents' `position`); paragraphs without one keep their place by number. */
  position?: number;
}

/** What an edit of a document's numbering does: each paragraph's new number, the new reading order. */
export interface NumberingPlan {
  /** Old number → new number, for every paragraph whose number changes. */
  renumbered: Map<string, string>;
  /** The numbers in reading order after the edit (new numbers; an inserted paragraph included). */
  order: string[];
  /** The inserted paragraph's number (insert only). */
  inserted?: string;
}

/** Thrown when an edit cannot be done as asked (a user error: one line, exit 2). */
export class EditError extends Error {}

const parentOf = (n: string): string => (n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '');
const lastOf = (n: string): string => n.slice(n.lastIndexOf('.') + 1);
const depthOf = (parent: string): number => (parent === '' ? 0 : parent.split('.').length);
const within = (n: string, root: string): boolean => n === root || n.startsWith(`${root}.`);

/** The sibling labels under `parent` (one more segment), among `numbers`. */
function labelsUnder(numbers: Iterable<string>, parent: string): string[] {
  const out: string[] = [];
  for (const n of numbers) if (parentOf(n) === parent) out.push(lastOf(n));
  return out;
}

/** The style of the group `label` belongs to under `parent` (the label itself counted). */
function groupStyle(numbers: Iterable<string>, parent: string, label: string): LabelStyle {
  const labels = [...labelsUnder(numbers, parent), label];
  const style = styleOf(labels) ?? styleOf([label]);
  if (!style || ordinalOf(label, style) === undefined) {
    throw new EditError(`Cannot number \`${label}\` among ${parent ? `the paragraphs under ${parent}` : 'the top-level paragraphs'} (${labelsUnder(numbers, parent).join(', ') || 'none'}): they mix numbering styles or \`${label}\` is not a number, letter or Roman numeral.`);
  }
  return style;
}

/** Shifts by `delta` the labels at or after ordinal `from` under `parent` (descendants follow), in `num`. */
function shift(num: Map<string, string>, skip: (oldNumber: string) => boolean, parent: string, style: LabelStyle, from: number, delta: number): void {
  const d = depthOf(parent);
  for (const [old, cur] of num) {
    if (skip(old) || (parent !== '' && !cur.startsWith(`${parent}.`))) continue;
    const segs = cur.split('.');
    if (segs.length <= d) continue;
    const ord = ordinalOf(segs[d]!, style);
    if (ord === undefined || ord < from) continue;
    segs[d] = labelOf(ord + delta, style);
    num.set(old, segs.join('.'));
  }
}

/** Reading order of the paragraphs: by position where given, else as listed. */
function readingOrder(paras: readonly Numbered[]): string[] {
  return [...paras].map((p, i) => ({ p, i })).sort((a, b) => (a.p.position ?? Infinity) - (b.p.position ?? Infinity) || a.i - b.i).map((x) => x.p.number);
}

/**
 * Where in the reading order (old numbers, `block` left out) something numbered `at` goes:
 * before the paragraph that was numbered `at`, else after the block of the previous sibling,
 * else after the parent paragraph, else at the end.
 */
function slot(order: string[], numbers: ReadonlySet<string>, at: string, style: LabelStyle): number {
  const i = order.indexOf(at);
  if (i >= 0) return i;
  const parent = parentOf(at);
  const ord = ordinalOf(lastOf(at), style)!;
  let prev: string | undefined;
  let prevOrd = 0;
  for (const n of numbers) {
    if (parentOf(n) !== parent) continue;
    const o = ordinalOf(lastOf(n), style);
    if (o !== undefined && o < ord && o > prevOrd) [prev, prevOrd] = [n, o];
  }
  const anchor = prev ?? (parent && numbers.has(parent) ? parent : undefined);
  if (anchor === undefined) return order.length;
  let last = order.indexOf(anchor);
  for (let k = last + 1; k < order.length; k++) if (prev ? within(order[k]!, prev) : within(order[k]!, anchor)) last = k;
  return last + 1;
}

function finish(paras: readonly Numbered[], num: Map<string, string>, order: string[], inserted?: string): NumberingPlan {
  const renumbered = new Map<string, string>();
  for (const p of paras) if (num.get(p.number) !== p.number) renumbered.set(p.number, num.get(p.number)!);
  const seen = new Set<string>();
  for (const n of num.values()) {
    if (seen.has(n)) throw new EditError(`The edit would give two paragraphs the number ${n}; nothing was changed.`);
    seen.add(n);
  }
  if (inserted !== undefined && seen.has(inserted)) throw new EditError(`The edit would give two paragraphs the number ${inserted}; nothing was changed.`);
  return { renumbered, order: order.map((n) => (n === '\u0000new' ? inserted! : num.get(n)!)), ...(inserted !== undefined ? { inserted } : {}) };
}

/** `plan insert --at <number>`: a new paragraph numbered `at`; the later siblings (and their sub-items) move up by one. */
export function planInsert(paras: readonly Numbered[], at: string): NumberingPlan {
  const numbers = new Set(paras.map((p) => p.number));
  const parent = parentOf(at);
  const style = groupStyle(numbers, parent, lastOf(at));
  const num = new Map(paras.map((p) => [p.number, p.number]));
  const order = readingOrder(paras);
  const where = slot(order, numbers, at, style);
  shift(num, () => false, parent, style, ordinalOf(lastOf(at), style)!, 1);
  order.splice(where, 0, '\u0000new');
  return finish(paras, num, order, at);
}

/** `plan move <id> --to <number>`: the paragraph (with its sub-items) ends up numbered `to`; the gap it leaves closes. */
export function planMove(paras: readonly Numbered[], from: string, to: string): NumberingPlan {
  const numbers = new Set(paras.map((p) => p.number));
  if (!numbers.has(from)) throw new EditError(`No paragraph numbered ${from} in this document.`);
  if (within(parentOf(to), from)) throw new EditError(`Cannot move ${from} under itself (${to}).`);
  const num = new Map(paras.map((p) => [p.number, p.number]));
  const inBlock = (n: string) => within(n, from);
  // Close the gap the block leaves.
  const oldParent = parentOf(from);
  const oldStyle = groupStyle(numbers, oldParent, lastOf(from));
  shift(num, inBlock, oldParent, oldStyle, ordinalOf(lastOf(from), oldStyle)! + 1, -1);
  // Open the place it goes to, among the others as now numbered.
  const rest = new Set([...num].filter(([o]) => !inBlock(o)).map(([, n]) => n));
  const newParent = parentOf(to);
  const style = groupStyle(rest, newParent, lastOf(to));
  const before = new Map(num);
  shift(num, inBlock, newParent, style, ordinalOf(lastOf(to), style)!, 1);
  for (const [o] of num) if (inBlock(o)) num.set(o, to + o.slice(from.length));
  // Reading order: the block leaves its place and goes where `to` is now (numbers as after the gap closed).
  const order = readingOrder(paras);
  const block = order.filter(inBlock);
  const others = order.filter((n) => !inBlock(n));
  const current = others.map((o) => before.get(o)!);
  const where = slot(current, new Set(current), to, style);
  others.splice(where, 0, ...block);
  return finish(paras, num, others);
}

/**
 * `plan renumber <document>`: every group of siblings numbered 1, 2, 3 (a, b, c; i, ii, iii)
 * in reading order, closing gaps and repeats; sub-items follow. A group whose labels mix
 * styles is left as it is and named in `skipped`.
 */
export function planRenumber(paras: readonly Numbered[]): NumberingPlan & { skipped: string[] } {
  const order = readingOrder(paras);
  const num = new Map(paras.map((p) => [p.number, p.number]));
  const skipped: string[] = [];
  // Parents first (shallow groups before deep ones), so a group's new numbers carry down.
  const parents = [...new Set(order.map(parentOf))].sort((a, b) => depthOf(a) - depthOf(b));
  for (const parent of parents) {
    const members = order.filter((n) => parentOf(n) === parent);
    const style = styleOf(members.map(lastOf));
    if (!style) {
      skipped.push(parent || '(top level)');
      continue;
    }
    const d = depthOf(parent);
    members.forEach((m, i) => {
      const label = labelOf(i + 1, style);
      for (const [old] of num) {
        if (!within(old, m)) continue;
        const segs = num.get(old)!.split('.');
        segs[d] = label;
        num.set(old, segs.join('.'));
      }
    });
  }
  return { ...finish(paras, num, order), skipped };
}
