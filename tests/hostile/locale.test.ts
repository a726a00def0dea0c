/**
 * Issue 15, item 12: the report's bytes do not depend on LANG, LC_ALL or TZ.
 * Two lineage chains whose keys differ only in `I` against `i` sort one way
 * under tr_TR (dotless ı before i) and the other under de_DE and C with
 * `localeCompare`; every sort compares code points instead (compareText).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareText } from '../../src/util/text.js';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { plan, REPO } from '../cli/run.js';

const para = (doc: string, num: string, section: string, extra = '') => `---
id: ${doc}/${num}
document: ${doc}
number: "${num}"
printed: true
section: [${section}]
type: operative
addressees: [member-states]
force: shall
${extra}---
The member states shall cooperate (${doc} ${num}).
`;
const derived = (target: string) => `relations:\n  - type: derived-from\n    target: ${target}\n    basis: paraphrased\n`;

let root: string;
beforeAll(() => {
  root = writeCorpus({
    ...MINI,
    'paragraphs/draft/I.md': para('draft', 'I', 'Measures'),
    'paragraphs/draft/i.md': para('draft', 'i', 'Measures'),
    // Keys `draft/I adopted/4` and `draft/i adopted/3`: tr_TR and de_DE order them differently.
    'paragraphs/adopted/4.md': para('adopted', '4', 'Cooperation', derived('draft/I')),
    'paragraphs/adopted/3.md': para('adopted', '3', 'Cooperation', derived('draft/i')),
  });
});
afterAll(() => removeCorpus(root));

function report(env: Record<string, string>, name: string): string {
  const out = join(root, '..', `${name}.html`);
  const r = plan(['--corpus', root, '--today', '2026-01-01', 'report', '--out', out, '--force'], { env });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('plan report under other locales and time zones', () => {
  it('writes the same bytes under LANG=C, tr_TR.UTF-8, de_DE.UTF-8 (LANG and LC_ALL) and three time zones', () => {
    const base = report({ LANG: 'C', TZ: 'UTC' }, 'c');
    expect(base).toContain('draft/I');
    expect(base.indexOf('adopted/4')).toBeGreaterThan(0);
    const others: Array<Record<string, string>> = [
      { LANG: 'tr_TR.UTF-8', TZ: 'UTC' },
      { LANG: 'de_DE.UTF-8', TZ: 'UTC' },
      { LC_ALL: 'tr_TR.UTF-8', TZ: 'Pacific/Kiritimati' },
      { LC_ALL: 'de_DE.UTF-8', TZ: 'America/Los_Angeles' },
    ];
    others.forEach((env, i) => expect(report(env, `o${i}`) === base, JSON.stringify(env)).toBe(true));
  });
});

describe('compareText', () => {
  it('orders by code point: I before i, Z before a, astral after U+FFFD', () => {
    expect(['i', 'I', 'a', 'Z', 'ı', '\ufffd', '🌎'].sort(compareText)).toEqual(['I', 'Z', 'a', 'i', 'ı', '\ufffd', '🌎']);
    expect(compareText('draft/I adopted/4', 'draft/i adopted/3')).toBeLessThan(0);
    expect(compareText('ab', 'abc')).toBeLessThan(0);
    expect(compareText('x', 'x')).toBe(0);
  });

  it('src sorts without a bare localeCompare', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(REPO, 'src'));
    const uses = files.filter((f) => /\blocaleCompare\s*\(/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(REPO.length));
    expect(uses).toEqual([]);
  });
});
