import { describe, expect, it } from 'vitest';
import { buildRenderModel, itemsOf, printedLabel, type RenderModel } from '../../../src/reports/render/model.js';
import { usage } from '../../helpers/usage.js';
import { renderFixture } from './fixture.js';
import { realCorpus } from './real.js';

/** The blocks as short lines: `# I. General measures`, `wd/2 [2.] > wd/2.a [a.]`. */
function shape(m: RenderModel): string[] {
  const out: string[] = [];
  const walk = (i: RenderModel['blocks'][number] & { kind: 'item' }['item'], depth: number): void => {
    out.push(`${'  '.repeat(depth)}${i.id}${i.marker ? ` [${i.marker}]` : ''}${i.footnotes.length ? ` fn${i.footnotes.join(',')}` : ''}`);
    for (const c of i.children) walk(c, depth + 1);
  };
  for (const b of m.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.depth)} ${b.number ? `${b.number}. ` : ''}${b.title}`);
    else walk(b.item, 0);
  }
  return out;
}

describe('buildRenderModel', () => {
  it('puts headings where the text reaches them, lists under their lead-ins, footnotes at what they annotate', () => {
    const m = buildRenderModel(renderFixture(), 'wd');
    expect(shape(m)).toEqual([
      'wd/pp.1',
      '# I. General measures',
      'wd/1 [1.]',
      '## A. Legal framework',
      'wd/2 [2.]',
      '  wd/2.a [a.]',
      '  wd/2.b [b.]',
      '    wd/2.b.i [i.]',
      '    wd/2.b.ii [ii.]',
      '  wd/2.c [c.]',
      'wd/3 [3.] fn1',
      '  wd/3.a',
      // The empty heading B stands in its outline place.
      '## B. Empty heading',
      '# Follow-up',
      'wd/follow-up.1 fn2',
      // The text goes back to an earlier section: its path is printed again.
      '# I. General measures',
      '## A. Legal framework',
      'wd/4 [4.]',
    ]);
    expect(m.footnotes).toEqual([
      { n: 1, id: 'wd/fn.1', lines: ['The footnote on paragraph 3.'], anchor: 'wd/3' },
      // Its target is not in the text: it hangs on the first paragraph of its own section.
      { n: 2, id: 'wd/fn.2', lines: ['A footnote whose paragraph is gone.'], anchor: 'wd/follow-up.1' },
    ]);
    expect(m.paragraphs).toBe(14);
    expect([...itemsOf(m)].map((i) => i.id)).toHaveLength(12);
  });

  it('keeps body lines verbatim, priorities, and the title block of a working draft', () => {
    const m = buildRenderModel(renderFixture(), 'wd');
    const items = new Map([...itemsOf(m)].map((i) => [i.id, i]));
    expect(items.get('wd/pp.1')!.lines).toEqual(['THE MEMBER STATES,', 'second line of the same paragraph']);
    expect(items.get('wd/1')!.lines).toEqual(['To act *now* on <script>alert(1)</script> & more\u0007.']);
    expect(items.get('wd/3')!.priority).toEqual([{ date: '2026-12-01', meeting: 'First meeting', source: 'wd/fn.1' }]);
    expect(m.head).toEqual({
      id: 'wd', title: 'A working draft & <its> “title”', date: '2026-11', author: 'Mexico', status: 'working-draft',
      statusLabel: 'WORKING DRAFT — NOT ADOPTED', statusLine: 'Working draft: being written, not circulated and not adopted.', draft: true,
    });
  });

  it('says how an adopted text was adopted', () => {
    const m = buildRenderModel(renderFixture(), 'ad');
    expect(m.head).toMatchObject({ symbol: 'AG/DOC. 1/26', statusLabel: 'ADOPTED', statusLine: 'Adopted by the General Assembly through AG/RES. 1 (LVI-O/26) on 2026-06-01.', draft: false });
  });

  it('refuses an unknown document with a suggestion (exit 2)', () => {
    const e = usage(() => buildRenderModel(renderFixture(), 'wdd'));
    expect(e.message).toBe('Unknown document `wdd`; did you mean `wd` or `ad`?');
  });

  it('prints numbers as the texts print them', () => {
    const c = realCorpus();
    const label = (id: string) => printedLabel(c.paragraphs.get(id)!)?.marker;
    expect(label('mex-draft-2005/9')).toBe('9.');
    expect(label('mex-draft-2005/42.a')).toBe('a.');
    expect(label('strategy-2021/2.a.iii')).toBe('iii.');
    expect(label('strategy-2021/3.c')).toBe('c.');
    expect(label('gtdot-workplan-2008/2.4')).toBe('2.4');
    expect(label('cedot-draft-2006/B.II.5.a')).toBeUndefined();
    expect(label('strategy-2021/follow-up.a')).toBeUndefined();
  });

  it('never calls a draft of the real corpus adopted', () => {
    const c = realCorpus();
    for (const id of ['mex-draft-2005', 'cedot-draft-2006', 'csh-recommendations-2005']) {
      const h = buildRenderModel(c, id).head;
      expect(h.draft).toBe(true);
      expect(h.statusLabel).toBe('CIRCULATED DRAFT — NOT ADOPTED');
      expect(h.statusLine).not.toMatch(/^Adopted/);
    }
    expect(buildRenderModel(c, 'strategy-2021').head.statusLine).toBe('Adopted by the General Assembly through AG/RES. 2970 (LI-O/21) on 2021-11-11.');
  });

  it('renders every paragraph of the real corpus once (454)', () => {
    const c = realCorpus();
    let n = 0;
    for (const id of c.documents.keys()) {
      const m = buildRenderModel(c, id);
      const ids = [...itemsOf(m)].map((i) => i.id).concat(m.footnotes.map((f) => f.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(c.paragraphsByDocument.get(id)!.map((p) => p.id).sort());
      n += ids.length;
    }
    expect(n).toBe(454);
  });
});

describe('buildRenderModel, edge cases', () => {
  it('prints the footnotes of a document that has nothing else as its text, never drops them', () => {
    const c = renderFixture();
    c.paragraphsByDocument.set('wd', c.paragraphsByDocument.get('wd')!.filter((p) => p.fm.type === 'footnote'));
    const m = buildRenderModel(c, 'wd');
    expect(m.footnotes).toEqual([]);
    expect([...itemsOf(m)].map((i) => i.id)).toEqual(['wd/fn.1', 'wd/fn.2']);
  });

  it('renders a document without paragraphs as its title block and outline', () => {
    const c = renderFixture();
    c.paragraphsByDocument.delete('wd');
    const m = buildRenderModel(c, 'wd');
    expect(m.blocks.map((b) => (b.kind === 'heading' ? b.title : b.item.id))).toEqual(['General measures', 'Legal framework', 'Empty heading', 'Follow-up']);
    expect(m.paragraphs).toBe(0);
  });
});
