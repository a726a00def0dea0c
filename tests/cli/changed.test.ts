import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

function git(root: string, ...args: string[]) {
  execFileSync('git', ['-C', root, ...args], { stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}
async function lint(root: string, args: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: ['lint', '--corpus', join(root, 'corpus'), '--format', 'json', '--today', '2026-01-01', ...args], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, err, files: out ? (JSON.parse(out) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>) : [] };
}

describe('plan lint --changed', () => {
  const root = writeCorpus(Object.fromEntries(Object.entries(MINI).map(([k, v]) => [`corpus/${k}`, v])));
  roots.push(root);
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');

  it('reports only the changed files, and the files that link to a renamed one', async () => {
    writeFileSync(join(root, 'corpus/instruments/ia-mla.md'), mini('instruments/ia-mla.md').replace('sources: [test fixture]', 'sources: [test fixture, another]'));
    renameSync(join(root, 'corpus/paragraphs/draft/1.md'), join(root, 'corpus/paragraphs/draft/9.md'));
    writeFileSync(join(root, 'corpus/paragraphs/draft/9.md'), mini('paragraphs/draft/1.md').replace('id: draft/1', 'id: draft/9').replace('number: "1"', 'number: "9"'));
    const r = await lint(root, ['--changed', 'HEAD']);
    const rel = r.files.map((f) => f.filePath.slice(root.length + 1)).sort();
    // the renamed paragraph, the changed instrument, and adopted/2 which derives from draft/1 (now dangling)
    expect(rel).toEqual(['corpus/instruments/ia-mla.md', 'corpus/paragraphs/adopted/1.md', 'corpus/paragraphs/adopted/2.md', 'corpus/paragraphs/draft/9.md']);
    expect(r.code).toBe(1);
    expect(r.files.find((f) => f.filePath.endsWith('adopted/2.md'))!.messages.map((m) => m.ruleId)).toEqual(['known-target']);
  });

  it('a bad revision is a usage error', async () => {
    const r = await lint(root, ['--changed', 'no-such-ref']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('git could not compare');
  });
});
