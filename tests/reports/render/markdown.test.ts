import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { factsLine } from '../../../src/reports/render/head.js';
import { escapeMarkdown, renderMarkdown } from '../../../src/reports/render/markdown.js';
import { buildRenderModel, itemsOf } from '../../../src/reports/render/model.js';
import { renderFixture } from './fixture.js';
import { realCorpus, SEED_DOCS } from './real.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

describe('renderMarkdown', () => {
  it('renders the working draft: status first, headings, numbers, nested lists, footnotes', () => {
    expect(renderMarkdown(buildRenderModel(renderFixture(), 'wd'))).toBe(`# A working draft \\& \\<its\\> “title”

**WORKING DRAFT — NOT ADOPTED** — Working draft: being written, not circulated and not adopted.

2026-11 · Mexico

THE MEMBER STATES,\\
second line of the same paragraph

## I. General measures

1\\. To act \\*now\\* on \\<script\\>alert(1)\\</script\\> \\& more.

### A. Legal framework

2\\. To join the following:

- a. The first convention;
- b. The protocols:
  - i. 1\\. its first protocol;
  - ii. \\# its second protocol.
- c. The last convention.

3\\. A paragraph with a footnote.[^1]

- A bullet.

### B. Empty heading

## Follow-up

Follow-up text.[^2]

## I. General measures

### A. Legal framework

4\\. Back in the legal framework.

[^1]: The footnote on paragraph 3.

[^2]: A footnote whose paragraph is gone.
`);
  });

  it('says how an adopted text was adopted, without a draft banner', () => {
    const md = renderMarkdown(buildRenderModel(renderFixture(), 'ad'));
    expect(md).toBe('# An adopted text\n\nAG/DOC. 1/26 · 2026-06-01 · General Assembly\n\nAdopted by the General Assembly through AG/RES. 1 (LVI-O/26) on 2026-06-01.\n\n1\\. The only paragraph.\n');
    expect(md).not.toMatch(/DRAFT/);
  });

  it('escapes what Markdown would read as markup, and nothing a reader sees changes', () => {
    expect(escapeMarkdown('- a dash')).toBe('\\- a dash');
    expect(escapeMarkdown('12) twelve')).toBe('12\\) twelve');
    expect(escapeMarkdown('2.1 Encourage')).toBe('2.1 Encourage');
    expect(escapeMarkdown('> quote | pipe ~ [link](x) `code` _u_')).toBe('\\> quote \\| pipe \\~ \\[link\\](x) \\`code\\` \\_u\\_');
    expect(escapeMarkdown('    indented')).toBe('indented');
    expect(escapeMarkdown('“typographic” quotes and\u00a0non-breaking spaces')).toBe('“typographic” quotes and\u00a0non-breaking spaces');
  });
});

describe('renderMarkdown, as a CommonMark reader sees it (the five real texts)', () => {
  /** Text of an mdast node: hard breaks as newlines. */
  function text(n: MdNode): string {
    if (n.type === 'break') return '\n';
    if (typeof n.value === 'string') return n.value;
    return (n.children ?? []).map(text).join('');
  }

  it.each(SEED_DOCS.map((s) => s.id))('%s: one heading per outline heading printed, one paragraph per item, lists under lead-ins, text as written', (id) => {
    const m = buildRenderModel(realCorpus(), id);
    const tree = fromMarkdown(renderMarkdown(m)) as MdNode;
    const headings: string[] = [];
    const paras: string[] = [];
    let lists = 0;
    const walk = (n: MdNode): void => {
      if (n.type === 'heading') return void headings.push(text(n));
      if (n.type === 'paragraph') return void paras.push(text(n));
      if (n.type === 'list') lists++;
      for (const c of n.children ?? []) walk(c);
    };
    walk(tree);
    const h = m.head;
    expect(headings).toEqual([h.title, ...m.blocks.flatMap((b) => (b.kind === 'heading' ? [b.number ? `${b.number}. ${b.title}` : b.title] : []))]);
    const items = [...itemsOf(m)].map((i) => `${i.marker ? `${i.marker} ` : ''}${i.lines.join('\n')}${i.footnotes.map((n) => `[^${n}]`).join('')}`);
    const notes = m.footnotes.map((f) => `[^${f.n}]: ${f.lines.join('\n')}`);
    const head = h.draft ? [`${h.statusLabel} — ${h.statusLine}`, factsLine(h)] : [factsLine(h), h.statusLine];
    expect(paras).toEqual([...head, ...items, ...notes]);
    expect(lists).toBe([...itemsOf(m)].filter((i) => i.children.length > 0).length);
  });
});
