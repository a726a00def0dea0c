import { type Command, Option } from 'commander';
import type { CliContext } from './context.js';

/**
 * The commands for working on drafts: render, diff, confirm, insert, move, renumber.
 * Each loads its command module only when it runs (src/cli/main.ts registers them in help order).
 */

/** plan render */
export function defineRender(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('render')
    .description('one document assembled from the corpus: title block, headings, every paragraph with its number as printed, lists, footnotes')
    .argument('<document>', 'a document id: mex-draft-2005, cedot-draft-2006, strategy-2021...')
    .addOption(new Option('-f, --format <format>', 'output format (docx needs --out)').choices(['markdown', 'html', 'docx', 'text']).default('markdown'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
    .action(async (doc: string, o, cmd: Command) => {
      const { renderCommand } = await import('../commands/render.js');
      setCode(await renderCommand(doc, o, globals(cmd), io));
    });
}

/** plan diff */
export function defineDiff(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await diffCommand(documents, o, globals(cmd), io));
    });
}

/** plan confirm */
export function defineConfirm(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('confirm')
    .description("after reviewing a suspect record (its paragraph changed since it was written): record that it answers the paragraph as it reads now")
    .argument('[commitment]', 'a commitment id, e.g. MEX/national-authority')
    .option('-s, --state <ISO3>', "every commitment of one state")
    .option('--dry-run', 'show what would be confirmed, write nothing')
    .action(async (id: string | undefined, o, cmd: Command) => {
      const { confirmCommand } = await import('../commands/confirm.js');
      setCode(await confirmCommand(id, o, globals(cmd), io));
    });
}

/** plan insert */
export function defineInsert(program: Command, { io, globals, setCode }: CliContext): void {
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
      setCode(await insertCommand(o, globals(cmd), io));
    });
}

/** plan move */
export function defineMove(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('move')
    .description('working drafts: give a paragraph (and its sub-items) another number; the gap closes, the siblings at --to move up, every reference follows')
    .argument('<paragraph>', 'a paragraph id, e.g. wd-2027/9')
    .requiredOption('--to <number>', 'the number it will have')
    .option('--dry-run', 'print what would change; write nothing')
    .action(async (id: string, o, cmd: Command) => {
      const { moveCommand } = await import('../commands/edit.js');
      setCode(await moveCommand(id, o, globals(cmd), io));
    });
}

/** plan renumber */
export function defineRenumber(program: Command, { io, globals, setCode }: CliContext): void {
  program
    .command('renumber')
    .description('working drafts: number every group of paragraphs 1, 2, 3 (a, b, c; i, ii, iii) in reading order, closing gaps; every reference follows')
    .argument('<document>', 'the working draft')
    .option('--dry-run', 'print what would change; write nothing')
    .action(async (doc: string, o, cmd: Command) => {
      const { renumberCommand } = await import('../commands/edit.js');
      setCode(await renumberCommand(doc, o, globals(cmd), io));
    });
}
