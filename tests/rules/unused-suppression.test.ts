import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { edit, mini } from '../helpers/mini-text.js';
import { withOverrides, type Overrides } from '../helpers/rule-tester.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));
function corpus(over: Overrides): string {
  const r = writeCorpus(withOverrides(over));
  roots.push(r);
  return r;
}
async function lintJson(root: string, extra: string[] = []) {
  let out = '';
  let err = '';
  const code = await main({ argv: ['lint', '--corpus', root, '--format', 'json', '--today', '2026-01-01', ...extra], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, files: (out ? JSON.parse(out) : []) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }>; suppressedMessages: Array<{ ruleId: string; line: number; suppressions: Array<{ kind: string; justification: string }> }> }>, err };
}

const p2 = mini('paragraphs/adopted/2.md');
const badBody = edit(p2, ['---\nMember', '---\n1. Member']);

describe('suppressions', () => {
  it('an inline directive suppresses the finding on the next line and shows it as suppressed in JSON', async () => {
    const root = corpus({ 'paragraphs/adopted/2.md': edit(badBody, ['---\n1. Member', '---\n<!-- plan-lint-disable-next-line body-plain-text -- numbered as circulated -->\n1. Member']) });
    const r = await lintJson(root);
    expect(r.code).toBe(0);
    const f = r.files.find((x) => x.filePath.endsWith('adopted/2.md'))!;
    expect(f.messages).toEqual([]);
    expect(f.suppressedMessages).toHaveLength(1);
    expect(f.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'directive', justification: 'numbered as circulated' }]);
  });

  it('a YAML comment directive suppresses a front-matter finding', async () => {
    const root = corpus({ 'paragraphs/adopted/2.md': edit(p2, ['force: consider', '# plan-lint-disable-next-line schema -- as printed\nforce: perhaps']) });
    const r = await lintJson(root);
    expect(r.code).toBe(0);
  });

  it('a directive that matches nothing is reported at its line', async () => {
    const root = corpus({ 'paragraphs/adopted/2.md': edit(p2, ['---\nMember', '---\n<!-- plan-lint-disable-next-line known-article -- stale -->\nMember']) });
    const r = await lintJson(root);
    expect(r.code).toBe(0);
    const f = r.files.find((x) => x.filePath.endsWith('adopted/2.md'))!;
    expect(f.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['23 unused-suppression']);
  });

  it('a directive without a reason is reported', async () => {
    const root = corpus({ 'paragraphs/adopted/2.md': edit(badBody, ['---\n1. Member', '---\n<!-- plan-lint-disable-next-line body-plain-text -->\n1. Member']) });
    const r = await lintJson(root);
    const f = r.files.find((x) => x.filePath.endsWith('adopted/2.md'))!;
    expect(f.messages.map((m) => m.message)).toEqual(['A suppression needs a reason: `-- why this finding stands`.']);
  });

  it('--update-baseline records findings of frozen texts only; the baseline then suppresses them; a stale entry is reported', async () => {
    const root = corpus({ 'paragraphs/draft/1.md': edit(mini('paragraphs/draft/1.md'), ['---\nThe member', '---\n1. The member']), 'paragraphs/adopted/2.md': badBody, 'instruments/ia-mla.md': edit(mini('instruments/ia-mla.md'), ['sources: [test fixture]', 'sources: []']) });
    const before = await lintJson(root);
    expect(before.code).toBe(1);
    const up = await lintJson(root, ['--update-baseline']);
    expect(up.err).toContain('recorded 2 finding(s)');
    const text = readFileSync(join(root, 'plan.baseline.yaml'), 'utf8');
    expect(text).toContain('file: paragraphs/draft/1.md');
    expect(text).not.toContain('instruments/ia-mla.md');
    // the instrument's schema error is not baselined: still exit 1
    expect(up.code).toBe(1);
    writeFileSync(join(root, 'instruments/ia-mla.md'), mini('instruments/ia-mla.md'));
    const after = await lintJson(root);
    expect(after.code).toBe(0);
    expect(after.files.flatMap((f) => f.suppressedMessages)).toHaveLength(2);
    writeFileSync(join(root, 'paragraphs/adopted/2.md'), p2);
    const stale = await lintJson(root);
    const b = stale.files.find((f) => f.filePath.endsWith('plan.baseline.yaml'))!;
    expect(b.messages.map((m) => m.ruleId)).toEqual(['unused-suppression']);
    expect(b.messages[0]!.message).toContain('paragraphs/adopted/2.md');
  });

  it('--update-baseline refuses partial runs', async () => {
    const root = corpus({});
    const r = await lintJson(root, ['--update-baseline', join(root, 'paragraphs')]);
    expect(r.code).toBe(2);
  });
});
