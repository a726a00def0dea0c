import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheKey, globalKey, indexLine, isRacy, quickHit, readIndex, readParseData, readParseEntries, statAll, statKey, trusted, writeCache, type CacheWrite, type StatKey,
} from '../../src/lint/cache.js';
import { walkCorpus } from '../../src/model/walk.js';
import { BIN, REPO } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ST: StatKey = [120, 1764500000123.4567, 1764500000123.4567, 42];

describe('index lines', () => {
  it('a file is trusted by its stat only when size, times and inode are the same and it was not racy', () => {
    const line = indexLine(ST, 'a'.repeat(40), 'f'.repeat(24), false);
    expect(trusted(line, ST)).toBe(true);
    expect(trusted(line, [121, ST[1], ST[2], ST[3]])).toBe(false);
    expect(trusted(line, [ST[0], ST[1] + 0.001, ST[2], ST[3]])).toBe(false);
    expect(trusted(line, [ST[0], ST[1], ST[2] + 1, ST[3]])).toBe(false);
    expect(trusted(line, [ST[0], ST[1], ST[2], 43])).toBe(false);
    expect(trusted(indexLine(ST, 'a'.repeat(40), 'f'.repeat(24), true), ST)).toBe(false);
    expect(trusted(undefined, ST)).toBe(false);
    expect(trusted(line, undefined)).toBe(false);
  });
  it('a stat within two seconds of the moment it was taken is racy (mtime or ctime)', () => {
    expect(isRacy(ST, ST[1] + 1999)).toBe(true);
    expect(isRacy(ST, ST[1] + 2001)).toBe(false);
    expect(isRacy([1, 0, ST[2], 1], ST[2] + 100)).toBe(true);
  });
  it('statAll gives what statKey gives, on a large corpus (4,100 files) and a small one', async () => {
    const root = join(dir, 'many');
    for (let i = 0; i < 4100; i++) {
      const d = join(root, 'paragraphs', `d${i % 7}`);
      if (i < 7) cpSync(join(REPO, 'corpus/documents'), join(root, 'documents'), { recursive: true, force: true });
      if (!existsSync(d)) spawnSync('mkdir', ['-p', d]);
      writeFileSync(join(d, `${i}.md`), `x${i}`);
    }
    const found = walkCorpus(root);
    expect(found.length).toBeGreaterThanOrEqual(4100);
    const stats = await statAll(found);
    expect(stats).toEqual(found.map((f) => statKey(f.path)));
    const few = found.slice(0, 10);
    expect(await statAll(few)).toEqual(few.map((f) => statKey(f.path)));
  });
});

describe('cache files', () => {
  const location = join(dir, 'c', 'lint.json');
  const key = cacheKey('/corpus');
  const top = { global: 'g', notes: ['a note'], unusedBaseline: [] };
  const base = (n: number): CacheWrite => {
    const lines: Record<string, string> = {};
    const parse: CacheWrite['parse'] = {};
    for (let i = 0; i < n; i++) {
      lines[`paragraphs/d/${i}.md`] = indexLine(ST, String(i).padStart(40, '0'), 'face', false);
      parse[`paragraphs/d/${i}.md`] = { problems: [], data: { id: `d/${i}` }, schemaErrors: [] };
    }
    return { key, top, lines, findings: {}, parse, touched: new Set(), reparsed: new Set(), parseComplete: true, parseOnDisk: false };
  };

  it('writes a base, then a small delta for a few changes, then a new base when the delta grows', () => {
    writeCache(location, base(1000));
    expect(existsSync(`${location}.delta`)).toBe(false);
    let read = readIndex(location, key)!;
    expect(Object.keys(read.index.lines)).toHaveLength(1000);
    expect(readParseData(location, read)!.entries['paragraphs/d/7.md']!.data).toEqual({ id: 'd/7' });

    // One file changed, one deleted, one finding recorded: a delta of a few lines.
    const next = base(1000);
    next.lines['paragraphs/d/7.md'] = indexLine(ST, 'b'.repeat(40), 'face', false);
    next.parse['paragraphs/d/7.md'] = { problems: [], data: { id: 'd/7', changed: true }, schemaErrors: [] };
    delete next.lines['paragraphs/d/8.md'];
    delete next.parse['paragraphs/d/8.md'];
    next.findings['paragraphs/d/9.md'] = { messages: [{ file: '/corpus/paragraphs/d/9.md', ruleId: 'schema', severity: 'error', message: 'x', line: 2, column: 1 }] };
    writeCache(location, { ...next, touched: new Set(['paragraphs/d/7.md', 'paragraphs/d/9.md']), reparsed: new Set(['paragraphs/d/7.md']), read, parseOnDisk: true });
    expect(existsSync(`${location}.delta`)).toBe(true);
    expect(readFileSync(`${location}.delta`, 'utf8').length).toBeLessThan(2000);
    read = readIndex(location, key)!;
    expect(read.index.lines['paragraphs/d/7.md']).toContain('b'.repeat(40));
    expect(read.index.lines['paragraphs/d/8.md']).toBeUndefined();
    expect(read.index.findings['paragraphs/d/9.md']!.messages![0]!.message).toBe('x');
    const parsed = readParseData(location, read)!;
    expect(parsed.entries['paragraphs/d/7.md']!.data).toEqual({ id: 'd/7', changed: true });
    expect(parsed.entries['paragraphs/d/8.md']).toBeUndefined();

    // Many changes: a new base, the delta gone, the same content.
    const many = base(1000);
    const touched = new Set(Object.keys(many.lines).slice(0, 300));
    for (const rel of touched) many.lines[rel] = indexLine(ST, 'c'.repeat(40), 'face', false);
    writeCache(location, { ...many, touched, read, parseOnDisk: true });
    expect(existsSync(`${location}.delta`)).toBe(false);
    read = readIndex(location, key)!;
    expect(read.index.lines['paragraphs/d/0.md']).toContain('c'.repeat(40));
    expect(Object.keys(readParseData(location, read)!.entries)).toHaveLength(1000);
  });

  it('reads the parse results of some folders and files alone, with the delta applied, as the whole file gives them', () => {
    const w = base(30);
    // Three folders, a file at the root, names that need JSON escapes and non-ASCII ones.
    for (const rel of ['documents/a.md', 'documents/b "é".md', 'paragraphs/e/1.md', 'paragraphs/e/2.md', 'README.md']) {
      w.lines[rel] = indexLine(ST, 'a'.repeat(40), 'face', false);
      w.parse[rel] = { problems: [], data: { id: rel, text: 'línea\ncon "comillas"' }, schemaErrors: [], fm: 'h' };
    }
    writeCache(location, w);
    let read = readIndex(location, key)!;
    const all = readParseData(location, read)!.entries;
    const some = readParseEntries(location, read, ['documents/', 'paragraphs/e/'], ['paragraphs/d/7.md', 'README.md'])!;
    expect(Object.keys(some).sort()).toEqual(['README.md', 'documents/a.md', 'documents/b "é".md', 'paragraphs/d/7.md', 'paragraphs/e/1.md', 'paragraphs/e/2.md']);
    for (const rel of Object.keys(some)) expect(some[rel], rel).toEqual(all[rel]);
    // The last folder of the file (no comma after its last line), alone.
    expect(Object.keys(readParseEntries(location, read, ['paragraphs/e/'])!)).toEqual(['paragraphs/e/1.md', 'paragraphs/e/2.md']);
    expect(readParseEntries(location, read, ['nowhere/'])).toEqual({});

    // A delta changes one and deletes another: read alone as in the whole.
    const next = { ...w, lines: { ...w.lines }, parse: { ...w.parse } };
    next.parse['paragraphs/e/1.md'] = { problems: [], data: { id: 'changed' }, schemaErrors: [] };
    delete next.lines['documents/a.md'];
    delete next.parse['documents/a.md'];
    writeCache(location, { ...next, touched: new Set(['paragraphs/e/1.md']), reparsed: new Set(['paragraphs/e/1.md']), read, parseOnDisk: true });
    read = readIndex(location, key)!;
    const after = readParseEntries(location, read, ['documents/', 'paragraphs/e/'])!;
    expect(after['paragraphs/e/1.md']!.data).toEqual({ id: 'changed' });
    expect(after['documents/a.md']).toBeUndefined();
    expect(after['documents/b "é".md']).toEqual(all['documents/b "é".md']);

    // Parse results of another base, or damaged: none (the caller reads everything).
    writeFileSync(`${location}.parse`, readFileSync(`${location}.parse`, 'utf8').replace(/"id":"[0-9a-f]+"/, '"id":"other"'));
    expect(readParseEntries(location, read, ['documents/'])).toBeUndefined();
    writeFileSync(`${location}.parse`, '{"v":4,');
    expect(readParseEntries(location, read, ['documents/'])).toBeUndefined();
  });

  it('ignores a delta written for another base, and a cache of another build or corpus', () => {
    writeCache(location, base(10));
    const read = readIndex(location, key)!;
    writeFileSync(`${location}.delta`, JSON.stringify({ v: 3, key, base: 'someone-else', global: 'h', notes: [], unusedBaseline: [], entries: { 'paragraphs/d/1.md': null }, findings: {}, parse: {} }));
    expect(readIndex(location, key)!.index.lines['paragraphs/d/1.md']).toBe(read.index.lines['paragraphs/d/1.md']);
    expect(readIndex(location, cacheKey('/another-corpus'))).toBeUndefined();
    writeFileSync(location, '{"v": 3, "key": ');
    expect(readIndex(location, key)).toBeUndefined();
  });
});

describe('quickHit', () => {
  const root = join(dir, 'q');
  cpSync(join(REPO, 'corpus'), root, { recursive: true });
  const inputs = { today: '2026-11-30', severities: {}, config: '', baseline: '' };

  it('answers only when every file is trusted by its stat and the global key is the same', async () => {
    const found = walkCorpus(root);
    const stats = await statAll(found);
    const lines: Record<string, string> = {};
    found.forEach((f, i) => { lines[f.rel] = indexLine(stats[i]!, 'h'.repeat(40), 'face', false); });
    const files = found.map((f) => ({ rel: f.rel, kind: f.kind, hash: 'h'.repeat(40) }));
    const location = join(dir, 'q.json');
    writeCache(location, { key: cacheKey(root), top: { global: globalKey(inputs, files), notes: [], unusedBaseline: [] }, lines, findings: {}, parse: {}, touched: new Set(), reparsed: new Set(), parseComplete: true, parseOnDisk: false });
    const read = readIndex(location, cacheKey(root));
    const hit = quickHit(read, found, stats, inputs);
    expect(hit?.results).toHaveLength(found.length);
    expect(hit?.errorCount).toBe(0);
    // Another day, a file touched, a file added: no answer.
    expect(quickHit(read, found, stats, { ...inputs, today: '2026-12-01' })).toBeUndefined();
    const p = join(root, found[found.length - 1]!.rel);
    utimesSync(p, new Date(), new Date());
    expect(quickHit(read, found, await statAll(found), inputs)).toBeUndefined();
    writeFileSync(join(root, 'paragraphs/strategy-2021/zz.md'), 'x');
    const more = walkCorpus(root);
    expect(quickHit(read, more, await statAll(more), inputs)).toBeUndefined();
  });
});

describe('plan lint --cache, nothing changed', () => {
  it('answers from the index without loading the YAML parser, the Markdown parser or the rules', () => {
    const root = join(dir, 'light');
    cpSync(join(REPO, 'corpus'), root, { recursive: true });
    // A module hook that logs every module resolved (ESM) and required (CommonJS: yaml is).
    const hook = join(dir, 'hook.mjs');
    const log = join(dir, 'loaded.txt');
    const resolver = `import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`;
    writeFileSync(hook, [
      "import { appendFileSync } from 'node:fs';",
      "import { createRequire, register } from 'node:module';",
      `register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(resolver))});`,
      "const M = createRequire(import.meta.url)('node:module');",
      'const load = M._load;',
      `M._load = function (req, ...rest) { appendFileSync(${JSON.stringify(log)}, 'require:' + req + '\\n'); return load.call(this, req, ...rest); };`,
    ].join('\n'));
    const args = [BIN, 'lint', '--corpus', root, '--format', 'json', '--today', '2026-11-30', '--cache-location', join(dir, 'light.json')];
    const first = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(first.status).toBe(0);
    // Wait out the racy window once (the files were just copied).
    spawnSync('sleep', ['2.1']);
    spawnSync(process.execPath, args, { encoding: 'utf8' });
    rmSync(log, { force: true });
    const warm = spawnSync(process.execPath, ['--import', hook, ...args], { encoding: 'utf8' });
    expect(warm.status).toBe(0);
    expect(warm.stdout).toBe(first.stdout);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).not.toMatch(/node_modules\/(yaml|js-yaml|unified|remark-parse|micromark)\//);
    expect(loaded).not.toContain('require:yaml');
    // The code loaded, whether from dist/ as compiled or from the bundle's chunks (dist/bundle/).
    const files = loaded.split('\n').flatMap((l) => {
      if (l.startsWith('file:')) return [fileURLToPath(l)];
      const chunk = /^require:(?:\.\/|.*\/dist\/bundle\/)(.+\.cjs)$/.exec(l)?.[1];
      return chunk && existsSync(join(REPO, 'dist/bundle', chunk)) ? [join(REPO, 'dist/bundle', chunk)] : [];
    });
    const code = [...new Set(files)].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code).toContain('function quickHit(');
    // No rule (each names its docs' anchor by its id), no YAML parser, no Markdown parser.
    for (const heavy of [/id: ["']acronym-defined["']/, /YAMLException/, /micromark/, /function compileSchema/]) expect(code).not.toMatch(heavy);
  });
});

describe('cachedLint (the library under plan lint --cache)', () => {
  it('parses one file and relints only its paragraph, on a model of its document, after a body-only edit; everything after a document edit', async () => {
    const { cachedLint } = await import('../../src/lint/cached.js');
    const { loadConfig } = await import('../../src/model/load.js');
    const { loadBaseline } = await import('../../src/lint/suppress.js');
    const { RULE_IDS } = await import('../../src/rules/index.js');
    const { rootFileText } = await import('../../src/lint/cache.js');
    const root = join(dir, 'lib');
    cpSync(join(REPO, 'corpus'), root, { recursive: true });
    const run = () => cachedLint({
      root, today: '2026-11-30', severities: {}, location: join(dir, 'lib.json'),
      inputs: { today: '2026-11-30', severities: {}, config: rootFileText(root, 'plan.config.yaml'), baseline: rootFileText(root, 'plan.baseline.yaml') },
      loadConfig: () => loadConfig(root, RULE_IDS), loadBaseline: () => loadBaseline(root),
    });
    const cold = await run();
    expect(cold.work).toMatchObject({ parsed: cold.work.files, full: true });
    expect((await run()).work).toMatchObject({ parsed: 0, linted: 0, full: false });
    const p = join(root, 'paragraphs/cedot-draft-2006/B.III.1.md');
    writeFileSync(p, readFileSync(p, 'utf8') + '\n');
    const edited = await run();
    // The model: the documents, instruments, bodies and states, and the paragraph's document.
    const count = (...d: string[]) => readdirSync(join(root, ...d)).length;
    const model = count('documents') + count('instruments') + count('bodies') + count('states') + count('paragraphs', 'cedot-draft-2006');
    expect(edited.work).toMatchObject({ parsed: 1, model, linted: 1, full: false });
    expect(model).toBeLessThan(cold.work.files / 3);
    expect(edited.result.errorCount).toBe(cold.result.errorCount);
    // Front matter rewritten with the same data (a comment): the whole model, the one paragraph relinted.
    writeFileSync(p, readFileSync(p, 'utf8').replace('---\n', '---\n# checked against the source\n'));
    expect((await run()).work).toMatchObject({ parsed: 1, model: cold.work.files, linted: 1, full: false });
    const d = join(root, 'documents/cedot-draft-2006.md');
    writeFileSync(d, readFileSync(d, 'utf8') + '\n');
    expect((await run()).work).toMatchObject({ parsed: 1, linted: cold.work.files, full: true });
  });
});
