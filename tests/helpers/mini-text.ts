import { MINI } from './fixture.js';

/**
 * A MINI file's text, with replacements applied in order: `[old, new]` pairs, each of which must
 * find its old text (a case whose edit misses would test the unchanged file and pass for nothing).
 */
export function mini(rel: string, ...edits: Array<[string | RegExp, string]>): string {
  const v = MINI[rel];
  if (typeof v !== 'string') throw new Error(`no text fixture ${rel}`);
  return edit(v, ...edits);
}

/** `text` with each `[old, new]` replaced (the first occurrence; every one for a /g RegExp); throws when one is absent. */
export function edit(text: string, ...edits: Array<[string | RegExp, string]>): string {
  let out = text;
  for (const [from, to] of edits) {
    const found = typeof from === 'string' ? out.includes(from) : new RegExp(from.source, from.flags.replace('g', '')).test(out);
    if (!found) throw new Error(`edit: ${String(from)} is not in the text`);
    out = out.replace(from, to);
  }
  return out;
}

/** A corpus file's text with its body (what follows the closing `---` line) replaced. */
export function withBody(text: string, body: string): string {
  const m = /^(---\r?\n[\s\S]*?\r?\n---\r?\n)/.exec(text);
  if (!m) throw new Error('withBody: the text has no front matter');
  return m[1] + body + (body.endsWith('\n') ? '' : '\n');
}

/** The mini corpus's paragraphs the rule tests change most: the circulated draft's and the adopted text's. */
export const D1 = 'paragraphs/draft/1.md';
export const A1 = 'paragraphs/adopted/1.md';
export const A2 = 'paragraphs/adopted/2.md';

/** A MINI file with its body replaced by `body` (after the edits, checked as mini() checks them). */
export function miniBody(rel: string, body: string, ...edits: Array<[string | RegExp, string]>): string {
  return withBody(mini(rel, ...edits), body);
}
