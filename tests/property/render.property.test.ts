/**
 * Property: `plan render` survives a corpus with generated mutations (bytes
 * inserted, deleted, lines swapped, values retyped): every format answers
 * (exit 0) or refuses in one line (exit 2), never an internal error; the HTML
 * stays well-formed and the Word document stays a zip that LibreOffice could
 * read (XML without characters XML forbids). FC_RUNS / FC_SEED as in
 * lint.property.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus, type Files } from '../helpers/fixture.js';
import { GAPS_FIXTURE } from '../helpers/gaps-fixture.js';
import { apply, mutation } from '../helpers/mutations.js';
import { tagProblems } from '../report/html-check.js';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Math.max(5, Math.floor(Number(process.env.FC_RUNS ?? 60) / 3));

const texts = Object.entries(GAPS_FIXTURE).filter(([, v]) => typeof v === 'string') as Array<[string, string]>;
const FORMATS = ['markdown', 'text', 'html', 'docx'] as const;

async function run(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--corpus', root, '--today', '2026-01-01', ...args],
    cwd: root,
    env: {},
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

/** Characters XML 1.0 forbids: a part holding one is a document Word and LibreOffice refuse. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe('plan render on mutated corpora', () => {
  it('renders or refuses in one line in every format; HTML well-formed, docx readable', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-prop-render-'));
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.constantFrom('strategy', 'draft'), fc.constantFrom(...FORMATS),
          async (fi, ms, doc, format) => {
            const [rel, text] = texts[fi]!;
            const root = writeCorpus({ ...GAPS_FIXTURE, [rel]: ms.reduce(apply, text) } as Files);
            try {
              const file = join(out, `r.${format}`);
              const r = await run(root, ['render', doc, '--format', format, '--out', file, '--force']);
              expect(r.stderr).not.toContain('internal error');
              expect([0, 2]).toContain(r.code);
              if (r.code === 2) {
                expect(r.stderr).toMatch(/^plan: /);
                expect(r.stderr).not.toMatch(/\n\s+at /);
                return;
              }
              if (format === 'html') expect(tagProblems(readFileSync(file, 'utf8'))).toEqual([]);
              if (format === 'docx') {
                const zip = await JSZip.loadAsync(readFileSync(file));
                for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
                  expect(XML_FORBIDDEN.test(await zip.file(name)!.async('string')), name).toBe(false);
                }
              }
            } finally {
              removeCorpus(root);
            }
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
