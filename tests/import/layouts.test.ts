/**
 * The layouts of the source texts (sources/seeds/layouts/*.yaml): one per
 * text, read in the texts' order, and a layout with a typo refused in one
 * message naming the file and the key.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLayouts, readLayout } from '../../src/import/seeds/load-layouts.js';

const LAYOUTS = join(import.meta.dirname, '..', '..', 'sources', 'seeds', 'layouts');
const dir = mkdtempSync(join(tmpdir(), 'plan-layouts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The gtdot layout with `from` replaced by `to` (the test fails if `from` is absent). */
function edited(from: string, to: string): string {
  const text = readFileSync(join(LAYOUTS, 'gtdot-workplan-2008.yaml'), 'utf8');
  expect(text).toContain(from);
  const path = join(dir, `edited-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text.replace(from, to));
  return path;
}

describe('source text layouts', () => {
  it('are one file per source text, read in the order of the texts', () => {
    const texts = readdirSync(join(LAYOUTS, '..')).filter((f) => f.endsWith('.txt')).sort();
    const layouts = loadLayouts(LAYOUTS);
    expect(layouts.map((l) => l.file)).toEqual(texts);
    expect(layouts.map((l) => l.meta.id)).toEqual(['mex-draft-2005', 'cedot-draft-2006', 'csh-recommendations-2005', 'strategy-2021', 'gtdot-workplan-2008']);
    for (const l of layouts) expect(readdirSync(LAYOUTS)).toContain(`${l.meta.id}.yaml`);
  });

  it('refuses an unknown key, a wrong value or a missing key, naming the file and where', () => {
    expect(() => readLayout(edited('  - {line: ObjeCtivE, level: 1,', '  - {line: ObjeCtivE, levle: 1,'))).toThrow(/edited-.*\.yaml: .*layout\.headings\[2\]: missing level; layout\.headings\[2\]: unknown key levle/);
    expect(() => readLayout(edited('    numbered: nest', '    numbered: nested'))).toThrow(/layout\.marks\[0\]\.numbered: unexpected value "nested"/);
    expect(() => readLayout(edited('titleLines: []\n', '')) ).toThrow(/layout: missing titleLines/);
    expect(() => readLayout(edited('joins: []', 'joins: [}'))).toThrow(/edited-.*\.yaml: /);
  });

  it('says so when there is no layouts folder', () => {
    expect(() => loadLayouts(join(dir, 'nowhere'))).toThrow(/nowhere: no layouts folder/);
  });
});
