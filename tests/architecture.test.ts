/**
 * The rooms of src/ and what each never imports (README, Development). A test over the import
 * graph (static and dynamic imports of relative modules), so that a broken "never" fails here
 * and not in a review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAst } from 'rolldown/parseAst';
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
    expect(graph).toContainEqual(['cli/commands-checking.ts', 'commands/lint.ts']);
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

/** Generated modules (their generator's size is what counts). */
const GENERATED = new Set(['model/schema-enums.ts']);

describe('sizes: no module over 400 lines, no function over 80', () => {
  const files = modules(SRC).filter((f) => !GENERATED.has(relative(SRC, f)));

  it('no module over 400 lines', () => {
    const long = files.map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it('no function over 80 lines (declarations, expressions, arrows, methods)', () => {
    const long: string[] = [];
    let seen = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
      const lineAt = (offset: number) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      };
      const visit = (n: unknown): void => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(visit);
        const node = n as { type?: string; start: number; end: number; id?: { name?: string } };
        if (node.type && /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type)) {
          seen++;
          const lines = lineAt(node.end) - lineAt(node.start) + 1;
          if (lines > 80) long.push(`${relative(SRC, f)}:${lineAt(node.start)} ${node.id?.name ?? '(anonymous)'}: ${lines} lines`);
        }
        for (const [k, v] of Object.entries(node)) if (k !== 'parent' && v && typeof v === 'object') visit(v);
      };
      visit(parseAst(text, { lang: 'ts' }, f));
    }
    expect(seen).toBeGreaterThan(1000);
    expect(long).toEqual([]);
  });
});
