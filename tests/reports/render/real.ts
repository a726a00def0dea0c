/**
 * The shipped corpus and its five sources, for the render tests: the corpus
 * loaded once, and each source's running text as tests/model/seeds.test.ts
 * defines it (blank lines, `/` footnote marks, title-block lines, item markers
 * and each outline heading once left out; whitespace normalised).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadCorpus } from '../../../src/model/load.js';
import type { Corpus } from '../../../src/model/model.js';
import type { OutlineEntry } from '../../../src/model/types.js';
import { RULE_IDS } from '../../../src/rules/index.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CORPUS = join(ROOT, 'corpus');
const SEEDS = join(ROOT, 'sources', 'seeds');

export interface Seed {
  id: string;
  file: string;
  /** Lines of the printed title block, which are neither headings nor paragraphs. */
  titleLines: string[];
}

/** The five texts (as in tests/model/seeds.test.ts). */
export const SEED_DOCS: Seed[] = [
  { id: 'mex-draft-2005', file: '000_5221728a10fd350b.txt', titleLines: ['DRAFT FROM THE GOVERNMENT OF MEXICO', 'HEMISPHERIC PLAN OF ACTION AGAINST', 'TRANSNATIONAL ORGANIZED CRIME', 'ORGANIZATION OF AMERICAN STATES'] },
  { id: 'cedot-draft-2006', file: '001_d806ea1b4ccd5d84.txt', titleLines: [] },
  { id: 'csh-recommendations-2005', file: '002_72816f43daeceac8.txt', titleLines: [] },
  { id: 'strategy-2021', file: '003_f80393c79be9c811.txt', titleLines: ['HEMISPHERIC STRATEGY AGAINST', 'TRANSNATIONAL ORGANIZED CRIME'] },
  { id: 'gtdot-workplan-2008', file: '004_4556ae0e132c52fc.txt', titleLines: [] },
];

/** Item markers as printed: "7.", "1.1", "2.1.", "a.", "iv.", "A.", "II.", "·", "", and the footnote's stray character. */
const MARKER = /^(?:\d+(?:\.\d+)+\.?|\d+\.|[A-Za-z]{1,4}\.|[\u00b7\uf0b7]|\ufffd\.)(?=\s|$)\s*/;

/** Whitespace runs (non-breaking spaces are text, not whitespace) as one space. */
export const norm = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ').trim();

let corpus: Corpus | undefined;
/** The shipped corpus, loaded once per test file. */
export function realCorpus(): Corpus {
  corpus ??= loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
  return corpus;
}

function titles(o: OutlineEntry[]): string[] {
  return o.flatMap((e) => [e.title, ...titles(e.children ?? [])]);
}

/** The source's running text, line by line in source order: what every rendering must contain, in this order. */
export function runningText(seed: Seed, c: Corpus = realCorpus()): string[] {
  const src: string[] = [];
  for (const raw of readFileSync(join(SEEDS, seed.file), 'utf8').split(/\r?\n/).map((l) => l.trim())) {
    if (raw === '' || raw === '/' || seed.titleLines.includes(raw)) continue;
    const l = norm(raw.replace(MARKER, ''));
    if (l !== '') src.push(l);
  }
  for (const h of titles(c.documents.get(seed.id)!.fm.outline)) {
    const i = src.indexOf(norm(h));
    if (i < 0) throw new Error(`heading not in the source: ${h}`);
    src.splice(i, 1);
  }
  return src;
}

/**
 * The first line of `lines` that `text` does not contain after the one before
 * it (undefined when all are there, in order), with where the search stood.
 */
export function firstMissingInOrder(text: string, lines: string[]): { line: string; index: number; after: string } | undefined {
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const i = text.indexOf(line, at);
    if (i < 0) return { line, index, after: text.slice(Math.max(0, at - 80), at) };
    at = i + line.length;
  }
  return undefined;
}
