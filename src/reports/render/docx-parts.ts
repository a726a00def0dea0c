/**
 * The building blocks of every Word document `plan` writes (`plan render`,
 * `plan diff --format docx`): styles (Word's own Heading 1..6, with outline
 * levels so the navigation pane shows the outline), the title block, the page
 * header with the document's status, the footer with page numbers, A4 pages.
 * Made with the `docx` package; nothing here knows about paragraphs' content.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LineRuleType, PageNumber, Paragraph, ShadingType, TextRun,
  type IStylesOptions, type ParagraphChild,
} from 'docx';
import { factsLine, type DocumentHead } from './head.js';

/** Half-points and twentieths of a point, as Word counts them. */
const pt = (n: number): number => n * 2;
const twip = (n: number): number => n * 20;

const BODY_FONT = 'Times New Roman';
const HEAD_FONT = 'Arial';

/** Paragraph style ids defined here, beside Word's headings. */
export const STYLE = {
  para: 'PlanParagraph',
  item: 'PlanListItem',
  title: 'Title',
  status: 'PlanStatus',
  facts: 'PlanFacts',
  note: 'PlanNote',
  margin: 'PlanHeaderFooter',
} as const;

function heading(level: number, size: number): NonNullable<IStylesOptions['default']>['heading1'] {
  return {
    run: { font: HEAD_FONT, size: pt(size), bold: true, color: '1F2F46' },
    paragraph: { spacing: { before: twip(level === 1 ? 18 : 12), after: twip(6) }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  };
}

/** The styles: Normal in a serif face, Heading 1..6 with outline levels, footnotes, and plan's paragraph styles. */
export function docxStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: pt(11) }, paragraph: { spacing: { after: twip(6), line: 264, lineRule: LineRuleType.AUTO } } },
      title: { run: { font: HEAD_FONT, size: pt(18), bold: true, color: '1F2F46' }, paragraph: { spacing: { after: twip(8), line: 252, lineRule: LineRuleType.AUTO } } },
      heading1: heading(1, 14),
      heading2: heading(2, 12.5),
      heading3: heading(3, 11.5),
      heading4: heading(4, 11),
      heading5: heading(5, 11),
      heading6: heading(6, 11),
      footnoteText: { run: { font: BODY_FONT, size: pt(9) } },
    },
    paragraphStyles: [
      { id: STYLE.para, name: 'Plan Paragraph', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: twip(8) } } },
      { id: STYLE.item, name: 'Plan List Item', basedOn: STYLE.para, quickFormat: true, paragraph: { spacing: { after: twip(4) } } },
      {
        id: STYLE.status, name: 'Plan Status', basedOn: 'Normal',
        run: { font: HEAD_FONT, size: pt(11), bold: true, color: '5C3B00' },
        paragraph: {
          spacing: { before: twip(4), after: twip(10) },
          border: { top: { style: BorderStyle.SINGLE, size: 12, color: '8A5A00', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: '8A5A00', space: 4 } },
        },
      },
      { id: STYLE.facts, name: 'Plan Facts', basedOn: 'Normal', run: { font: HEAD_FONT, size: pt(10), color: '444444' }, paragraph: { spacing: { after: twip(4) } } },
      { id: STYLE.note, name: 'Plan Note', basedOn: 'Normal', run: { font: HEAD_FONT, size: pt(8), color: '6B5A2E' } },
      { id: STYLE.margin, name: 'Plan Header and Footer', basedOn: 'Normal', run: { font: HEAD_FONT, size: pt(8), color: '444444' }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

/**
 * The title block: the status first on a draft (shaded, in capitals, so no
 * reader takes it for an adopted text), the title, the facts line, the status
 * sentence. `extra` lines go under it (a redline's "compared with ...").
 */
export function titleBlock(h: DocumentHead, extra: string[] = []): Paragraph[] {
  const out: Paragraph[] = [];
  if (h.draft) {
    out.push(new Paragraph({
      style: STYLE.status,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF3CD' },
      children: [new TextRun(h.statusLabel)],
    }));
  }
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(h.title)] }));
  out.push(new Paragraph({ style: STYLE.facts, children: [new TextRun(factsLine(h))] }));
  out.push(new Paragraph({ style: STYLE.facts, children: [new TextRun({ text: h.statusLine, italics: true })] }));
  if (h.agreed) out.push(new Paragraph({ style: STYLE.facts, children: [new TextRun(h.agreed)] }));
  for (const e of extra) out.push(new Paragraph({ style: STYLE.facts, children: [new TextRun(e)] }));
  out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, spacing: { after: twip(12) }, children: [] }));
  return out;
}

/** The page header: the status on every page (`CIRCULATED DRAFT — NOT ADOPTED`), and the symbol or id. */
export function statusHeader(h: DocumentHead): Header {
  return new Header({
    children: [new Paragraph({
      style: STYLE.margin,
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({ text: h.statusLabel, bold: h.draft, ...(h.draft ? { color: '8A5A00' } : {}) }),
        new TextRun(` · ${h.symbol ?? h.id}`),
      ],
    })],
  });
}

/** The footer: `Page N of M`, centred. */
export function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: STYLE.margin,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
    })],
  });
}

/** A heading of the outline at depth 1..n, as Word's Heading n (6 at most). */
export function headingParagraph(depth: number, text: string): Paragraph {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
  return new Paragraph({ heading: levels[Math.min(Math.max(depth, 1), 6) - 1]!, children: [new TextRun(text)] });
}

/**
 * A body paragraph: its marker (`7.`, `a.`, `·`) hanging in the margin of
 * its level, then its runs. Level 0 is a paragraph of the text, 1.. list levels.
 */
export function bodyParagraph(level: number, marker: string | undefined, runs: ParagraphChild[]): Paragraph {
  const indent = level === 0 ? (marker ? { left: twip(28), hanging: twip(28) } : undefined) : { left: twip(28 + level * 24), hanging: twip(24) };
  const children: ParagraphChild[] = marker ? [new TextRun(marker), new TextRun({ text: '\t' }), ...runs] : runs;
  return new Paragraph({
    style: level === 0 ? STYLE.para : STYLE.item,
    ...(indent ? { indent } : {}),
    ...(marker ? { tabStops: [{ type: 'left', position: indent!.left }] } : {}),
    children,
  });
}

export interface DocxParts {
  head: DocumentHead;
  /** Lines under the title block. */
  extra?: string[];
  body: Paragraph[];
  /** Footnotes by number: their paragraphs. */
  footnotes?: Record<number, { children: Paragraph[] }>;
  /** Document-level features (a redline turns on trackRevisions). */
  features?: { trackRevisions?: boolean };
}

/** The whole Word document: A4, 2 cm margins, status header, page-number footer, title block then body. */
export function docxDocument(p: DocxParts): Document {
  return new Document({
    creator: 'plan',
    title: p.head.title,
    description: `${p.head.id} (${p.head.statusLabel.toLowerCase()})`,
    styles: docxStyles(),
    ...(p.footnotes ? { footnotes: p.footnotes } : {}),
    ...(p.features ? { features: p.features } : {}),
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } } },
      headers: { default: statusHeader(p.head) },
      footers: { default: pageFooter() },
      children: [...titleBlock(p.head, p.extra), ...p.body],
    }],
  });
}
