import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';

/**
 * The commands for re-running the importers and importing a filled questionnaire: import.
 * Each loads its command module only when it runs (src/cli/main.ts registers them in help order).
 */

/** plan import */
export function defineImport(program: Command, { io, globals, setCode }: CliContext): void {
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
        setCode(await importRepliesCommand(file, o, globals(cmd), io));
        return;
      }
      if (file !== undefined) throw new UsageError(`plan import ${what} takes no file argument.`);
      const { importCommand } = await import('../commands/import.js');
      setCode(await importCommand(what as 'seeds' | 'data', o, globals(cmd), io));
    });
}
