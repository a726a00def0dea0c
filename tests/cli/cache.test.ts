import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { plan } from './run.js';

const root = writeCorpus(MINI);
afterAll(() => removeCorpus(root));
const args = ['lint', '--corpus', root, '--format', 'json', '--today', '2026-01-01', '--cache-location', join(root, '.cache.json')];

describe('plan lint --cache', () => {
  it('gives the same answer cold and warm, and sees a changed file and the files that depend on it', () => {
    const cold = plan(args);
    expect(cold.code).toBe(0);
    expect(existsSync(join(root, '.cache.json'))).toBe(true);
    const warm = plan(args);
    expect(warm.stdout).toBe(cold.stdout);
    // Break a target: the file that derives from it must be reported, though its own bytes did not change.
    writeFileSync(join(root, 'paragraphs/draft/1.md'), mini('paragraphs/draft/1.md').replace('force: shall', 'force: shal'));
    const changed = plan(args);
    const files = JSON.parse(changed.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(changed.code).toBe(1);
    expect(files.find((f) => f.filePath.endsWith('draft/1.md'))!.messages.map((m) => m.ruleId)).toEqual(['schema']);
    const plain = plan(args.slice(0, -2));
    expect(changed.stdout).toBe(plain.stdout);
  });
  it('with paths, gives what a run for those paths gives', () => {
    for (const paths of [['paragraphs/draft'], ['paragraphs/draft/1.md', 'documents']]) {
      const plain = plan([...args.slice(0, -2), ...paths.map((p) => join(root, p))]);
      const cached = plan([...args, ...paths.map((p) => join(root, p))]);
      expect(cached.code).toBe(plain.code);
      expect(cached.stdout).toBe(plain.stdout);
    }
  });
  it('ignores a corrupt cache', () => {
    writeFileSync(join(root, '.cache.json'), '{not json');
    const r = plan(args);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(plan(args.slice(0, -2)).stdout);
  });
});

describe('plan lint --cache: notes say what a run without the cache says', () => {
  // Two paragraphs cite articles of ia-mla, whose articles no source gives: a note counts them.
  const notesRoot = writeCorpus({
    ...MINI,
    'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['instrument: untoc', 'instrument: ia-mla']),
    'paragraphs/draft/1.md': mini('paragraphs/draft/1.md', ['instrument: untoc\n    articles: ["16"]', 'instrument: ia-mla\n    articles: ["7", "8"]']),
  });
  afterAll(() => removeCorpus(notesRoot));
  const stylish = ['lint', '--corpus', notesRoot, '--today', '2026-01-01'];
  const cached = [...stylish, '--cache-location', join(notesRoot, '.cache.json')];
  const noteOf = (out: string) => out.split('\n').filter((l) => l.includes('not checked'));

  it('after an edit to another file\'s front matter, and on the next run from the cache', () => {
    expect(noteOf(plan(stylish).stdout)).toEqual(['ℹ 3 article citation(s) of `ia-mla` not checked: no source gives its articles.']);
    expect(plan(cached).stdout).toBe(plan(stylish).stdout);
    writeFileSync(join(notesRoot, 'paragraphs/adopted/1.md'), mini('paragraphs/adopted/1.md', ['number: "1"', 'number: "1"\n# renumbered later']));
    const afterEdit = plan(cached);
    expect(noteOf(afterEdit.stdout)).toEqual(['ℹ 3 article citation(s) of `ia-mla` not checked: no source gives its articles.']);
    expect(afterEdit.stdout).toBe(plan(stylish).stdout);
    expect(plan(cached).stdout).toBe(plan(stylish).stdout);
  });

  it('with a path, only about the files asked for, counted there', () => {
    for (const [path, note] of [
      ['paragraphs/draft/1.md', ['ℹ 2 article citation(s) of `ia-mla` not checked: no source gives its articles.']],
      ['paragraphs/adopted/2.md', ['ℹ 1 article citation(s) of `ia-mla` not checked: no source gives its articles.']],
      ['paragraphs/adopted/1.md', []],
    ] as const) {
      const plain = plan([...stylish, join(notesRoot, path)]);
      expect(noteOf(plain.stdout), path).toEqual(note);
      expect(plan([...cached, join(notesRoot, path)]).stdout, path).toBe(plain.stdout);
    }
  });
});
