/**
 * `plan diff --format docx`: the redline as a Word document with tracked
 * changes. Each insertion is a Word revision `w:ins` and each deletion a
 * `w:del` (the `docx` package's InsertedTextRun and DeletedTextRun), by
 * author "plan", dated `today`, so that Word's Review pane (or LibreOffice's
 * Manage Changes) can accept or reject them one by one: accepting all gives
 * the later text, rejecting all the earlier one. Track changes stays on for
 * the reviewer's own edits.
 *
 * The page, styles, title block (with the later text's status: a draft is
 * never shown as adopted), headings and page numbers are the building blocks
 * `plan render` uses (src/reports/render/docx-parts.ts).
 */
import { DeletedTextRun, ImportedXmlComponent, InsertedTextRun, Packer, TextRun, type Paragraph, type ParagraphChild, type ParagraphProperties } from 'docx';
import { bodyParagraph, docxDocument, headingParagraph } from '../render/docx-parts.js';
import type { DocumentHead } from '../render/head.js';
import { comparedLine, newHeadings, reportTitle, summaryLine } from './describe.js';
import type { DiffFormatOptions, DiffReport, ParagraphDiff } from './types.js';

/** The revision author every change carries. */
export const REVISION_AUTHOR = 'plan';

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF) would make Word refuse the file: shown as `\u{…}`.
 */
function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

class Revisions {
  private next = 1;
  constructor(private readonly date: string) {}
  ins(text: string): InsertedTextRun {
    return new InsertedTextRun({ text: xmlSafe(text), id: this.next++, author: REVISION_AUTHOR, date: this.date });
  }
  del(text: string): DeletedTextRun {
    return new DeletedTextRun({ text: xmlSafe(text), id: this.next++, author: REVISION_AUTHOR, date: this.date });
  }
  /**
   * Marks a whole paragraph as inserted or deleted: its paragraph mark is a
   * revision too (`w:pPr/w:rPr/w:ins|w:del`), so accepting a deletion removes
   * the paragraph instead of leaving it empty, and rejecting an insertion too.
   * The docx package has no option for it: the mark is pushed into the
   * paragraph's properties (after every other property, where Word expects it).
   */
  markParagraph(p: Paragraph, op: 'ins' | 'del'): Paragraph {
    const rPr = new ImportedXmlComponent('w:rPr');
    rPr.push(new ImportedXmlComponent(`w:${op}`, { 'w:id': this.next++, 'w:author': REVISION_AUTHOR, 'w:date': this.date }));
    (p as unknown as { properties: ParagraphProperties }).properties.push(rPr);
    return p;
  }
}

/** The paragraph's number: a tracked change when a paragraph was renumbered between two revisions. */
function label(p: ParagraphDiff, r: DiffReport, rev: Revisions): ParagraphChild[] {
  const tab = new TextRun({ text: '\t' });
  if (r.mode === 'since' && p.fromNumber !== undefined && p.toNumber !== undefined && p.fromNumber !== p.toNumber) {
    return [rev.del(p.fromNumber), rev.ins(p.toNumber), tab];
  }
  const n = p.to !== null ? p.toNumber : p.fromNumber;
  if (n === undefined) return [];
  // A whole paragraph added or removed: its number and tab are part of the revision.
  if (p.kind === 'added') return [rev.ins(n), rev.ins('\t')];
  if (p.kind === 'removed') return [rev.del(n), rev.del('\t')];
  return [new TextRun({ text: xmlSafe(n) }), tab];
}

function body(p: ParagraphDiff, r: DiffReport, rev: Revisions): Paragraph {
  const runs: ParagraphChild[] = label(p, r, rev);
  for (const c of p.changes) {
    if (c.op === 'equal') runs.push(new TextRun({ text: xmlSafe(c.text) }));
    else runs.push(c.op === 'insert' ? rev.ins(c.text) : rev.del(c.text));
  }
  const para = bodyParagraph(0, undefined, runs);
  return p.kind === 'added' ? rev.markParagraph(para, 'ins') : p.kind === 'removed' ? rev.markParagraph(para, 'del') : para;
}

/**
 * A title block from the report alone, when it carries none (a report built
 * by hand): it claims no status (the shaded line says none is recorded).
 */
function headOf(r: DiffReport): DocumentHead {
  if (r.head) return r.head;
  return { id: r.to.document, title: r.toTitle ?? r.to.document, date: '', author: '', status: 'working-draft', statusLabel: 'REDLINE — STATUS NOT RECORDED', statusLine: 'No status recorded for this text.', draft: true };
}

/** The Word document of a redline, as the bytes of a .docx file. */
export async function diffDocx(r: DiffReport, o: DiffFormatOptions = {}): Promise<Uint8Array> {
  const date = `${o.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const rev = new Revisions(date);
  const out: Paragraph[] = [];
  let section: string[] = [];
  for (const p of r.paragraphs) {
    const s = p.section ?? [];
    if (s.length) {
      for (const h of newHeadings(section, s)) out.push(headingParagraph(h.depth + 1, xmlSafe(h.title)));
      section = s;
    }
    out.push(body(p, r, rev));
  }
  const head = headOf(r);
  const doc = docxDocument({
    head: { ...head, title: xmlSafe(head.title) },
    extra: [
      `Redline — ${reportTitle(r)}`,
      `${comparedLine(r)}.`,
      `Changes are tracked (author “${REVISION_AUTHOR}”, ${date.slice(0, 10)}): accept or reject them in Review. Paragraphs: ${summaryLine(r)}.`,
    ].map(xmlSafe),
    body: out,
    features: { trackRevisions: true },
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
