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
    expect((await plan(root, ['new', 'body', 'cicte'])).code).toBe(0);
    const lint = await plan(root, ['lint', '--format', 'json', '--rule', 'known-state=off']);
    const rules = (JSON.parse(lint.out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(rules.filter((r) => ['schema', 'yaml-syntax', 'front-matter', 'id-matches-path'].includes(r))).toEqual([]);
  });

  it('a commitment scaffold invents no status: its status, as-of and source are placeholders that lint refuses and gaps does not count', async () => {
    const r = await plan(root, ['new', 'commitment', '--state', 'MEX', '--instrument', 'ia-mla']);
    expect(r.code).toBe(0);
    const text = readFileSync(r.out.trim(), 'utf8');
    expect(text).toContain('status: "TODO: done, partial, in-progress, not-done or not-applicable"');
    expect(text).not.toContain('2026-01-01');
    const lint = await plan(root, ['lint', '--format', 'json', 'commitments/MEX/ia-mla.md']);
    expect(lint.code).toBe(1);
    const msgs = (JSON.parse(lint.out) as Array<{ messages: Array<{ ruleId: string; line: number }> }>).flatMap((f) => f.messages.map((m) => `${m.ruleId}:${m.line}`));
    expect(msgs).toEqual(expect.arrayContaining(['schema:6', 'schema:7']));
    const gaps = JSON.parse((await plan(root, ['gaps', '--state', 'MEX', '--format', 'json'])).out) as { items: Array<{ records: Array<{ commitment: string }> }> };
    expect(gaps.items.flatMap((i) => i.records.map((x) => x.commitment))).not.toContain('MEX/ia-mla');
  });

  it('a commitment takes the state and the instrument as gaps does: names, any case and accents, aliases', async () => {
    const r = await plan(root, ['new', 'commitment', '--state', 'NICARAGUA', '--instrument', 'inter-american convention on mutual assistance in criminal matters']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toBe(`${root}/commitments/NIC/ia-mla.md`);
    expect(readFileSync(r.out.trim(), 'utf8')).toMatch(/^id: NIC\/ia-mla\nstate: NIC\ninstrument: ia-mla\n/m);
    // A name of an instrument leads to its id; the file already there is never overwritten.
    const again = await plan(root, ['new', 'commitment', '--state', 'méxico', '--instrument', 'palermo']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('commitments/MEX/untoc.md already exists');
    const bad = await plan(root, ['new', 'commitment', '--state', 'Mexco', '--instrument', 'untoc']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown state `Mexco`; did you mean `MEX`/);
  });

  it('a commitment that answers a paragraph records what it answered (its fingerprint); the subject comes from the paragraph', async () => {
    const r = await plan(root, ['new', 'commitment', '--state', 'NIC', '--answers', 'adopted/2']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`${root}/commitments/NIC/adopted-2.md`);
    const text = readFileSync(r.out.trim(), 'utf8');
    expect(text).toMatch(/answered:\n +- paragraph: adopted\/2\n +fingerprint: "?[0-9a-f]{16}"?\n +text: Member states consider designating a national authority\. \(Article 16 of UNTOC\)\n/);
    // The source placeholder is an evidence-required error.
    const lint = await plan(root, ['lint', '--format', 'json', 'commitments/NIC/adopted-2.md']);
    expect((JSON.parse(lint.out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('schema');
    expect((await plan(root, ['new', 'commitment', '--state', 'NIC', '--answers', 'adopted/99'])).code).toBe(2);
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
