/**
 * The seed importer: splits the five source texts (sources/seeds/) into
 * corpus/documents/<doc>.md and corpus/paragraphs/<doc>/<number>.md.
 *
 * Each text has a layout (sources/seeds/layouts/<document>.yaml, data only)
 * that says which lines are headings, title lines, continuation lines, and
 * which paragraphs open a zone (a cover note, a preamble, an instrument list);
 * the splitter (seeds/split.ts) reads the rest from the item markers as
 * printed ("7.", "1.1", "a.", "iv.", "·", "") and from position. Every
 * source line of text lands in exactly one paragraph body, unchanged but for
 * leading/trailing whitespace and its item marker. seeds/compute.ts finds
 * force, cites, relations and addressees; seeds/merge.ts merges them into
 * the files on disk.
 *
 * Re-running is safe: hand-curated keys of existing files (addressees,
 * force, obligation, priority, notes, relations other than part-of /
 * refers-to, cites beyond those the text makes, and any key the importer
 * does not compute) are kept, and so are comment lines of the front matter
 * (inline suppressions with their reasons); only computed keys and the body
 * are rewritten, and output is byte-identical on re-run. The importer
 * detects `force` only for a paragraph it writes for the first time: after
 * that, the force is a reviewed fact of the file.
 *
 * Id conventions (paragraph `number`), beyond the contract in the design notes:
 * - a section's printed numbers are used as printed (`mex-draft-2005/9`,
 *   `csh-recommendations-2005/45`, `gtdot-workplan-2008/2.4`); lettered and
 *   roman items hang on the last numbered paragraph of their section, else on
 *   the section's number (`mex-draft-2005/42.a`, `strategy-2021/3.c`,
 *   `strategy-2021/2.iv`, `strategy-2021/2.a.iii`);
 * - unnumbered paragraphs of a section take its number (or a slug for an
 *   unnumbered section) and their position among the unnumbered paragraphs
 *   of that section: `cedot-draft-2006/B.II.3`, `strategy-2021/1.2`,
 *   `strategy-2021/intro.1`, `strategy-2021/objectives.2`,
 *   `strategy-2021/follow-up.1`, `gtdot-workplan-2008/background.2`;
 * - bullets hang on the paragraph that introduces them, by letter
 *   (`cedot-draft-2006/B.II.5.a`, `gtdot-workplan-2008/1.1.c`), except the
 *   Mexican draft's unnumbered instrument list: `list` (its lead-in) and
 *   `list.1`..`list.12`;
 * - the opening words of a preamble ("The member states of the Organization
 *   of American States,") are `chapeau`; CEDOT's "AGREE:" is `agree`;
 * - numbered items introduced by an unnumbered lead-in that the layout marks
 *   `nest` hang on it: `gtdot-workplan-2008/objective.2.1`;
 * - the strategy's adoption note under its title is `headnote.1`;
 * - footnotes are `fn.1`, with `section` the heading path at their mark.
 * `printed` is true only when every part of the number is printed.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFM } from '../model/types.js';
import { FALLBACK_INSTRUMENT_NAMES, buildNameTable, makeResolver } from '../text/instrument-names.js';
import { writeFilesAtomic, type FileToWrite } from '../util/atomic-write.js';
import { readIfFile, renderFile, splitFrontMatter, type YamlStyle } from './render.js';
import { computeParagraphs } from './seeds/compute.js';
import { loadLayouts } from './seeds/load-layouts.js';
import { mergeDocument, mergeParagraph } from './seeds/merge.js';
import { splitDocument, type SplitDocument } from './seeds/split.js';

export { addresseesOf, bodiesIn, computeParagraphs, listTitle, type ComputedParagraph } from './seeds/compute.js';
export type { DocLayout, FootnoteSpec, HeadingSpec, MarkSpec, RefSpec } from './seeds/layout.js';
export { loadLayouts, readLayout } from './seeds/load-layouts.js';
export { mergeDocument, mergeParagraph, migrateObligation } from './seeds/merge.js';
export { splitDocument, type SplitDocument, type SplitParagraph } from './seeds/split.js';

/** How the seed importer writes YAML: short lists of words in flow style (`section: [A, B]`). */
export const SEED_STYLE: YamlStyle = { flowLists: ['section', 'addressees', 'articles', 'builds-on'] };

/** The document's short neutral description (its body). */
function documentBody(d: SplitDocument, count: number): string {
  const m = d.layout.meta;
  const status = m.status === 'adopted' ? 'Adopted' : 'A draft as circulated';
  return `${m.title}. ${status}; ${m.date}.\n\nSplit by the seed importer (src/import/seeds.ts) from sources/seeds/${d.layout.file} into ${count} paragraphs, list items, bullets and footnotes, each with its text verbatim.`;
}

/** Reads instrument names from corpus/instruments/*.md (title, short-titles, aliases). */
export function loadInstrumentNames(corpusDir: string): Record<string, string[]> {
  const dir = join(corpusDir, 'instruments');
  const out: Record<string, string[]> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.md')) continue;
    const path = join(dir, f);
    const st = lstatSync(path);
    if (!st.isFile() || st.size > 1_000_000) continue;
    let parsed: ReturnType<typeof splitFrontMatter>;
    try {
      parsed = splitFrontMatter(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    const d = parsed?.data;
    if (!d) continue;
    const id = typeof d['id'] === 'string' ? d['id'] : f.replace(/\.md$/, '');
    const names: string[] = [];
    if (typeof d['title'] === 'string') names.push(d['title']);
    if (Array.isArray(d['short-titles'])) for (const s of d['short-titles']) if (typeof s === 'string') names.push(s);
    if (Array.isArray(d['aliases'])) {
      for (const a of d['aliases']) {
        if (typeof a === 'string') names.push(a);
        else if (a && typeof a === 'object' && typeof (a as { text?: unknown }).text === 'string') names.push((a as { text: string }).text);
      }
    }
    out[id] = names;
  }
  return out;
}

/** The resolver the importer uses: fallback names merged with corpus/instruments (the corpus wins). */
export function instrumentResolver(corpusDir: string): (name: string) => string | undefined {
  return makeResolver(buildNameTable(FALLBACK_INSTRUMENT_NAMES, loadInstrumentNames(corpusDir)));
}

export interface ImportOptions {
  seedsDir: string;
  corpusDir: string;
  /** Compute only; write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  documents: Array<{ id: string; paragraphs: number }>;
  written: string[];
  unchanged: number;
  /** Paragraph files on disk that the importer did not produce (left alone). */
  stale: string[];
}

/** Plans one output file: its new content given what is on disk. */
function plan(path: string, make: (old: Record<string, unknown> | undefined) => { data: Record<string, unknown>; body: string }): { path: string; content: string; old?: string } {
  const oldText = readIfFile(path);
  const split = oldText !== undefined ? splitFrontMatter(oldText) : undefined;
  const { data, body } = make(split?.data);
  const out: { path: string; content: string; old?: string } = { path, content: renderFile(data, body, SEED_STYLE, split?.comments) };
  if (oldText !== undefined) out.old = oldText;
  return out;
}

/** Splits all five seeds and writes (or, with dryRun, only plans) the corpus files. */
export function importSeeds(opts: ImportOptions): ImportResult {
  const resolve = instrumentResolver(opts.corpusDir);
  const result: ImportResult = { documents: [], written: [], unchanged: 0, stale: [] };
  const toWrite: FileToWrite[] = [];
  for (const spec of loadLayouts(join(opts.seedsDir, 'layouts'))) {
    const text = readFileSync(join(opts.seedsDir, spec.file), 'utf8');
    const split = splitDocument(spec, text);
    const paras = computeParagraphs(split, resolve);
    const files = [
      plan(join(opts.corpusDir, 'documents', `${spec.meta.id}.md`), (old) => ({
        data: mergeDocument({ ...spec.meta, outline: split.outline } as DocumentFM, old),
        body: documentBody(split, paras.length),
      })),
      ...paras.map((c) =>
        plan(join(opts.corpusDir, 'paragraphs', spec.meta.id, `${c.number}.md`), (old) => ({ data: mergeParagraph(c, old), body: c.body })),
      ),
    ];
    for (const f of files) {
      if (f.old === f.content) result.unchanged++;
      else {
        result.written.push(f.path);
        toWrite.push({ path: f.path, data: f.content });
      }
    }
    const dir = join(opts.corpusDir, 'paragraphs', spec.meta.id);
    if (existsSync(dir)) {
      const made = new Set(paras.map((c) => `${c.number}.md`));
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && !made.has(f)) result.stale.push(join(dir, f));
    }
    result.documents.push({ id: spec.meta.id, paragraphs: paras.length });
  }
  // One change: every file or (on a failure) none.
  if (!opts.dryRun) writeFilesAtomic(toWrite);
  return result;
}
