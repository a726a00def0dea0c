/**
 * The working draft the drafting scenarios write into: a copy of the real corpus with a document
 * `plan-2027` made by `plan new document` and its first paragraphs by `plan new paragraph`, as a
 * drafter starts one.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { plan, REPO } from './run.js';

export interface DraftCorpus {
  dir: string;
  corpus: string;
  /** The path of paragraph `n` of plan-2027. */
  file(n: string): string;
}

/** A temporary folder holding the copy, with `paragraphs` new paragraphs (numbered 1, 2, ... by plan new). */
export function draftCorpus(prefix: string, paragraphs = 1): DraftCorpus {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const corpus = join(dir, 'corpus');
  const file = (n: string) => join(corpus, 'paragraphs', 'plan-2027', `${n}.md`);
  cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
  const doc = plan(['--corpus', corpus, 'new', 'document', 'plan-2027', '--title', 'Draft Hemispheric Plan of Action 2027']);
  expect(doc.code, doc.stderr).toBe(0);
  for (let n = 1; n <= paragraphs; n++) {
    const r = plan(['--corpus', corpus, 'new', 'paragraph', '--document', 'plan-2027']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(file(String(n)));
  }
  return { dir, corpus, file };
}

/** A paragraph of plan-2027 with its force and text. */
export const draftParagraph = (n: string, force: string, body: string): string => `---
id: plan-2027/${n}
document: plan-2027
number: "${n}"
printed: true
section: []
type: operative
addressees: [member-states]
force: ${force}
---
${body}
`;
