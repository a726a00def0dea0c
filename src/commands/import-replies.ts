import { relative, resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import { planReplies } from '../import/replies.js';
import { readReplies, UnreadableReply } from '../import/reply-reader.js';
import { resolveState } from '../model/resolve.js';
import { isCalendarDate } from '../util/text.js';
import { writeAllOrNone } from '../util/write-all.js';
import { loadForCommand } from './context.js';

export interface ImportRepliesOptions {
  state?: string;
  date?: string;
  source?: string;
  dryRun?: boolean;
  check?: boolean;
}

/**
 * `plan import replies <file> --state X --date D --source S [--dry-run]`:
 * exit 1 with `file:row:column: message` for each invalid row (nothing
 * written), else 0 after writing (or, with --dry-run, showing) the records.
 */
export async function importRepliesCommand(file: string | undefined, o: ImportRepliesOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (!file) throw new UsageError('plan import replies needs the filled questionnaire: plan import replies <file> --state <ISO3> --date <YYYY-MM-DD> --source "<who sent it, reference>".');
  if (o.check) throw new UsageError('--check is for seeds and data; for replies use --dry-run.');
  if (!o.state) throw new UsageError('plan import replies needs --state <ISO3> (the state that answered).');
  if (!o.date || !isCalendarDate(o.date, false)) throw new UsageError(`plan import replies needs --date <YYYY-MM-DD> (the date of the reply)${o.date ? `; got \`${o.date}\`` : ''}.`);
  const source = (o.source ?? '').trim();
  if (!source || /^todo\b/i.test(source)) throw new UsageError('plan import replies needs --source "<who sent it, reference>" (e.g. "Permanent Mission of Mexico to the OAS, note OEA-01234").');
  if (source.length > 1000) throw new UsageError('--source is longer than 1000 characters.');
  const { corpus, today } = loadForCommand(g, io);
  if (o.date > today) throw new UsageError(`--date ${o.date} is after today (${today}).`);
  const state = resolveState(corpus, o.state);
  let sheet;
  try {
    sheet = await readReplies(resolve(io.cwd, file));
  } catch (e) {
    if (e instanceof UnreadableReply) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
  const plan = planReplies(corpus, sheet, { state, date: o.date, source, today });
  if (plan.problems.length) {
    for (const p of plan.problems) io.stderr.write(`${file}:${p.row}:${p.column}: ${p.message}\n`);
    io.stderr.write(`plan: ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} in ${file}; nothing written.\n`);
    return 1;
  }
  for (const c of plan.changes) {
    const what = c.kind === 'unchanged' ? 'already recorded in' : `${o.dryRun ? 'would add to' : 'added to'}${c.newFile ? ' new' : ''}`;
    io.stdout.write(`row ${c.row}: ${c.key}: ${c.record.status} as of ${c.record['as-of']}, ${what} ${c.rel}\n`);
  }
  const added = plan.changes.filter((c) => c.kind === 'added').length;
  if (!o.dryRun && plan.files.length) {
    try {
      writeAllOrNone(plan.files);
    } catch (e) {
      throw new UsageError(`Cannot write the commitments (nothing changed): ${(e as Error).message}`);
    }
  }
  const files = plan.files.map((f) => relative(io.cwd, f.path));
  io.stdout.write(`${plan.changes.length} answered row${plan.changes.length === 1 ? '' : 's'}: ${added} record${added === 1 ? '' : 's'} ${o.dryRun ? 'would be written' : 'written'} to ${files.length} file${files.length === 1 ? '' : 's'}, ${plan.changes.length - added} already recorded.\n`);
  return 0;
}
