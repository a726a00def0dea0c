import { afterAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus, MINI } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { mini } from '../helpers/mini-text.js';
import { plan } from './run.js';

const root = writeCorpus(withOverrides({ 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('force: consider', 'force: shal'), 'commitments/MEX/untoc.md': mini('commitments/MEX/untoc.md').replace('2014-01-27', '2024-02-30') }));
afterAll(() => removeCorpus(root));
void MINI;

describe('output does not depend on locale, time zone or clock', () => {
  const commands = [['lint', '--format', 'json'], ['lint'], ['lint', '--format', 'sarif']];
  for (const args of commands) {
    it(`plan ${args.join(' ')}`, () => {
      const a = plan([...args, '--corpus', root, '--today', '2026-01-01'], { env: { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' } });
      const b = plan([...args, '--corpus', root], { env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', PLAN_TODAY: '2026-01-01' } });
      expect(a.code).toBe(1);
      expect(b.stdout).toBe(a.stdout);
      expect(b.code).toBe(a.code);
    });
  }
});
