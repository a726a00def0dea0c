import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { buildIndex, search, splitHighlights, type SearchIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

const ROOT = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** A plain folding, independent of src/search: decomposed, marks dropped, lower case, one space for white space. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/gu, ' ');
}

/** Paragraph ids (from their front matter) of a document whose body holds `re`, read straight from the files. */
function expected(docs: string[], re: RegExp): string[] {
  const out: string[] = [];
  for (const doc of docs) {
    const dir = join(ROOT, 'paragraphs', doc);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
      const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) continue;
      const id = /^id: *"?([^"\n]+?)"? *$/m.exec(m[1]!)?.[1];
      const body = m[2]!.replace(/<!--[\s\S]*?-->/g, ' ');
      if (id && re.test(plain(body))) out.push(id);
    }
  }
  return out.sort();
}

let index: SearchIndex;
let allDocs: string[];

beforeAll(() => {
  const corpus = loadCorpus(ROOT, loadConfig(ROOT, RULE_IDS));
  index = buildIndex(corpus);
  allDocs = readdirSync(join(ROOT, 'paragraphs')).sort();
});

const found = (args: string[], documents?: string[]) => search(index, parseQuery(args), { limit: 100_000, ...(documents ? { documents } : {}) }).results.map((r) => r.id).sort();

describe('search on the real corpus (expectations computed from the files)', () => {
  it('"mutual legal assistance" in strategy-2021: exactly the paragraphs whose body holds the phrase', () => {
    const want = expected(['strategy-2021'], /(^|[^\p{L}\p{N}])mutual legal assistance($|[^\p{L}\p{N}])/u);
    expect(want.length).toBeGreaterThan(0);
    expect(found(['mutual legal assistance'], ['strategy-2021'])).toEqual(want);
  });

  it.each([
    [['extradition'], /(^|[^\p{L}\p{N}])extradition($|[^\p{L}\p{N}])/u],
    [['palerm*'], /(^|[^\p{L}\p{N}])palerm/u],
    [['"money laundering"'], /(^|[^\p{L}\p{N}])money laundering($|[^\p{L}\p{N}])/u],
    [['trafficking', 'firearms'], /^(?=.*(^|[^\p{L}\p{N}])trafficking($|[^\p{L}\p{N}]))(?=.*(^|[^\p{L}\p{N}])firearms($|[^\p{L}\p{N}]))/u],
  ])('%j across all five texts matches a plain scan of the files', (args, re) => {
    const want = expected(allDocs, re);
    expect(want.length).toBeGreaterThan(0);
    expect(found(args)).toEqual(want);
  });

  it('every highlight of a real snippet is a hit of the query', () => {
    const r = search(index, parseQuery(['palerm*']));
    for (const h of r.results) {
      const hits = splitHighlights(h.snippet, h.highlights).filter((p) => p.hit);
      expect(hits.length).toBeGreaterThan(0);
      for (const p of hits) expect(plain(p.text)).toMatch(/^palerm/);
    }
  });
});
