/**
 * `plan render --format docx`: a Word document made with the `docx` package.
 * Headings of the outline are Word's Heading 1..n (the navigation pane shows
 * the outline), each paragraph keeps its number as printed in the margin, list
 * items hang under their lead-in by level, footnotes are Word footnotes at the
 * paragraph they annotate, the header carries the status, the footer page
 * numbers (docx-parts.ts, shared with `plan diff`).
 */
import { FootnoteReferenceRun, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { bodyParagraph, docxDocument, headingParagraph, STYLE } from './docx-parts.js';
import type { RenderItem, RenderModel } from './model.js';

/** Characters XML 1.0 cannot carry (Word would refuse the file): dropped. */
function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

function lines(ls: string[]): ParagraphChild[] {
  return ls.map((l, k) => new TextRun({ text: xmlSafe(l), ...(k > 0 ? { break: 1 } : {}) }));
}

function runs(i: RenderItem): ParagraphChild[] {
  // The body's line breaks are the text's (a signature block, a headnote): line breaks in Word too.
  const out: ParagraphChild[] = lines(i.lines);
  for (const n of i.footnotes) out.push(new FootnoteReferenceRun(n));
  for (const p of i.priority) {
    out.push(new TextRun({ text: ` [priority, ${xmlSafe(p.date)}]`, size: 16, color: '6B5A2E' }));
  }
  for (const r of i.reconcile ?? []) out.push(new TextRun({ text: ` [to be reconciled with ${xmlSafe(r.with)}]`, size: 16, color: '6B5A2E' }));
  return out;
}

function item(i: RenderItem, level: number, out: Paragraph[]): void {
  const marker = i.marker ?? (level > 0 ? '•' : undefined);
  out.push(bodyParagraph(level, marker, runs(i)));
  for (const c of i.children) item(c, level + 1, out);
}

/** The whole document as the bytes of a .docx file. */
export async function renderDocx(m: RenderModel): Promise<Uint8Array> {
  const body: Paragraph[] = [];
  for (const b of m.blocks) {
    if (b.kind === 'heading') body.push(headingParagraph(b.depth, xmlSafe(b.number ? `${b.number}. ${b.title}` : b.title)));
    else item(b.item, 0, body);
  }
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const f of m.footnotes) footnotes[f.n] = { children: [new Paragraph({ children: lines(f.lines) })] };
  body.push(new Paragraph({ style: STYLE.note, spacing: { before: 240 }, children: [new TextRun(`Rendered by plan render ${m.head.id} from the corpus: ${m.paragraphs} paragraphs.`)] }));
  const doc = docxDocument({ head: m.head, body, footnotes });
  return new Uint8Array(await Packer.toBuffer(doc));
}
