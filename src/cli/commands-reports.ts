import { type Command, Option } from 'commander';
import { list, type CliContext } from './context.js';

/**
 * The commands for reports over the corpus: gaps, xref, show, search, report, questionnaire, export.
 * Each loads its command module only when it runs (src/cli/main.ts registers them in help order).
 */

/** plan gaps */
export function defineGaps(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await gapsCommand(o, globals(cmd), io));
    });
}

/** plan xref */
export function defineXref(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await xrefCommand(o, globals(cmd), io));
    });
}

/** plan show */
export function defineShow(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('show')
    .description('any item (document, paragraph, instrument, state, commitment, body): front matter, text, links in and out')
    .argument('<id>', 'an id: mex-draft-2005/9, untoc, MEX, MEX/untoc, cedot...')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (id: string, o, cmd: Command) => {
      const { showCommand } = await import('../commands/show.js');
      setCode(await showCommand(id, o, globals(cmd), io));
    });
}

/** plan search */
export function defineSearch(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await searchCommand(words, o, globals(cmd), io));
    });
}

/** plan report */
export function defineReport(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('report')
    .description('one self-contained HTML file (no network, no external assets): the hemisphere heatmap, each state\'s gaps, instruments, lineage, search')
    .option('-o, --out <file>', 'where to write the report', 'report.html')
    .option('-s, --state <ISO3>', 'a report on one state only (any case)')
    .option('--force', 'replace the file if it exists')
    .action(async (o, cmd: Command) => {
      const { reportCommand } = await import('../commands/report.js');
      setCode(await reportCommand(o, globals(cmd), io));
    });
}

/** plan questionnaire */
export function defineQuestionnaire(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('questionnaire')
    .description("the questionnaire a state answers: one row per obligation of the adopted texts, grouped by section, with the current record and columns for the reply")
    .option('-s, --state <ISO3>', 'the state')
    .addOption(new Option('-f, --format <format>', 'output format (default: from --out, else markdown)').choices(['xlsx', 'csv', 'markdown']))
    .option('-o, --out <file>', 'write to this file (atomically); required for xlsx')
    .option('--force', 'replace the file if it exists')
    .action(async (o, cmd: Command) => {
      const { questionnaireCommand } = await import('../commands/questionnaire.js');
      setCode(await questionnaireCommand(o, globals(cmd), io));
    });
}

/** plan export */
export function defineExport(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await exportCommand(o, globals(cmd), io));
    });
}
