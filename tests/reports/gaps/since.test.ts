import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusAtRevision } from '../../../src/model/at-revision.js';
import { GAPS_FIXTURE } from '../../helpers/gaps-fixture.js';
import { usage } from '../../helpers/usage.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=plan tests', '-c', 'user.email=tests@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

let repo: string;
const corpusDir = () => join(repo, 'data', 'corpus ñ');

beforeAll(() => {
  // The corpus in a sub-folder (with a space and an accent) of the repository, two commits.
  repo = mkdtempSync(join(tmpdir(), 'plan-since-test-'));
  git(repo, 'init', '-q');
  for (const [rel, content] of Object.entries(GAPS_FIXTURE)) {
    const p = join(corpusDir(), rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  writeFileSync(join(repo, 'README.md'), 'not the corpus\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'first');
  git(repo, 'tag', 'v1');
  unlinkSync(join(corpusDir(), 'commitments/MEX/cifta.md'));
  mkdirSync(join(corpusDir(), 'commitments/ARG'));
  writeFileSync(join(corpusDir(), 'commitments/ARG/untoc.md'), '---\nid: ARG/untoc\nstate: ARG\ninstrument: untoc\nrecords:\n  - status: done\n    as-of: 2025-01-01\n    evidence: [{source: a table}]\n---\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'second');
  // Uncommitted: the working tree is "now", never part of a revision.
  writeFileSync(join(corpusDir(), 'commitments/ARG/uncommitted.md'), '---\nid: ARG/uncommitted\nstate: ARG\nanswers: [strategy/3]\nrecords:\n  - status: done\n    as-of: 2025-01-01\n    evidence: [{source: x}]\n---\n');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});


describe('loadCorpusAtRevision', () => {
  it('loads the corpus folder as it was at each revision, without touching the working tree', () => {
    const before = git(repo, 'status', '--porcelain');
    const v1 = loadCorpusAtRevision(corpusDir(), 'v1', { rules: {} });
    expect(v1.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(v1.commit).toBe(git(repo, 'rev-parse', 'v1').trim());
    expect(v1.corpus.commitments.has('MEX/cifta')).toBe(true);
    expect(v1.corpus.commitments.has('ARG/untoc')).toBe(false);
    expect(v1.corpus.paragraphs.size).toBe(Object.keys(GAPS_FIXTURE).filter((k) => k.startsWith('paragraphs/')).length);
    const head = loadCorpusAtRevision(corpusDir(), 'HEAD', { rules: {} });
    expect(head.corpus.commitments.has('MEX/cifta')).toBe(false);
    expect(head.corpus.commitments.has('ARG/untoc')).toBe(true);
    expect(head.corpus.commitments.has('ARG/uncommitted')).toBe(false);
    expect(git(repo, 'status', '--porcelain')).toBe(before);
  });

  it('keeps the bytes: accents and typographic quotes come back as written', () => {
    const v1 = loadCorpusAtRevision(corpusDir(), 'v1', { rules: {} });
    expect(v1.corpus.paragraphs.get('strategy/1.c')?.fm.obligation?.summary).toBe('Join CIFTA “the firearms convention”');
  });

  it('names an unknown revision', () => {
    const e = usage(() => loadCorpusAtRevision(corpusDir(), 'no-such-tag', { rules: {} }));
    expect(e.message).toContain('`no-such-tag`');
    expect(usage(() => loadCorpusAtRevision(corpusDir(), '--output=x', { rules: {} })).message).toContain('`--output=x`');
  });

  it('refuses a folder outside git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-nogit-'));
    try {
      const e = usage(() => loadCorpusAtRevision(dir, 'HEAD', { rules: {} }));
      expect(e.message).toContain('git repository');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says when the corpus folder did not exist at that revision', () => {
    const other = join(repo, 'later');
    mkdirSync(join(other, 'documents'), { recursive: true });
    writeFileSync(join(other, 'documents', 'x.md'), '---\n---\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'third');
    const e = usage(() => loadCorpusAtRevision(other, 'v1', { rules: {} }));
    expect(e.message).toContain('`later`');
    expect(e.message).toContain('`v1`');
  });
});
