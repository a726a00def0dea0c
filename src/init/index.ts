import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeLstat } from '../model/walk.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { configTemplate } from './config-template.js';

/** The folders of a corpus, one per kind of file. */
export const CORPUS_FOLDERS = ['documents', 'paragraphs', 'instruments', 'states', 'commitments', 'bodies'] as const;

/** Where `plan init` takes its examples from (shipped in the package beside dist/). */
const TEMPLATES = fileURLToPath(new URL('../../templates/init/', import.meta.url));

/**
 * Files that npm would drop or rename in a package (dot files) are kept under
 * plain names in templates/init/ and put in place here.
 */
const RENAMES: Record<string, string> = {
  'gitignore': '.gitignore',
  'vscode-settings.json': '.vscode/settings.json',
  'workflow.yml': '.github/workflows/plan-lint.yml',
};

export interface InitOptions {
  /** Just the corpus folders: no examples, configuration, editor or CI files. */
  minimal?: boolean;
  /** The date the example working draft carries (YYYY-MM-DD). */
  today: string;
}

/** What `plan init` made: the files written and the folders created, relative to the target. */
export interface InitResult {
  files: string[];
  folders: string[];
}

/** A file `plan init` would write, relative to the target folder. */
interface Planned {
  rel: string;
  text: string;
}

function listTemplates(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...listTemplates(join(dir, e.name), `${rel}/`));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

/** The files of a full skeleton: the examples, the commented configuration, editor and CI files. */
export function plannedFiles(today: string, ruleList: ReadonlyArray<{ id: string; severity: string; description: string }>): Planned[] {
  const files = listTemplates(TEMPLATES).map((rel): Planned => ({
    rel: RENAMES[rel] ?? rel,
    text: readFileSync(join(TEMPLATES, rel), 'utf8').replaceAll('{{today}}', today),
  }));
  files.push({ rel: 'corpus/plan.config.yaml', text: configTemplate(ruleList) });
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Is anything at `p` (a file, a folder, a link, even a dangling one)? */
const occupied = (p: string): boolean => safeLstat(p) !== undefined;

/** Thrown when `plan init` would overwrite something: nothing was written. */
export class InitConflict extends Error {
  constructor(readonly paths: string[]) {
    super(`would overwrite ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`);
  }
}

/**
 * Creates a corpus skeleton in `target`. Never overwrites: when any file it
 * would write exists already, it writes nothing and throws InitConflict. The
 * files are written all or none (a failure midway removes what it wrote).
 */
export function initCorpus(target: string, rules: ReadonlyArray<{ id: string; severity: string; description: string }>, o: InitOptions): InitResult {
  const planned = o.minimal ? [] : plannedFiles(o.today, rules);
  // An existing .gitignore is kept and gains the cache entry; any other existing file is a conflict.
  const gitignore = planned.find((f) => f.rel === '.gitignore');
  const keptIgnore = gitignore !== undefined && occupied(join(target, gitignore.rel)) ? readGitignore(join(target, gitignore.rel)) : undefined;
  if (gitignore && keptIgnore !== undefined) {
    if (/^\/?\.plancache\/?\s*$/m.test(keptIgnore)) planned.splice(planned.indexOf(gitignore), 1);
    else gitignore.text = `${keptIgnore}${keptIgnore === '' || keptIgnore.endsWith('\n') ? '' : '\n'}# the cache of \`plan lint --cache\`\n.plancache/\n`;
  }
  const conflicts = planned.filter((f) => (f !== gitignore || keptIgnore === undefined) && occupied(join(target, f.rel))).map((f) => f.rel);
  if (conflicts.length > 0) throw new InitConflict(conflicts);
  const folders = CORPUS_FOLDERS.map((f) => `corpus/${f}`).filter((f) => !existsSync(join(target, f)));
  const written: string[] = [];
  // Every folder this run creates, deepest last, so that a failure can remove them again.
  const newDirs = new Set<string>();
  for (const rel of [...folders, ...planned.map((f) => dirname(f.rel))]) {
    for (let d = rel; d !== '.' && !existsSync(join(target, d)); d = dirname(d)) newDirs.add(d);
  }
  try {
    for (const f of folders) mkdirSync(join(target, f), { recursive: true });
    // A kept .gitignore is edited last, so that a failure before it leaves it as it was.
    const order = gitignore && keptIgnore !== undefined ? [...planned.filter((f) => f !== gitignore), ...planned.filter((f) => f === gitignore)] : planned;
    for (const f of order) {
      const replacing = f === gitignore && keptIgnore !== undefined;
      writeFileAtomic(join(target, f.rel), f.text, { overwrite: replacing });
      if (!replacing) written.push(f.rel);
    }
  } catch (e) {
    for (const rel of written) {
      try { unlinkSync(join(target, rel)); } catch { /* already gone */ }
    }
    for (const d of [...newDirs].sort((a, b) => b.length - a.length)) {
      try { rmdirSync(join(target, d)); } catch { /* not empty or gone */ }
    }
    throw e;
  }
  if (gitignore && keptIgnore !== undefined && planned.includes(gitignore)) written.push(`${gitignore.rel} (added .plancache/)`);
  return { files: written, folders };
}

/** An existing .gitignore's text, if it is a regular file of reasonable size; else a conflict. */
function readGitignore(path: string): string | undefined {
  const st = lstatSync(path);
  if (!st.isFile() || st.size > 1_000_000) return undefined;
  return readFileSync(path, 'utf8');
}
