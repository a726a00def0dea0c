import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { withOverrides } from '../helpers/rule-tester.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));
async function plan(root: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: [...argv, '--corpus', root, '--today', '2026-01-01'], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const draftText = 'States consider the Inter-American Convention on Mutual Assistance in Criminal Affairs and extradition (UNTOC, Art. 16).';
function corpus(status: string) {
  const p2 = mini('paragraphs/adopted/2.md').replace(/---\n[^\n]*\n$/, `---\n${draftText}\n`).replace(/cites:\n(  .*\n)+/, '');
  const r = writeCorpus(withOverrides({ 'documents/adopted.md': mini('documents/adopted.md').replace('status: adopted', `status: ${status}`), 'paragraphs/adopted/2.md': p2 }));
  roots.push(r);
  return r;
}

describe('plan lint --fix', () => {
  it('--fix-dry-run shows a diff and writes nothing', async () => {
    const root = corpus('working-draft');
    const before = readFileSync(join(root, 'paragraphs/adopted/2.md'), 'utf8');
    const r = await plan(root, ['lint', '--fix-dry-run']);
    expect(r.out).toContain('--- a/paragraphs/adopted/2.md');
    expect(r.out).toContain('+  - instrument: untoc');
    expect(r.out).toContain('+States consider the Inter-American Convention on Mutual Assistance in Criminal Matters and extradition');
    expect(r.err).toContain('2 fix(es) in 1 file(s)');
    expect(readFileSync(join(root, 'paragraphs/adopted/2.md'), 'utf8')).toBe(before);
  });

  it('--fix applies the canonical title and declares the citation in a working draft, keeping CRLF and BOM', async () => {
    const root = corpus('working-draft');
    const p = join(root, 'paragraphs/adopted/2.md');
    writeFileSync(p, '\uFEFF' + readFileSync(p, 'utf8').replace(/\n/g, '\r\n'));
    const r = await plan(root, ['lint', '--fix', '--format', 'json']);
    expect(r.err).toContain('plan: fixed paragraphs/adopted/2.md:');
    const after = readFileSync(p, 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after).toContain('Criminal Matters and extradition');
    expect(after).toContain('cites:\r\n  - instrument: untoc\r\n    articles: ["16"]');
    const files = JSON.parse(r.out) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const left = files.find((f) => f.filePath.endsWith('adopted/2.md'))!.messages.map((m) => m.ruleId);
    expect(left).not.toContain('citation-declared');
    expect(left).not.toContain('instrument-title');
    // A second run has nothing left to fix.
    const again = await plan(root, ['lint', '--fix-dry-run']);
    expect(again.err).toContain('0 fix(es)');
  });

  it('never touches circulated or adopted texts', async () => {
    const root = corpus('adopted');
    const before = readFileSync(join(root, 'paragraphs/adopted/2.md'), 'utf8');
    const r = await plan(root, ['lint', '--fix']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(root, 'paragraphs/adopted/2.md'), 'utf8')).toBe(before);
  });
});
