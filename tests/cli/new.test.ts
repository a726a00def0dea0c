import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

async function plan(root: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: [...argv, '--corpus', root, '--today', '2026-01-01'], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe('plan new', () => {
  const root = writeCorpus(MINI);
  roots.push(root);

  it('scaffolds files that pass the schema, prints their paths, and the corpus still lints clean of schema errors', async () => {
    const d = await plan(root, ['new', 'document', 'strategy-2026', '--title', 'Draft strategy']);
    expect(d.code).toBe(0);
    expect(d.out.trim()).toBe(`${root}/documents/strategy-2026.md`);
    expect(readFileSync(d.out.trim(), 'utf8')).toContain('status: working-draft');
    const p = await plan(root, ['new', 'paragraph', '--document', 'strategy-2026']);
    expect(p.out.trim()).toBe(`${root}/paragraphs/strategy-2026/1.md`);
    const p2 = await plan(root, ['new', 'paragraph', '--document', 'adopted']);
    expect(p2.out.trim()).toBe(`${root}/paragraphs/adopted/3.md`); // next after 1 and 2
    expect((await plan(root, ['new', 'instrument', 'escazu', '--title', 'Escazú Agreement'])).code).toBe(0);
    expect((await plan(root, ['new', 'state', 'can'])).out.trim()).toBe(`${root}/states/CAN.md`);
    expect((await plan(root, ['new', 'commitment', '--state', 'MEX', '--instrument', 'ia-mla'])).code).toBe(0);
    expect((await plan(root, ['new', 'body', 'cicte'])).code).toBe(0);
    const lint = await plan(root, ['lint', '--format', 'json', '--rule', 'known-state=off']);
    const rules = (JSON.parse(lint.out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(rules.filter((r) => ['schema', 'yaml-syntax', 'front-matter', 'id-matches-path'].includes(r))).toEqual([]);
  });

  it('refuses to overwrite and keeps the file', async () => {
    const before = readFileSync(`${root}/instruments/untoc.md`, 'utf8');
    const r = await plan(root, ['new', 'instrument', 'untoc']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('already exists');
    expect(readFileSync(`${root}/instruments/untoc.md`, 'utf8')).toBe(before);
  });

  it('bad arguments are usage errors', async () => {
    expect((await plan(root, ['new', 'paragraph', '--document', 'nope'])).code).toBe(2);
    expect((await plan(root, ['new', 'widget', 'x'])).code).toBe(2);
    expect((await plan(root, ['new', 'state', 'MEXICO'])).code).toBe(2);
  });
});
