import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../../src/reports/render/model.js';
import { renderText } from '../../../src/reports/render/text.js';
import { renderFixture } from './fixture.js';

describe('renderText', () => {
  it('looks like the source texts: numbers, headings, blank lines, items under their lead-in, footnotes at the end', () => {
    expect(renderText(buildRenderModel(renderFixture(), 'wd'))).toBe(`A working draft & <its> “title”

*** WORKING DRAFT — NOT ADOPTED ***

2026-11 · Mexico

THE MEMBER STATES,
second line of the same paragraph

I. General measures

1. To act *now* on <script>alert(1)</script> & more.

A. Legal framework

2. To join the following:

   a. The first convention;

   b. The protocols:

      i. 1. its first protocol;

      ii. # its second protocol.

   c. The last convention.

3. A paragraph with a footnote.[1]

   · A bullet.

B. Empty heading

Follow-up

Follow-up text.[2]

I. General measures

A. Legal framework

4. Back in the legal framework.

__________

[1] The footnote on paragraph 3.

[2] A footnote whose paragraph is gone.
`);
  });

  it('an adopted text: its adoption under the facts, no draft banner', () => {
    expect(renderText(buildRenderModel(renderFixture(), 'ad'))).toBe('An adopted text\n\nAG/DOC. 1/26 · 2026-06-01 · General Assembly\n\nAdopted by the General Assembly through AG/RES. 1 (LVI-O/26) on 2026-06-01.\n\n1. The only paragraph.\n');
  });

  it('strips terminal escapes and control characters from corpus text', () => {
    const c = renderFixture();
    const p = c.paragraphs.get('ad/1')!;
    p.file.body = 'Red \u001b[31malert\u001b[0m\u0000 text\n';
    expect(renderText(buildRenderModel(c, 'ad'))).toMatch(/\n1\. Red alert text\n$/);
  });
});
