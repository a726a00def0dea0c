/**
 * The rooms of src/ and what each never imports (README, Development). A test over the import
 * graph (static and dynamic imports of relative modules), so that a broken "never" fails here
 * and not in a review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli/run.js';

const SRC = join(REPO, 'src');

/** A module's room: its first folder under src/, or the file's own name at the top. */
function roomOf(path: string): string {
  const r = relative(SRC, path);
  return r.includes('/') ? r.split('/')[0]! : r.replace(/\.ts$/, '');
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every relative import of every module: [from, to] as paths relative to src/. */
function imports(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of modules(SRC)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g)) {
      out.push([relative(SRC, f), relative(SRC, resolve(dirname(f), m[1]!.replace(/\.js$/, '.ts')))]);
    }
  }
  return out;
}

/** The lint engine (src/lint/): what runs rules, suppresses, fixes and caches findings. */
const ENGINE = ['lint'];
const SURFACE = ['cli', 'commands'];

/** room → rooms it never imports. */
const NEVER: Record<string, string[]> = {
  // the model (src/model/): walk, read, source files, YAML, positions, the typed model, schemas
  model: [...SURFACE, 'formatters', 'reports', 'rules', ...ENGINE, 'lsp', 'edit', 'import', 'init', 'search'],
  schema: [...SURFACE, 'formatters', 'reports', 'rules', ...ENGINE, 'lsp', 'edit', 'import'],
  text: [...SURFACE, 'formatters', 'reports', 'rules', ...ENGINE, 'lsp', 'edit', 'import'],
  util: [...SURFACE, 'model', 'formatters', 'reports', 'rules', ...ENGINE, 'lsp', 'edit', 'import', 'text'],
  rules: [...SURFACE, 'formatters', 'reports', ...ENGINE, 'lsp', 'import'],
  reports: [...SURFACE, 'formatters', ...ENGINE, 'lsp', 'edit'],
  // (formatters read the engine's result and diagnostic types: `import type` from lint/result.ts)
  formatters: [...SURFACE, 'lsp', 'edit', 'import'],
  import: [...SURFACE, 'formatters', ...ENGINE, 'lsp'],
  edit: [...SURFACE, 'formatters', 'reports', ...ENGINE, 'lsp', 'import'],
  lsp: [...SURFACE, 'formatters', 'reports', 'import'],
  search: [...SURFACE, 'formatters', 'reports', 'rules', ...ENGINE],
  index: SURFACE,
};

/** Known debts, each to be removed by the step that moves it (issue 19); none today. */
const DEBTS = new Set<string>();

describe('architecture: what each room never imports', () => {
  const graph = imports();

  it('finds the imports it checks', () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph).toContainEqual(['cli/main.ts', 'commands/lint.ts']);
  });

  for (const [room, never] of Object.entries(NEVER)) {
    it(`${room} never imports ${never.join(', ')}`, () => {
      const broken = graph
        .filter(([from, to]) => roomOf(join(SRC, from)) === room && never.includes(roomOf(join(SRC, to))))
        .map(([from, to]) => `${from} -> ${to}`)
        .filter((e) => !DEBTS.has(e));
      expect(broken).toEqual([]);
    });
  }

  it('lists only debts that still exist', () => {
    const edges = new Set(graph.map(([from, to]) => `${from} -> ${to}`));
    for (const d of DEBTS) expect(edges.has(d), d).toBe(true);
  });
});
