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
