import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from './io.js';
import { safeIo } from './safe-output.js';
import { planVersion } from '../util/version.js';

export { processStdio } from './stdio.js';

/**
 * The whole CLI, testable in-process: parses argv, runs one command, returns
 * the exit code (0 clean, 1 problems found, 2 usage error or failure).
 * Heavy modules load only when a command runs, so --help and --version stay fast.
 * Everything written goes through safeIo: control characters in corpus text
 * or paths are shown escaped, never interpreted (src/cli/safe-output.ts).
 */
export async function main(rawIo: Io): Promise<number> {
  const io = safeIo(rawIo);
  let code = 0;
  const program = new Command('plan');
  program
    .description('Plans-as-code for the OAS Hemispheric Plan of Action against Transnational Organized Crime.\nValidates the corpus (lint), reports what each state still has to do (gaps), and what cites what (xref).')
    .version(planVersion(), '-V, --version', 'print the version')
    .option('--corpus <dir>', 'corpus folder (default: ./corpus, else the nearest ancestor holding corpus/documents/)')
    .option('--config <file>', 'configuration file (default: the nearest plan.config.yaml from the current folder up to the repository root, else the corpus\'s own)')
    .option('--color', 'force colour output')
    .option('--no-color', 'never colour output (colour is used only on a terminal)')
    .option('--today <YYYY-MM-DD>', 'date that date-dependent answers use (default: PLAN_TODAY, else the system date)')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `plan: ${s.slice(7)}` : s),
    });

  const globals = (cmd: Command): GlobalOptions => cmd.optsWithGlobals() as GlobalOptions;

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
      code = await lintCommand(paths, o, globals(cmd), io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a kind of corpus file')
    .argument('<kind>', 'document, paragraph, instrument, state, commitment, body or config')
    .action(async (kind: string) => {
      const { schemaCommand } = await import('../commands/schema.js');
      code = schemaCommand(kind, io);
    });

  const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)];

  program
    .command('gaps')
    .description('what member states still have to do: obligations of the adopted texts and where each state stands')
    .option('-s, --state <state>', 'one state: its code or its English or Spanish name, any case (MEX, Mexico, México)')
    .option('-a, --all', 'every state at once: states x obligations, with per-state totals')
    .option('-i, --instrument <id>', "every state's standing on one instrument, with dates (an id, title, short title or alias)")
    .option('-d, --document <id>', 'compute against this document instead of the adopted ones (repeatable)', list)
    .option('--include-drafts', 'compute against every document, drafts included')
    .option('--force <list>', 'keep only items of these forces (e.g. shall,should)', list)
    .option('--status <list>', 'keep only items with these statuses', list)
    .option('--fail-on <list>', 'exit 1 when any item has one of these statuses', list)
    .option('--stale-after <years>', 'mark records older than this as stale (default 5)')
    .option('--since <git-ref>', "what changed in the state's standing since that revision of the corpus")
    .addOption(new Option('--by <view>', 'paragraph: one row per paragraph that asks (default); instrument: one row per state and instrument').choices(['paragraph', 'instrument']))
    .option('-o, --out <file>', 'write the report to this file (atomically; required for xlsx)')
    .option('--overwrite', 'replace the --out file if it exists')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'markdown', 'json', 'csv', 'xlsx']))
    .action(async (o, cmd: Command) => {
      const { gapsCommand } = await import('../commands/gaps.js');
      code = await gapsCommand(o, globals(cmd), io);
    });

  program
    .command('xref')
    .description('who cites what: instruments and the paragraphs citing them, lineage, instrument lists, unresolved references')
    .option('-i, --instrument <id>', 'article coverage of one instrument across the texts')
    .option('-p, --paragraph <id>', 'links in and out of one paragraph and its lineage across the texts')
    .option('--lists', 'the instrument lists of the texts side by side')
    .option('--unresolved', 'references to texts that are not in the corpus')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'markdown', 'json', 'csv', 'mermaid', 'dot']).default('table'))
    .action(async (o, cmd: Command) => {
      const { xrefCommand } = await import('../commands/xref.js');
      code = await xrefCommand(o, globals(cmd), io);
    });

  program
    .command('show')
    .description('any item (document, paragraph, instrument, state, commitment, body): front matter, text, links in and out')
    .argument('<id>', 'an id: mex-draft-2005/9, untoc, MEX, MEX/untoc, cedot...')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (id: string, o, cmd: Command) => {
      const { showCommand } = await import('../commands/show.js');
      code = await showCommand(id, o, globals(cmd), io);
    });

  program
    .command('search')
    .description('full-text search over paragraph text (accent- and case-insensitive; "a phrase", prefix*)')
    .argument('<words...>', 'words, "quoted phrases" and prefix* terms; all must match')
    .option('-d, --document <id>', 'only this document (repeatable)', list)
    .option('-t, --type <type>', 'only paragraphs of this type (repeatable)', list)
    .option('--addressee <id>', 'only paragraphs addressed to this body (repeatable)', list)
    .option('-n, --limit <n>', 'at most n results', '50')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'markdown', 'json', 'csv']).default('table'))
    .action(async (words: string[], o, cmd: Command) => {
      const { searchCommand } = await import('../commands/search.js');
      code = await searchCommand(words, o, globals(cmd), io);
    });

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
      code = await newCommand(kind, id, o, globals(cmd), io);
    });

  program
    .command('report')
    .description('one self-contained HTML file (no network, no external assets): the hemisphere heatmap, each state\'s gaps, instruments, lineage, search')
    .option('-o, --out <file>', 'where to write the report', 'report.html')
    .option('-s, --state <ISO3>', 'a report on one state only (any case)')
    .option('--force', 'replace the file if it exists')
    .action(async (o, cmd: Command) => {
      const { reportCommand } = await import('../commands/report.js');
      code = await reportCommand(o, globals(cmd), io);
    });

  program
    .command('init')
    .description('create a corpus skeleton that lints clean: corpus/ with one example of each kind, plan.config.yaml (every option commented), .gitignore, editor schemas and the CI workflow; never overwrites')
    .argument('[folder]', 'where (default: the current folder)')
    .option('--minimal', 'just the corpus folders')
    .action(async (folder: string | undefined, o: { minimal?: boolean }, cmd: Command) => {
      const { initCommand } = await import('../commands/init.js');
      code = await initCommand(folder, o, globals(cmd), io);
    });

  program
    .command('questionnaire')
    .description("the questionnaire a state answers: one row per obligation of the adopted texts, grouped by section, with the current record and columns for the reply")
    .option('-s, --state <ISO3>', 'the state')
    .addOption(new Option('-f, --format <format>', 'output format (default: from --out, else markdown)').choices(['xlsx', 'csv', 'markdown']))
    .option('-o, --out <file>', 'write to this file (atomically); required for xlsx')
    .option('--force', 'replace the file if it exists')
    .action(async (o, cmd: Command) => {
      const { questionnaireCommand } = await import('../commands/questionnaire.js');
      code = await questionnaireCommand(o, globals(cmd), io);
    });

  program
    .command('render')
    .description('one document assembled from the corpus: title block, headings, every paragraph with its number as printed, lists, footnotes')
    .argument('<document>', 'a document id: mex-draft-2005, cedot-draft-2006, strategy-2021...')
    .addOption(new Option('-f, --format <format>', 'output format (docx needs --out)').choices(['markdown', 'html', 'docx', 'text']).default('markdown'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
    .action(async (doc: string, o, cmd: Command) => {
      const { renderCommand } = await import('../commands/render.js');
      code = await renderCommand(doc, o, globals(cmd), io);
    });

  program
    .command('lsp')
    .description('a language server over stdio: the diagnostics of plan lint while you type, safe fixes as quick fixes, instrument titles on hover (see the README for VS Code and other editors)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .action(async (_o, cmd: Command) => {
      const { lspCommand } = await import('../commands/lsp.js');
      code = await lspCommand(globals(cmd), io);
    });

  program
    .command('diff')
    .description('a redline: what changed in a document since a git revision, or a later text against an earlier one along lineage')
    .argument('<documents...>', 'one document with --since, or two: the earlier text, then the later one')
    .option('--since <git-ref>', 'compare the document with itself at that revision (read from git, no checkout)')
    .addOption(new Option('-f, --format <format>', 'output format: text ([-deleted-]{+inserted+}, colour on a terminal), markdown (CriticMarkup), html, json, docx (Word tracked changes; needs --out)').choices(['text', 'markdown', 'html', 'json', 'docx']).default('text'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
    .action(async (documents: string[], o, cmd: Command) => {
      const { diffCommand } = await import('../commands/diff.js');
      code = await diffCommand(documents, o, globals(cmd), io);
    });

  program
    .command('confirm')
    .description("after reviewing a suspect record (its paragraph changed since it was written): record that it answers the paragraph as it reads now")
    .argument('[commitment]', 'a commitment id, e.g. MEX/national-authority')
    .option('-s, --state <ISO3>', "every commitment of one state")
    .option('--dry-run', 'show what would be confirmed, write nothing')
    .action(async (id: string | undefined, o, cmd: Command) => {
      const { confirmCommand } = await import('../commands/confirm.js');
      code = await confirmCommand(id, o, globals(cmd), io);
    });

  program
    .command('insert')
    .description('working drafts: a new paragraph numbered --at; the later siblings move up by one, and every reference to them follows (all files or none)')
    .requiredOption('-d, --document <id>', 'the working draft')
    .requiredOption('--at <number>', 'the new paragraph\'s number as printed (3, 2.c, 1.iv)')
    .option('--section <path>', 'its section, headings joined by ">" (default: the section of the paragraph it displaces)')
    .option('--text <text>', 'its text (default: a TODO line)')
    .option('--dry-run', 'print what would change; write nothing')
    .action(async (o, cmd: Command) => {
      const { insertCommand } = await import('../commands/edit.js');
      code = await insertCommand(o, globals(cmd), io);
    });

  program
    .command('move')
    .description('working drafts: give a paragraph (and its sub-items) another number; the gap closes, the siblings at --to move up, every reference follows')
    .argument('<paragraph>', 'a paragraph id, e.g. wd-2027/9')
    .requiredOption('--to <number>', 'the number it will have')
    .option('--dry-run', 'print what would change; write nothing')
    .action(async (id: string, o, cmd: Command) => {
      const { moveCommand } = await import('../commands/edit.js');
      code = await moveCommand(id, o, globals(cmd), io);
    });

  program
    .command('renumber')
    .description('working drafts: number every group of paragraphs 1, 2, 3 (a, b, c; i, ii, iii) in reading order, closing gaps; every reference follows')
    .argument('<document>', 'the working draft')
    .option('--dry-run', 'print what would change; write nothing')
    .action(async (doc: string, o, cmd: Command) => {
      const { renumberCommand } = await import('../commands/edit.js');
      code = await renumberCommand(doc, o, globals(cmd), io);
    });

  program
    .command('export')
    .description('the corpus as a table for pandas, R or a spreadsheet: one row per item, flat columns (docs/export.md), the same ids as everywhere else')
    .addOption(new Option('-k, --kind <kind>', 'what one row is').choices(['paragraphs', 'instruments', 'states', 'commitments', 'records', 'obligations']).default('paragraphs'))
    .addOption(new Option('-f, --format <format>', 'jsonl (JSON Lines), json (one array) or csv (default: from --out, else jsonl)').choices(['jsonl', 'json', 'csv']))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .action(async (o, cmd: Command) => {
      const { exportCommand } = await import('../commands/export.js');
      code = await exportCommand(o, globals(cmd), io);
    });

  program
    .command('import')
    .description('re-run an importer: seeds (split sources/seeds into documents and paragraphs, keeping curated fields) or data (states and commitments from sources/data); or import a state\'s filled questionnaire: replies <file>')
    .argument('<what>', 'seeds, data or replies')
    .argument('[file]', 'for replies: the filled questionnaire (XLSX or CSV)')
    .option('--check', 'write nothing; list the files that would change and exit 1 if any')
    .option('-s, --state <ISO3>', 'replies: the state that answered')
    .option('--date <YYYY-MM-DD>', 'replies: the date of the reply')
    .option('--source <text>', 'replies: who sent it, and its reference')
    .option('--dry-run', 'replies: check and show what would be written, write nothing')
    .action(async (what: string, file: string | undefined, o: { check?: boolean; state?: string; date?: string; source?: string; dryRun?: boolean }, cmd: Command) => {
      if (what === 'replies') {
        const { importRepliesCommand } = await import('../commands/import-replies.js');
        code = await importRepliesCommand(file, o, globals(cmd), io);
        return;
      }
      if (file !== undefined) throw new UsageError(`plan import ${what} takes no file argument.`);
      const { importCommand } = await import('../commands/import.js');
      code = await importCommand(what as 'seeds' | 'data', o, globals(cmd), io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      io.stderr.write('Run `plan --help` (or `plan <command> --help`) for usage.\n');
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`plan: ${e.message}\n`);
      if (e.hint) io.stderr.write(`hint: ${e.hint}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`plan: internal error (a bug in plan; please report it with the command you ran):\n${err?.stack ?? String(e)}\n`);
    return 2;
  }
}
