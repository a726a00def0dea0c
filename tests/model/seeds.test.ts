/**
 * The imported corpus against its sources: counts, text coverage, citations,
 * ids. Reads the files directly (not through the corpus loader).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { importSeeds, instrumentResolver } from '../../src/import/seeds.js';
import { scanCitations } from '../../src/text/citations.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const SEEDS = join(ROOT, 'sources', 'seeds');

interface Doc {
  id: string;
  file: string;
  total: number;
  /** Lines of the title block, which are neither headings nor paragraphs. */
  titleLines: string[];
}

const DOCS: Doc[] = [
  {
    id: 'mex-draft-2005',
    file: '000_5221728a10fd350b.txt',
    // 8 cover-note paragraphs + chapeau + 6 preambular + list lead-in + 12 instruments + 39 operative (7-45) + 6 lettered (42.a-f)
    total: 73,
    titleLines: ['DRAFT FROM THE GOVERNMENT OF MEXICO', 'HEMISPHERIC PLAN OF ACTION AGAINST', 'TRANSNATIONAL ORGANIZED CRIME', 'ORGANIZATION OF AMERICAN STATES'],
  },
  // 7 + 4 report paragraphs, chapeau + 8 preambular, AGREE + 4 + 12, A: 15, B: 115, fn.1
  { id: 'cedot-draft-2006', file: '001_d806ea1b4ccd5d84.txt', total: 168, titleLines: [] },
  // intro + 70 recommendations
  { id: 'csh-recommendations-2005', file: '002_72816f43daeceac8.txt', total: 71, titleLines: [] },
  // headnote, 4 intro, 2 objectives, actions 1-6 (15 + 22 + 15 + 5 + 10 + 8), follow-up 4, financing 3
  { id: 'strategy-2021', file: '003_f80393c79be9c811.txt', total: 89, titleLines: ['HEMISPHERIC STRATEGY AGAINST', 'TRANSNATIONAL ORGANIZED CRIME'] },
  // 3 background, 6 justification, 5 objective, actions.1, 21 numbered actions + 16 bullets, fn.1
  { id: 'gtdot-workplan-2008', file: '004_4556ae0e132c52fc.txt', total: 53, titleLines: [] },
];

interface FileData {
  path: string;
  fm: Record<string, unknown>;
  body: string;
}

function readMd(path: string): FileData {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter: ${path}`);
  return { path, fm: YAML.parse(m[1]!, { version: '1.2', schema: 'core' }) as Record<string, unknown>, body: m[2]! };
}

function paragraphs(doc: string): FileData[] {
  const dir = join(CORPUS, 'paragraphs', doc);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readMd(join(dir, f)))
    .sort((a, b) => (a.fm['position'] as number) - (b.fm['position'] as number));
}

function sourceLines(file: string): string[] {
  return readFileSync(join(SEEDS, file), 'utf8').split(/\r?\n/).map((l) => l.trim());
}

/** Item markers as printed: "7.", "1.1", "2.1.", "a.", "iv.", "A.", "II.", "·", "", and the footnote's stray character. */
const MARKER = /^(?:\d+(?:\.\d+)+\.?|\d+\.|[A-Za-z]{1,4}\.|[\u00b7\uf0b7]|\ufffd\.)(?=\s|$)\s*/;
const norm = (s: string): string => s.replace(/[ \t]+/g, ' ').trim();

interface Outline {
  title: string;
  number?: string;
  children?: Outline[];
}
function flatten(o: Outline[], path: string[] = []): Array<{ title: string; path: string[] }> {
  return o.flatMap((e) => [{ title: e.title, path: [...path, e.title] }, ...flatten(e.children ?? [], [...path, e.title])]);
}

describe('the imported seed corpus', () => {
  it.each(DOCS)('$id: document file, ids and paths agree', ({ id }) => {
    const d = readMd(join(CORPUS, 'documents', `${id}.md`));
    expect(d.fm['id']).toBe(id);
    for (const p of paragraphs(id)) {
      const number = p.path.split('/').pop()!.replace(/\.md$/, '');
      expect(p.fm['id']).toBe(`${id}/${number}`);
      expect(p.fm['document']).toBe(id);
      expect(p.fm['number']).toBe(number);
      expect(typeof p.fm['printed']).toBe('boolean');
    }
    const positions = paragraphs(id).map((p) => p.fm['position']);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it.each(DOCS)('$id: paragraph count against the source', ({ id, file, total }) => {
    const ps = paragraphs(id);
    expect(ps).toHaveLength(total);
    const lines = sourceLines(file);
    const ids = new Set(ps.map((p) => (p.fm['number'] as string)));
    const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
    const ofType = (t: string) => ps.filter((p) => p.fm['type'] === t).length;
    if (id === 'mex-draft-2005') {
      expect(count(/^\d+\.$/)).toBe(45);
      for (let n = 1; n <= 45; n++) expect(ids.has(String(n)), String(n)).toBe(true);
      expect(count(/^\uf0b7$/)).toBe(12);
      for (let n = 1; n <= 12; n++) expect(ids.has(`list.${n}`)).toBe(true);
      expect(count(/^[a-f]\.\s/)).toBe(6);
      for (const l of 'abcdef') expect(ids.has(`42.${l}`)).toBe(true);
      expect(ofType('preambular')).toBe(1 + 6);
      expect(ps.filter((p) => /^cover\./.test(p.fm['number'] as string))).toHaveLength(8);
    }
    if (id === 'cedot-draft-2006') {
      for (const n of ['1', '2', '3', '4', 'agree', 'chapeau', 'fn.1']) expect(ids.has(n), n).toBe(true);
      expect(count(/^[a-l]\.\s/)).toBe(12);
      for (const l of 'abcdefghijkl') expect(ids.has(`3.${l}`)).toBe(true);
      expect(ofType('bullet')).toBe(count(/^\u00b7/));
      expect(ofType('institutional')).toBe(count(/^Institutional aspects:/));
      expect(ofType('preambular')).toBe(1 + count(/^[A-Z][A-Z ]+ (?:that|the|about|OAS)\b/));
    }
    if (id === 'csh-recommendations-2005') {
      expect(count(/^\d+\.\s/)).toBe(70);
      for (let n = 1; n <= 70; n++) expect(ids.has(String(n)), String(n)).toBe(true);
      expect(ofType('recommendation')).toBe(70);
    }
    if (id === 'strategy-2021') {
      // Every lettered and roman item as printed, and nothing else, ends in a letter.
      expect(ps.filter((p) => /\.[a-z]+$/.test(p.fm['number'] as string))).toHaveLength(count(/^[a-z]+\.\s/));
      expect(ps.filter((p) => p.fm['printed'] === true)).toHaveLength(count(/^[a-z]+\.\s/) - 5);
      expect(ofType('list-item')).toBe(11 + 7);
      for (const n of ['3.c', '2.iv', '2.a', '2.a.iii', 'follow-up.a', 'financing.b']) expect(ids.has(n), n).toBe(true);
    }
    if (id === 'gtdot-workplan-2008') {
      const numbered = count(/^\d\.\d\.?(?:\s|$)/);
      expect(numbered).toBe(21);
      expect(ps.filter((p) => /^\d\.\d$/.test(p.fm['number'] as string))).toHaveLength(numbered);
      expect(ofType('bullet')).toBe(count(/^\u00b7/));
      expect(ids.has('fn.1')).toBe(true);
    }
  });

  it.each(DOCS)('$id: every line of text is in exactly one paragraph body, verbatim', ({ id, file, titleLines }) => {
    const doc = readMd(join(CORPUS, 'documents', `${id}.md`));
    const src: string[] = [];
    for (const raw of sourceLines(file)) {
      if (raw === '' || raw === '/' || titleLines.includes(raw)) continue;
      const l = norm(raw.replace(MARKER, ''));
      if (l !== '') src.push(l);
    }
    // Headings: each outline title once.
    for (const h of flatten(doc.fm['outline'] as Outline[])) {
      const i = src.indexOf(norm(h.title));
      expect(i, `heading ${h.title}`).toBeGreaterThanOrEqual(0);
      src.splice(i, 1);
    }
    const bodies = paragraphs(id).flatMap((p) => p.body.replace(/\n$/, '').split('\n').map(norm));
    expect([...bodies].sort()).toEqual([...src].sort());
  });

  it.each(DOCS)('$id: every citation in a body is declared in cites', ({ id }) => {
    const resolve = instrumentResolver(CORPUS);
    for (const p of paragraphs(id)) {
      const cites = (p.fm['cites'] ?? []) as Array<{ instrument: string; articles?: string[]; paragraph?: string; text?: string }>;
      for (const c of scanCitations(p.body, resolve)) {
        expect(c.instrument, `${p.fm['id']}: ${c.text}`).toBeDefined();
        const hit = cites.find(
          (x) => x.instrument === c.instrument && JSON.stringify(x.articles) === JSON.stringify(c.articles) && x.paragraph === c.paragraph && x.text === c.text,
        );
        expect(hit, `${p.fm['id']}: ${c.text} not in cites`).toBeDefined();
      }
      for (const c of cites) if (c.text !== undefined) expect(p.body.includes(c.text), `${p.fm['id']}: ${c.text}`).toBe(true);
    }
  });

  it.each(DOCS)('$id: sections are in the outline, relations point at paragraphs', ({ id }) => {
    const doc = readMd(join(CORPUS, 'documents', `${id}.md`));
    const paths = new Set(['', ...flatten(doc.fm['outline'] as Outline[]).map((h) => h.path.join('\u0000'))]);
    const all = new Set(DOCS.flatMap((d) => paragraphs(d.id).map((p) => p.fm['id'] as string)));
    for (const p of paragraphs(id)) {
      expect(paths.has((p.fm['section'] as string[]).join('\u0000')), `${p.fm['id']} section`).toBe(true);
      for (const r of (p.fm['relations'] ?? []) as Array<{ type: string; target: string; resolved?: boolean; text?: string }>) {
        if (r.resolved === false) continue;
        expect(all.has(r.target), `${p.fm['id']} -> ${r.target}`).toBe(true);
        if (r.text !== undefined) expect(p.body.includes(r.text)).toBe(true);
      }
    }
  });

  it.each(DOCS)('$id: bodies are plain text (no line opens a Markdown block)', ({ id }) => {
    for (const p of paragraphs(id)) {
      expect(p.body.trim(), `${p.fm['id']} empty`).not.toBe('');
      for (const line of p.body.split('\n')) {
        expect(/^(?:[ \t]|[#>*+\-=_|<`~]|\d{1,9}[.)](?:\s|$))/.test(line), `${p.fm['id']}: ${line}`).toBe(false);
      }
    }
  });

  it('is what the importer produces (re-running changes nothing)', () => {
    const r = importSeeds({ seedsDir: SEEDS, corpusDir: CORPUS, dryRun: true });
    expect(r.written).toEqual([]);
    expect(r.stale).toEqual([]);
    expect(r.documents.map((d) => d.paragraphs)).toEqual(DOCS.map((d) => d.total));
  });

  it('keeps the contract facts of the documents', () => {
    const fm = (id: string) => readMd(join(CORPUS, 'documents', `${id}.md`)).fm;
    expect(fm('mex-draft-2005')['status']).toBe('circulated-draft');
    expect(fm('cedot-draft-2006')['status']).toBe('circulated-draft');
    expect(fm('csh-recommendations-2005')['status']).toBe('circulated-draft');
    expect(fm('strategy-2021')['status']).toBe('adopted');
    expect(fm('strategy-2021')['adopted']).toMatchObject({ by: 'general-assembly', instrument: 'AG/RES. 2970 (LI-O/21)' });
    expect(fm('gtdot-workplan-2008')['status']).toBe('adopted');
    expect(fm('gtdot-workplan-2008')['symbol']).toBe('CP/CSH-1018/08');
    expect(String(fm('cedot-draft-2006')['notes'])).toMatch(/NOT the Plan as adopted/);
  });
});

describe('the seed importer on a scratch corpus', () => {
  it('is deterministic and keeps hand-curated keys on re-run', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'plan-seeds-'));
    try {
      const a = join(dir, 'a');
      const b = join(dir, 'b');
      const ra = importSeeds({ seedsDir: SEEDS, corpusDir: a });
      importSeeds({ seedsDir: SEEDS, corpusDir: b });
      expect(ra.written.length).toBe(5 + DOCS.reduce((n, d) => n + d.total, 0));
      const p = join(a, 'paragraphs', 'mex-draft-2005', '24.md');
      expect(readFileSync(p, 'utf8')).toBe(readFileSync(join(b, 'paragraphs', 'mex-draft-2005', '24.md'), 'utf8'));

      // A curator adds keys and changes addressees; the body is (wrongly) edited too.
      const f = readMd(p);
      const fm = {
        ...f.fm,
        addressees: ['member-states', 'general-secretariat'],
        force: 'may',
        relations: [
          ...((f.fm['relations'] as unknown[]) ?? []),
          { type: 'derived-from', target: 'csh-recommendations-2005/19', basis: 'same-topic' },
          { type: 'part-of', target: 'mex-draft-2005/1' },
        ],
        // An obligation in the key used before issue 21 (`on`, read as true by YAML 1.1 tools): read once, written as `subject`.
        obligation: { action: 'conclude-agreements', summary: 'Conclude extradition treaties', on: 'extradition' },
        notes: ['checked by hand'],
        'x-review': 'done',
      };
      const yaml = YAML.stringify({ ...fm, cites: [...((f.fm['cites'] as unknown[]) ?? []), { instrument: 'ia-extradition', text: 'treaties' }] }).replace(/^force:/m, '# plan-lint-disable-next-line force-matches-text -- reviewed by hand\nforce:');
      writeFileSync(p, `---\n${yaml}---\nedited\n`);
      const dp = join(a, 'documents', 'mex-draft-2005.md');
      const d = readMd(dp);
      writeFileSync(dp, `---\n${YAML.stringify({ ...d.fm, notes: ['curated note'], status: 'adopted' })}---\nx\n`);

      const r2 = importSeeds({ seedsDir: SEEDS, corpusDir: a });
      expect(r2.written.sort()).toEqual([dp, p].sort());
      const after = readMd(p);
      expect(after.fm['addressees']).toEqual(['member-states', 'general-secretariat']);
      // A reviewed force, a curated cite and a suppression comment are kept; the text's own cites come first.
      expect(after.fm['force']).toBe('may');
      expect(after.fm['cites']).toEqual([...((f.fm['cites'] as unknown[]) ?? []), { instrument: 'ia-extradition', text: 'treaties' }]);
      expect(readFileSync(p, 'utf8')).toMatch(/\n# plan-lint-disable-next-line force-matches-text -- reviewed by hand\nforce: may\n/);
      expect(after.fm['obligation']).toEqual({ action: 'conclude-agreements', summary: 'Conclude extradition treaties', subject: 'extradition' });
      expect(readFileSync(p, 'utf8')).toMatch(/\nobligation:\n  action: conclude-agreements\n  summary: Conclude extradition treaties\n  subject: extradition\n/);
      expect(after.fm['notes']).toEqual(['checked by hand']);
      expect(after.fm['x-review']).toBe('done');
      expect(after.fm['relations']).toEqual([
        { type: 'refers-to', target: 'mex-draft-2005/9', text: 'paragraph 9 of this Plan of Action' },
        { type: 'derived-from', target: 'csh-recommendations-2005/19', basis: 'same-topic' },
      ]);
      expect(Object.keys(after.fm)).toEqual(['id', 'document', 'number', 'printed', 'position', 'section', 'type', 'addressees', 'force', 'cites', 'relations', 'obligation', 'notes', 'x-review']);
      expect(after.body).toMatch(/^Given the need to improve extradition procedures/);
      const doc = readMd(dp);
      expect(doc.fm['notes']).toEqual(['curated note']);
      expect(doc.fm['status']).toBe('circulated-draft');

      // And again: nothing changes.
      expect(importSeeds({ seedsDir: SEEDS, corpusDir: a }).written).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
