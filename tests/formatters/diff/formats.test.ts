import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { summarize, type DiffReport, type ParagraphDiff } from '../../../src/reports/diff/index.js';
import { diffDocx } from '../../../src/reports/diff/format-docx.js';
import { diffHtml } from '../../../src/reports/diff/format-html.js';
import { diffJson } from '../../../src/reports/diff/format-json.js';
import { diffMarkdown } from '../../../src/reports/diff/format-markdown.js';
import { diffText } from '../../../src/reports/diff/format-text.js';

const S = ['Actions:', 'Legal Instruments'];
const paragraphs: ParagraphDiff[] = [
  { from: 'd/1', to: 'd/1', kind: 'changed', basis: 'same-id', fromNumber: '1', toNumber: '1', section: S, similarity: 0.8, changes: [
    { op: 'equal', text: 'Member states ' }, { op: 'delete', text: 'shall' }, { op: 'insert', text: 'should' }, { op: 'equal', text: ' ratify the “Palermo” <Convention> & its\u00a0Protocols.' },
  ] },
  { from: null, to: 'd/2', kind: 'added', toNumber: '2', section: S, changes: [{ op: 'insert', text: 'A new paragraph.' }] },
  { from: 'd/3', to: null, kind: 'removed', fromNumber: '3', changes: [{ op: 'delete', text: 'An old paragraph <script>alert(1)</script>.' }] },
  { from: 'd/5', to: 'd/3', kind: 'moved', basis: 'similar', fromNumber: '5', toNumber: '3', section: S, similarity: 1, changes: [{ op: 'equal', text: 'Renumbered.' }] },
  { from: 'd/4', to: 'd/4', kind: 'unchanged', basis: 'same-id', fromNumber: '4', toNumber: '4', section: S, similarity: 1, changes: [{ op: 'equal', text: 'Kept.' }] },
];
const since: DiffReport = { mode: 'since', from: { document: 'd', revision: 'HEAD~1' }, to: { document: 'd' }, summary: summarize(paragraphs), paragraphs, fromTitle: 'A draft', toTitle: 'A draft' };

describe('diff text', () => {
  it('without colour prints git --word-diff=plain markers, the renumbering, and hides unchanged paragraphs at two revisions', () => {
    expect(diffText(since, { color: false })).toBe([
      'd: changes since HEAD~1',
      'd (A draft) in the working tree against d at HEAD~1',
      'summary: 1 changed, 1 added, 1 removed, 1 moved, 1 unchanged',
      '',
      '§ Actions: › Legal Instruments',
      '',
      'changed d/1 (same id)',
      'Member states [-shall-]{+should+} ratify the “Palermo” <Convention> & its\u00a0Protocols.',
      '',
      'added d/2',
      '{+A new paragraph.+}',
      '',
      'removed d/3',
      '[-An old paragraph <script>alert(1)</script>.-]',
      '',
      'moved (renumbered 5 → 3) d/3 ← d/5 (same text, another id)',
      'Renumbered.',
      '',
      '1 unchanged paragraph not shown.',
      '',
    ].join('\n'));
  });

  it('with colour marks deletions red and struck through, insertions green, and no plain markers', () => {
    const out = diffText(since, { color: true });
    expect(out).toContain('\u001b[31m\u001b[9mshall');
    expect(out).toContain('\u001b[32m\u001b[4mshould');
    expect(out).not.toContain('[-');
  });

  it('along lineage lists an unchanged paragraph on one line, with what it was paired with', () => {
    const out = diffText({ ...since, mode: 'lineage', from: { document: 'a' }, to: { document: 'b' }, paragraphs: [{ ...paragraphs[4]!, from: 'a/9', to: 'b/4', basis: 'derived-from' }], summary: summarize([paragraphs[4]!]) }, {});
    expect(out).toContain('unchanged b/4 ← a/9 (derived-from)\n');
    expect(out).not.toContain('Kept.');
  });
});

describe('diff markdown', () => {
  it('marks changes in CriticMarkup under the headings, every paragraph shown', () => {
    const md = diffMarkdown(since);
    expect(md).toContain('Member states {--shall--}{++should++} ratify the “Palermo” \\<Convention\\> & its\u00a0Protocols.\n');
    expect(md).toContain('{++A new paragraph.++}');
    // Raw HTML in corpus text is escaped: it shows as written and never runs.
    expect(md).toContain('{--An old paragraph \\<script\\>alert(1)\\</script\\>.--}');
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain('## Actions:\n');
    expect(md).toContain('### Legal Instruments\n');
    expect(md).toContain('*moved (renumbered 5 → 3)* · `d/3` ← `d/5`');
    expect(md).toContain('| 1 | 1 | 1 | 1 | 1 |');
    expect(md).toContain('Kept.');
  });
});

describe('diff html', () => {
  it('is one self-contained page with ins and del, every corpus string escaped', () => {
    const html = diffHtml(since);
    expect(html).toContain('Member states <del>shall</del><ins>should</ins> ratify the “Palermo” &lt;Convention&gt; &amp; its\u00a0Protocols.');
    expect(html).toContain('<del>An old paragraph &lt;script&gt;alert(1)&lt;/script&gt;.</del>');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain('id="to-d_2f_1"');
    expect(html).toContain('id="from-d_2f_3"');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});

describe('diff json', () => {
  it('is the contract shape, and the summary counts the paragraphs by kind', () => {
    const v = JSON.parse(diffJson(since)) as { from: unknown; to: unknown; summary: Record<string, number>; paragraphs: Array<Record<string, unknown>> };
    expect(Object.keys(v)).toEqual(['from', 'to', 'summary', 'paragraphs']);
    expect(v.from).toEqual({ document: 'd', revision: 'HEAD~1' });
    expect(v.to).toEqual({ document: 'd' });
    for (const k of ['changed', 'added', 'removed', 'moved', 'unchanged']) expect(v.summary[k]).toBe(v.paragraphs.filter((p) => p.kind === k).length);
    expect(v.paragraphs[0]).toEqual({ from: 'd/1', to: 'd/1', kind: 'changed', basis: 'same-id', changes: [
      { op: 'equal', text: 'Member states ' }, { op: 'delete', text: 'shall' }, { op: 'insert', text: 'should' }, { op: 'equal', text: ' ratify the “Palermo” <Convention> & its\u00a0Protocols.' },
    ] });
    expect(v.paragraphs[1]).toEqual({ from: null, to: 'd/2', kind: 'added', changes: [{ op: 'insert', text: 'A new paragraph.' }] });
  });
});

describe('diff docx', () => {
  it('holds Word tracked changes by author plan dated today: accepting all gives the later text, rejecting all the earlier', async () => {
    const bytes = await diffDocx(since, { today: '2026-12-03' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const ins = [...xml.matchAll(/<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/g)];
    const del = [...xml.matchAll(/<w:del ([^>]*)>([\s\S]*?)<\/w:del>/g)];
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    for (const m of [...ins, ...del]) {
      expect(m[1]).toContain('w:author="plan"');
      expect(m[1]).toContain('w:date="2026-12-03T00:00:00Z"');
    }
    const ids = [...ins, ...del].map((m) => /w:id="(\d+)"/.exec(m[1]!)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ins.map((m) => m[2]).join('')).toContain('<w:t xml:space="preserve">should</w:t>');
    expect(del.map((m) => m[2]).join('')).toContain('<w:delText xml:space="preserve">shall</w:delText>');
    expect(del.map((m) => m[2]).join('')).toContain('An old paragraph &lt;script&gt;alert(1)&lt;/script&gt;.');
    // The renumbering is a tracked change of the number itself.
    expect(del.map((m) => m[2]).join('')).toContain('>5</w:delText>');
    expect(ins.map((m) => m[2]).join('')).toContain('>3</w:t>');
    // Accept all: the text outside deletions; reject all: outside insertions.
    const text = (x: string, tag: 't' | 'delText') => [...x.matchAll(new RegExp(`<w:${tag}[^>]*>([^<]*)</w:${tag}>`, 'g'))].map((m) => m[1]).join('');
    const accepted = text(xml.replace(/<w:del [\s\S]*?<\/w:del>/g, ''), 't');
    const rejected = text(xml.replace(/<w:ins [\s\S]*?<\/w:ins>/g, ''), 't') + text(xml, 'delText');
    expect(accepted).toContain('Member states should ratify the “Palermo” &lt;Convention&gt; &amp; its\u00a0Protocols.');
    expect(accepted).not.toContain('An old paragraph');
    expect(rejected).toContain('Member states ');
    expect(rejected).not.toContain('A new paragraph.');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    // A whole paragraph added or removed: its paragraph mark is a revision too (accepting leaves no empty paragraph).
    const paras = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const added = paras.find((p) => p.includes('A new paragraph.'))!;
    const removed = paras.find((p) => p.includes('An old paragraph'))!;
    expect(added).toMatch(/<w:pPr>.*<w:rPr><w:ins w:id="\d+" w:author="plan" w:date="2026-12-03T00:00:00Z"\/><\/w:rPr><\/w:pPr>/);
    expect(removed).toMatch(/<w:pPr>.*<w:rPr><w:del w:id="\d+" w:author="plan" w:date="2026-12-03T00:00:00Z"\/><\/w:rPr><\/w:pPr>/);
    // Nothing of them stays outside a revision (but the paragraph's properties).
    expect(added.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '').replace(/<w:ins [\s\S]*?<\/w:ins>/g, '')).toBe('');
    expect(removed.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '').replace(/<w:del [\s\S]*?<\/w:del>/g, '')).toBe('');
    const allIds = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(allIds).size).toBe(allIds.length);
  });
});
