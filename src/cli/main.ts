import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from './io.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The whole CLI, testable in-process: parses argv, runs one command, returns
 * the exit code (0 clean, 1 problems found, 2 usage error or failure).
 * Heavy modules load only when a command runs, so --help and --version stay fast.
 */
export async function main(io: Io): Promise<number> {
  let code = 0;
  const program = new Command('plan');
  program
    .description('Plans-as-code for the OAS Hemispheric Plan of Action against Transnational Organized Crime.\nValidates the corpus (lint), reports what each state still has to do (gaps), and what cites what (xref).')
    .version(version(), '-V, --version', 'print the version')
    .option('--corpus <dir>', 'corpus folder (default: ./corpus, else the nearest ancestor holding corpus/documents/)')
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
    .argument('[paths...]', 'files or folders to report on (references still resolve against the whole corpus)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--rule <id=severity...>', 'override a rule\'s severity (error, warn, off); repeatable')
    .option('--list-rules', 'list the rules with their default severity and description')
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
