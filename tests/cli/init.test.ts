/**
 * `plan init`: a corpus skeleton that lints clean, never overwrites, and whose
 * example facts are the shipped corpus's own (so they cannot drift into an
 * invented fact).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { validate } from '../../src/schema/validate.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { REPO } from './run.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'plan-init-'));
  dirs.push(d);
  return d;
};

async function plan(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: [...argv, '--today', '2026-12-01'], cwd, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

/** Every file under `dir`, relative, sorted. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [`${prefix}${e.name}/`, ...tree(join(dir, e.name), `${prefix}${e.name}/`)] : [`${prefix}${e.name}`])).sort();
}

const frontMatter = (text: string): Record<string, unknown> => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

describe('plan init', () => {
  it('creates a skeleton that lints clean, with one example of each kind, and lists what it wrote', async () => {
    const d = fresh();
    const r = await plan(d, ['init']);
    expect(r.code, r.err).toBe(0);
    expect(tree(d).filter((f) => !f.endsWith('/'))).toEqual([
      '.github/workflows/plan-lint.yml', '.gitignore', '.vscode/settings.json',
      'corpus/bodies/member-states.md', 'corpus/bodies/oas.md', 'corpus/commitments/MEX/untoc.md',
      'corpus/documents/example-draft.md', 'corpus/instruments/untoc.md', 'corpus/paragraphs/example-draft/1.md',
      'corpus/plan.config.yaml', 'corpus/states/MEX.md',
    ]);
    expect(r.out).toContain('created corpus/paragraphs/example-draft/1.md\n');
    const lint = await plan(d, ['lint']);
    expect(lint.code, lint.out).toBe(0);
    expect(lint.out).toContain('7 files checked, no problems');
    // the example working draft carries --today, so date checks pass on any day
    expect(readFileSync(join(d, 'corpus/documents/example-draft.md'), 'utf8')).toContain('date: "2026-12-01"');
    // every example says it is one
    for (const f of tree(join(d, 'corpus')).filter((x) => x.endsWith('.md'))) {
      expect(readFileSync(join(d, 'corpus', f), 'utf8'), f).toContain('# Example written by `plan init`');
    }
    // the gaps of the example state answer from the example record
    const gaps = await plan(d, ['gaps', '--state', 'MEX', '--include-drafts', '--format', 'json']);
    expect(gaps.code, gaps.err).toBe(0);
    const items = (JSON.parse(gaps.out) as { items: Array<{ key: string; status: string }> }).items;
    expect(items.map((i) => [i.key, i.status])).toEqual([['example-draft/1#untoc', 'done']]);
  });

  it('takes its example facts from the shipped corpus, unchanged', () => {
    for (const f of ['instruments/untoc.md', 'states/MEX.md', 'commitments/MEX/untoc.md', 'bodies/member-states.md', 'bodies/oas.md']) {
      const example = frontMatter(readFileSync(join(REPO, 'templates/init/corpus', f), 'utf8'));
      const real = frontMatter(readFileSync(join(REPO, 'corpus', f), 'utf8'));
      expect(example, f).toEqual(real);
    }
  });

  it('writes a configuration where every option is present, commented, and valid once uncommented', async () => {
    const d = fresh();
    await plan(d, ['init']);
    const text = readFileSync(join(d, 'corpus/plan.config.yaml'), 'utf8');
    expect(parse(text)).toBeNull(); // all commented: the defaults apply
    for (const r of RULE_METAS) expect(text).toContain(`#   ${r.id}`);
    const uncommented = text.split('\n').map((l) => l.replace(/^#( ?)(?=(rules:|  [a-z]|stale-after-years:))/, '')).join('\n');
    const data = parse(uncommented) as Record<string, unknown>;
    expect(Object.keys(data.rules as object)).toHaveLength(RULE_METAS.length);
    expect(data['stale-after-years']).toBe(5);
    expect(validate('config', data)).toEqual([]);
  });

  it('maps every kind of file to its schema for editors', async () => {
    const d = fresh();
    await plan(d, ['init']);
    const settings = JSON.parse(readFileSync(join(d, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    const schemas = Object.keys(settings['yaml.schemas']).map((p) => p.replace('./node_modules/plan/', ''));
    for (const s of schemas) expect(existsSync(join(REPO, s)), s).toBe(true);
    expect(schemas).toHaveLength(readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.schema.json')).length);
  });

  it('never overwrites: a second run writes nothing and exits 2 naming the files', async () => {
    const d = fresh();
    await plan(d, ['init']);
    writeFileSync(join(d, 'corpus/states/MEX.md'), 'mine\n');
    const before = tree(d);
    const r = await plan(d, ['init']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan: .*corpus\/bodies\/member-states\.md.* already exist in .*Nothing was written\.\n/);
    expect(tree(d)).toEqual(before);
    expect(readFileSync(join(d, 'corpus/states/MEX.md'), 'utf8')).toBe('mine\n');
  });

  it('keeps an existing .gitignore and adds the cache entry to it', async () => {
    const d = fresh();
    writeFileSync(join(d, '.gitignore'), 'build/');
    expect((await plan(d, ['init'])).code).toBe(0);
    expect(readFileSync(join(d, '.gitignore'), 'utf8')).toBe('build/\n# the cache of `plan lint --cache`\n.plancache/\n');
  });

  it('--minimal makes just the corpus folders, in a folder given as argument', async () => {
    const d = fresh();
    const r = await plan(d, ['init', 'repo', '--minimal']);
    expect(r.code, r.err).toBe(0);
    expect(tree(join(d, 'repo'))).toEqual(['corpus/', 'corpus/bodies/', 'corpus/commitments/', 'corpus/documents/', 'corpus/instruments/', 'corpus/paragraphs/', 'corpus/states/']);
  });

  it('counts a folder where a file must go as a conflict', async () => {
    const d = fresh();
    mkdirSync(join(d, 'corpus/states/MEX.md'), { recursive: true });
    const r = await plan(d, ['init']);
    expect(r.code).toBe(2);
    expect(tree(d)).toEqual(['corpus/', 'corpus/states/', 'corpus/states/MEX.md/']);
  });

  it('writes nothing when a write fails midway (all or none), in one line', async () => {
    const d = fresh();
    // a file where a folder must go: the writes before it succeed, that one fails
    writeFileSync(join(d, '.vscode'), 'not a folder');
    const r = await plan(d, ['init']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan: Could not write .*\.vscode\/settings\.json: a part of the path is not a folder \(ENOTDIR\); nothing was changed\.\n$/);
    expect(tree(d)).toEqual(['.vscode']);
  });
});
