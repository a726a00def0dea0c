import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/reports/render/docx.js';
import { buildRenderModel } from '../../../src/reports/render/model.js';
import { renderFixture } from './fixture.js';

async function parts(id: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await renderDocx(buildRenderModel(renderFixture(), id)));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** Each paragraph of document.xml: its style and its text. */
function paragraphs(xml: string): Array<{ style: string; text: string }> {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1] ?? m[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>|<w:footnoteReference w:id="(\d+)"\/>/g)]
        .map((t) => t[1] ?? (t[2] === 'tab' ? '\t' : t[2] === 'br' ? '\n' : `[^${t[3]}]`)).join(''),
    };
  });
}

describe('renderDocx', () => {
  it('is a Word document: headings in Word heading styles with outline levels, numbers as printed, lists by level', async () => {
    const x = await parts('wd');
    expect(x['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(x['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    const ps = paragraphs(x['word/document.xml']!).filter((p) => p.text !== '');
    expect(ps.map((p) => `${p.style} ${p.text}`)).toEqual([
      'PlanStatus WORKING DRAFT — NOT ADOPTED',
      'Title A working draft &amp; &lt;its&gt; “title”',
      'PlanFacts 2026-11 · Mexico',
      'PlanFacts Working draft: being written, not circulated and not adopted.',
      'PlanParagraph THE MEMBER STATES,\nsecond line of the same paragraph',
      'Heading1 I. General measures',
      'PlanParagraph 1.\tTo act *now* on &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.',
      'Heading2 A. Legal framework',
      'PlanParagraph 2.\tTo join the following:',
      'PlanListItem a.\tThe first convention;',
      'PlanListItem b.\tThe protocols:',
      'PlanListItem i.\t1. its first protocol;',
      'PlanListItem ii.\t# its second protocol.',
      'PlanListItem c.\tThe last convention.',
      'PlanParagraph 3.\tA paragraph with a footnote.[^1] [priority, 2026-12-01]',
      'PlanListItem •\tA bullet.',
      'Heading2 B. Empty heading',
      'Heading1 Follow-up',
      'PlanParagraph Follow-up text.[^2]',
      'Heading1 I. General measures',
      'Heading2 A. Legal framework',
      'PlanParagraph 4.\tBack in the legal framework.',
      'PlanNote Rendered by plan render wd from the corpus: 14 paragraphs.',
    ]);
  });

  it('has real footnotes, the status in the header and page numbers in the footer', async () => {
    const x = await parts('wd');
    expect(x['word/footnotes.xml']).toMatch(/<w:footnote w:id="1">[\s\S]*The footnote on paragraph 3\.[\s\S]*?<\/w:footnote>/);
    expect(x['word/footnotes.xml']).toMatch(/<w:footnote w:id="2">[\s\S]*A footnote whose paragraph is gone\.[\s\S]*?<\/w:footnote>/);
    const header = Object.entries(x).find(([k]) => /^word\/header\d*\.xml$/.test(k))![1];
    expect(paragraphs(header).map((p) => p.text)).toEqual(['WORKING DRAFT — NOT ADOPTED · wd']);
    const footer = Object.entries(x).find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1];
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('an adopted text says ADOPTED in its header and shows no draft banner', async () => {
    const x = await parts('ad');
    const header = Object.entries(x).find(([k]) => /^word\/header\d*\.xml$/.test(k))![1];
    expect(paragraphs(header).map((p) => p.text)).toEqual(['ADOPTED · AG/DOC. 1/26']);
    expect(x['word/document.xml']).not.toMatch(/DRAFT|PlanStatus/);
    expect(x['word/document.xml']).toContain('Adopted by the General Assembly through AG/RES. 1 (LVI-O/26) on 2026-06-01.');
  });
});
