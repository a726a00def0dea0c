/**
 * A catalogue of hostile inputs, each with its expected report (file, line,
 * rule, message, exit code). HAZARDS.md records what several of them did to
 * our libraries on this machine.
 */
import { rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCorpusFile } from '../../src/model/load.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { CASES, SECRET } from './cases.js';

const roots: string[] = [];
afterAll(() => { roots.forEach(removeCorpus); rmSync(SECRET, { force: true }); });

async function run(root: string): Promise<{ code: number; files: Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>; stderr: string }> {
  let out = '';
  let err = '';
  const code = await main({ argv: ['lint', '--corpus', root, '--format', 'json', '--today', '2026-01-01'], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, files: JSON.parse(out), stderr: err };
}

describe('hostile input catalogue', () => {
  it('has at least 25 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
  for (const c of CASES) {
    it(c.name, async () => {
      const root = writeCorpus(withOverrides(c.files ?? {}));
      roots.push(root);
      c.setup?.(root);
      const r = await run(root);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(c.exit ?? (c.expect.length ? 1 : 0));
      const got = r.files.flatMap((f) => f.messages.map((m) => ({ file: f.filePath.slice(root.length + 1), line: m.line, rule: m.ruleId, message: m.message })));
      expect(got.map((g) => `${g.file}:${g.line} ${g.rule}`)).toEqual(c.expect.map((e) => `${e.file}:${e.line} ${e.rule}`));
      c.expect.forEach((e, i) => { if (e.message) expect(got[i]!.message).toContain(e.message); });
      for (const g of got) expect(g.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/); // no raw control characters
    });
  }
  it('a file deleted during the run is reported, not fatal', () => {
    const f = readCorpusFile(join(tmpdir(), 'plan-no-such-file.md'), 'instruments/gone.md', 'instrument', 'gone');
    expect(f.problems[0]!.message).toContain('could not be read (ENOENT)');
    expect(existsSync(join(tmpdir(), 'plan-no-such-file.md'))).toBe(false);
  });
});
