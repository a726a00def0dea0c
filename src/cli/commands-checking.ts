import { type Command, Option } from 'commander';
import { list, type CliContext } from './context.js';

/**
 * The commands for checking the corpus and starting files: lint, schema, new, init, and the language server (lsp).
 * Each loads its command module only when it runs (src/cli/main.ts registers them in help order).
 */

/** plan lint */
export function defineLint(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('lint')
    .description('check the corpus: front matter, schemas, ids, references, dates, evidence')
    .argument('[paths...]', 'files, folders or quoted glob patterns (\'corpus/paragraphs/wd-2027/*.md\') to report on; references still resolve against the whole corpus')
    .addOption(new Option('-f, --format <format>', 'output format: stylish (grouped by file), json (ESLint\'s shape), sarif (SARIF 2.1.0, for code scanning), github (workflow annotations)').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--rule <id=severity...>', 'override a rule\'s severity (error, warn, off); repeatable')
    .option('--list-rules', 'list the rules with their default severity and description')
    .option('--print-config [file]', 'print the configuration that applies (to a file): the file it comes from, every rule\'s severity and where it was set, as JSON')
    .option('--changed <git-ref>', 'report only files changed since the git revision, and the files that link to them')
    .option('--update-baseline', 'record the current findings of circulated and adopted texts in corpus/plan.baseline.yaml')
    .option('--fix', 'apply the safe fixes (canonical titles, declaring a cited article) to files of working drafts, atomically')
    .option('--fix-dry-run', 'show the fixes --fix would make, as a diff, without writing')
    .option('--cache', 'reuse the parse of files whose content has not changed since the last run (in .plancache/)')
    .option('--cache-location <file>', 'where the cache lives (implies --cache; default .plancache/lint.json)')
    .option('-w, --watch', 'lint again (with the cache) every time a corpus file is saved, until Ctrl-C')
    .option('-o, --output-file <file>', 'write the report to this file (atomically, no colour) instead of standard output')
    .option('--stdin', 'lint the text read from standard input (with --stdin-filename)')
    .option('--stdin-filename <path>', 'the path the text read with --stdin would have in the corpus: it decides its kind and id')
    .action(async (paths: string[], o, cmd: Command) => {
      const { lintCommand } = await import('../commands/lint.js');
      setCode(await lintCommand(paths, o, globals(cmd), io));
    });
}

/** plan schema */
export function defineSchema(program: Command, { io, setCode }: CliContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of a kind of corpus file')
    .argument('<kind>', 'document, paragraph, instrument, state, commitment, body or config')
    .action(async (kind: string) => {
      const { schemaCommand } = await import('../commands/schema.js');
      setCode(schemaCommand(kind, io));
    });
}

/** plan new */
export function defineNew(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('new')
    .description('start a new file that already passes the schema (never overwrites); prints its path')
    .argument('<kind>', 'document, paragraph, instrument, state, commitment or body')
    .argument('[id]', 'its id (a paragraph takes the next number of --document when omitted)')
    .option('-d, --document <id>', 'for a paragraph: its document')
    .option('--title <text>', 'title (document, instrument, body) or English name (state)')
    .option('--state <ISO3>', 'for a commitment: the state')
    .option('--instrument <id>', 'for a commitment: the instrument it is about')
    .option('--answers <paragraph>', 'for a commitment: the paragraph it answers (repeatable); its words are fingerprinted', list)
    .action(async (kind: string, id: string | undefined, o, cmd: Command) => {
      const { newCommand } = await import('../commands/new.js');
      setCode(await newCommand(kind, id, o, globals(cmd), io));
    });
}

/** plan init */
export function defineInit(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('init')
    .description('create a corpus skeleton that lints clean: corpus/ with one example of each kind, plan.config.yaml (every option commented), .gitignore, editor schemas and the CI workflow; never overwrites')
    .argument('[folder]', 'where (default: the current folder)')
    .option('--minimal', 'just the corpus folders')
    .action(async (folder: string | undefined, o: { minimal?: boolean }, cmd: Command) => {
      const { initCommand } = await import('../commands/init.js');
      setCode(await initCommand(folder, o, globals(cmd), io));
    });
}

/** plan lsp */
export function defineLsp(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('lsp')
    .description('a language server over stdio: the diagnostics of plan lint while you type, safe fixes as quick fixes, instrument titles on hover (see the README for VS Code and other editors)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .action(async (_o, cmd: Command) => {
      const { lspCommand } = await import('../commands/lsp.js');
      setCode(await lspCommand(globals(cmd), io));
    });
}
