import { describe, expect, it } from 'vitest';
import { showText } from '../../../src/formatters/show/text.js';
import { DOCUMENT, INVALID_COMMITMENT, PARAGRAPH } from './fixtures.js';

describe('showText', () => {
  const out = showText(PARAGRAPH, { color: false });
  const lines = out.split('\n');

  it('a header (kind and id, title, file), then front matter, text, links out and in', () => {
    expect(lines.slice(0, 3)).toEqual([
      'paragraph mex-draft-2005/24',
      'Paragraph 24 of Draft Hemispheric Plan of Action against Transnational Organized Crime',
      'file: paragraphs/mex-draft-2005/24.md',
    ]);
    expect(lines[3]).toBe('also a body: mex-draft-2005/24 (bodies/x.md)');
    const order = ['Front matter', 'Text', 'Links out (4)', 'Links in (8)'].map((h) => lines.indexOf(h));
    expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]!))).toBe(true);
    expect(lines).toContain('  id: mex-draft-2005/24');
    expect(lines).toContain('  force: shall');
  });

  it('keeps every line within 100 columns, Unicode untouched and control characters escaped', () => {
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(100);
    expect(out).toContain('State’s\u00a0duty.');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\u{1b}[31mred');
  });

  it('links: rel, kind, id, detail; unresolved targets marked', () => {
    expect(out).toContain('  cites       instrument untoc  art. 16; “Article 16 of the United Nations Convention against');
    expect(out).toContain('  refers-to   mex-draft-2005/9  “paragraph 9 of this Plan of Action”');
    expect(out).toContain('  implements  cp-res-908-2006 (not in the corpus)  the adopted Plan | not in the corpus');
  });

  it('lists many bare paragraph links compactly, by document', () => {
    expect(out).toContain('  addressee  strategy-2021 (8):\n');
    expect(out).toContain('1.a, 1.b, 1.c, 1.d, 1.e, 1.f, 1.g, 1.h');
  });

  it('a document: paragraph counts and the outline', () => {
    const d = showText(DOCUMENT, { color: false });
    expect(d).toContain('Paragraphs: 3 (2 action, 1 institutional)');
    expect(d).toContain('\nOutline\n  1. Legal instruments (1)\n    Sub (0)\n');
    expect(d).toContain('Links out (0)\n  none');
  });

  it('an invalid file: current record and a note to run plan lint', () => {
    const c = showText(INVALID_COMMITMENT, { color: false });
    expect(c).toContain('current: done as of 2014-01-27');
    expect(c).toContain('note: this file does not pass its schema, so its links out are not shown; run plan lint commitments/MEX/untoc.md');
  });

  it('colour only when asked', () => {
    expect(showText(PARAGRAPH, { color: true })).toContain('\x1b[1mparagraph mex-draft-2005/24\x1b[22m');
  });
});
