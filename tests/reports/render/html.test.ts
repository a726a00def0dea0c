import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/reports/render/html.js';
import { buildRenderModel, itemsOf } from '../../../src/reports/render/model.js';
import { headingLevels, tagProblems } from '../../report/html-check.js';
import { renderFixture } from './fixture.js';
import { realCorpus } from './real.js';

describe('renderHtml', () => {
  const model = () => buildRenderModel(renderFixture(), 'wd');

  it('is one self-contained, well-formed page: no script, no external asset, no network', () => {
    const html = renderHtml(model());
    expect(tagProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import|https?:\/\//i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('@media print');
  });

  it('anchors every paragraph, list item and footnote by its corpus id, verbatim', () => {
    const m = model();
    const html = renderHtml(m);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((x) => x[1]);
    for (const i of itemsOf(m)) expect(ids).toContain(i.id);
    for (const f of m.footnotes) expect(ids).toContain(f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('<p class="para" id="wd/3"><span class="num">3.</span>A paragraph with a footnote.<sup class="fnref"><a href="#wd/fn.1" id="fnref-1" aria-label="footnote 1">1</a></sup><span class="prio" title="Priority area of action: First meeting, 2026-12-01">priority · 2026-12-01</span></p>');
    expect(html).toContain('<li id="wd/fn.1">The footnote on paragraph 3. <a href="#fnref-1" aria-label="back to the text">↩</a></li>');
  });

  it('escapes corpus text, shows hidden characters, keeps typographic ones', () => {
    const html = renderHtml(model());
    expect(html).toContain('To act *now* on &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\\u{7}.');
    expect(html).toContain('<h1>A working draft &amp; &lt;its&gt; “title”</h1>');
    expect(html).toContain('THE MEMBER STATES,<br>\nsecond line of the same paragraph');
  });

  it('says a draft is a draft at the top, and nests lists under their lead-in', () => {
    const html = renderHtml(model());
    expect(html).toContain('<span class="status-banner draft">WORKING DRAFT — NOT ADOPTED</span>');
    expect(html).toContain('<title>A working draft &amp; &lt;its&gt; “title” (working draft — not adopted)</title>');
    expect(html).toMatch(/<li id="wd\/2\.b"><span class="num">b\.<\/span>The protocols:\n<ul class="items">\n<li id="wd\/2\.b\.i"><span class="num">i\.<\/span>1\. its first protocol;<\/li>/);
    expect(html).toContain('<li id="wd/3.a" class="bullet">A bullet.</li>');
    expect(headingLevels(html)).toEqual([1, 2, 3, 3, 2, 2, 3]);
  });

  it('an adopted text of the real corpus carries its adoption, never a draft banner', () => {
    const html = renderHtml(buildRenderModel(realCorpus(), 'strategy-2021'));
    expect(html).toContain('<span class="status-banner adopted">ADOPTED</span>');
    expect(html).not.toMatch(/DRAFT/);
    expect(html).toContain('id="strategy-2021/2.a.iii"');
  });
});
