import { Command, CommanderError } from 'commander';
import { exitCodeForError } from '../commands/errors.js';
import type { GlobalOptions, Io } from './io.js';
import type { CliContext, DefineCommand } from './context.js';
import { defineInit, defineLint, defineLsp, defineNew, defineSchema } from './commands-checking.js';
import { defineExport, defineGaps, defineQuestionnaire, defineReport, defineSearch, defineShow, defineXref } from './commands-reports.js';
import { defineConfirm, defineDiff, defineInsert, defineMove, defineRender, defineRenumber } from './commands-drafting.js';
import { defineImport } from './commands-import.js';
import { safeIo } from './safe-output.js';
import { planVersion } from '../util/version.js';

export { processStdio } from './stdio.js';

/** Every command, in the order `plan --help` lists them. */
const COMMANDS: DefineCommand[] = [
  defineLint, defineSchema, defineGaps, defineXref, defineShow, defineSearch, defineNew, defineReport, defineInit, defineQuestionnaire,
  defineRender, defineLsp, defineDiff, defineConfirm, defineInsert, defineMove, defineRenumber, defineExport, defineImport,
];

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

  const ctx: CliContext = {
    io,
    globals: (cmd: Command): GlobalOptions => cmd.optsWithGlobals() as GlobalOptions,
    setCode: (n) => {
      code = n;
    },
  };
  for (const define of COMMANDS) define(program, ctx);

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
    return exitCodeForError(e, io);
  }
}
