/**
 * `plan diff --format docx`: the redline as a Word document with tracked
 * changes. Each insertion is a Word revision `w:ins` and each deletion a
 * `w:del` (the `docx` package's InsertedTextRun and DeletedTextRun), by
 * author "plan", dated `today`, so that Word's Review pane (or LibreOffice's
 * Manage Changes) can accept or reject them one by one: accepting all gives
 * the later text, rejecting all the earlier one. Headings are Word heading
 * styles (the navigation pane shows the outline); pages are numbered.
 *
 * Self-contained (the document parts `plan render` builds were not there to
 * share when this was written).
 */
import {
  AlignmentType, DeletedTextRun, Document, Footer, HeadingLevel, InsertedTextRun, Packer, PageNumber, Paragraph, TextRun,
  type ParagraphChild,
} from 'docx';
import { comparedLine, reportTitle, summaryLine } from './describe.js';
import type { DiffFormatOptions, DiffReport, ParagraphDiff } from './types.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

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
  ins(text: string, bold = false): InsertedTextRun {
    return new InsertedTextRun({ text: xmlSafe(text), id: this.next++, author: REVISION_AUTHOR, date: this.date, ...(bold ? { bold } : {}) });
  }
  del(text: string, bold = false): DeletedTextRun {
    return new DeletedTextRun({ text: xmlSafe(text), id: this.next++, author: REVISION_AUTHOR, date: this.date, ...(bold ? { bold } : {}) });
  }
}

/** The paragraph's number: a tracked change when a paragraph was renumbered between two revisions. */
function label(p: ParagraphDiff, r: DiffReport, rev: Revisions): ParagraphChild[] {
  const tab = new TextRun({ text: '\t' });
  if (r.mode === 'since' && p.fromNumber !== undefined && p.toNumber !== undefined && p.fromNumber !== p.toNumber) {
    return [rev.del(p.fromNumber, true), rev.ins(p.toNumber, true), tab];
  }
  const n = p.to !== null ? p.toNumber : p.fromNumber;
  if (n === undefined) return [];
  if (p.kind === 'added') return [rev.ins(n, true), tab];
  if (p.kind === 'removed') return [rev.del(n, true), tab];
  return [new TextRun({ text: xmlSafe(n), bold: true }), tab];
}

function body(p: ParagraphDiff, r: DiffReport, rev: Revisions): Paragraph {
  const runs: ParagraphChild[] = label(p, r, rev);
  for (const c of p.changes) {
    if (c.op === 'equal') runs.push(new TextRun({ text: xmlSafe(c.text) }));
    else runs.push(c.op === 'insert' ? rev.ins(c.text) : rev.del(c.text));
  }
  return new Paragraph({ children: runs, spacing: { after: 160 } });
}

/** The Word document of a redline, as the bytes of a .docx file. */
export async function diffDocx(r: DiffReport, o: DiffFormatOptions = {}): Promise<Uint8Array> {
  const date = `${o.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const rev = new Revisions(date);
  const title = reportTitle(r);
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: xmlSafe(title) })] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(`${comparedLine(r)}. Changes are tracked (author “${REVISION_AUTHOR}”, ${date.slice(0, 10)}): accept or reject them in Review.`), italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: `Paragraphs: ${summaryLine(r)}.`, italics: true })], spacing: { after: 240 } }),
  ];
  let section: string[] = [];
  for (const p of r.paragraphs) {
    const s = p.section ?? [];
    if (s.length) {
      let same = 0;
      while (same < section.length && same < s.length && section[same] === s[same]) same++;
      s.slice(same).forEach((h, i) => children.push(new Paragraph({ heading: HEADINGS[Math.min(5, same + i)]!, children: [new TextRun({ text: xmlSafe(h) })] })));
      section = s;
    }
    children.push(body(p, r, rev));
  }
  const doc = new Document({
    creator: REVISION_AUTHOR,
    title: xmlSafe(title),
    description: 'Redline made by plan diff',
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
