import type { GlobalOptions, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import { planConfirm } from '../import/confirm.js';
import { resolveState } from '../model/resolve.js';
import { writeAllOrNone } from '../util/write-all.js';
import { loadForCommand } from './context.js';

/**
 * `plan confirm <commitment-id> | --state X [--dry-run]`: the reviewed records
 * answer their paragraphs as they read now (exit 0; nothing to confirm is not
 * an error).
 */
export async function confirmCommand(id: string | undefined, o: { state?: string; dryRun?: boolean }, g: GlobalOptions, io: Io): Promise<number> {
  if ((id === undefined) === (o.state === undefined)) throw new UsageError('Say what to confirm: a commitment id (plan confirm MEX/national-authority) or --state <ISO3>, not both.');
  const { corpus } = loadForCommand(g, io);
  const sel = id !== undefined ? { id } : { state: resolveState(corpus, o.state!) };
  const { confirmations, files } = planConfirm(corpus, sel);
  for (const c of confirmations) {
    const why = c.reason === 'changed' ? `${c.paragraphs.join(', ')} changed since` : `no fingerprint of ${c.paragraphs.join(', ')} yet`;
    io.stdout.write(`${c.commitment}: record as of ${c.asOf} ${o.dryRun ? 'would answer' : 'now answers'} the paragraph${c.paragraphs.length === 1 ? '' : 's'} as ${c.paragraphs.length === 1 ? 'it reads' : 'they read'} today (${why})\n`);
  }
  if (!o.dryRun && files.length) {
    try {
      writeAllOrNone(files);
    } catch (e) {
      throw new UsageError(`Cannot write (nothing changed): ${(e as Error).message}`);
    }
  }
  io.stdout.write(confirmations.length ? `${confirmations.length} record${confirmations.length === 1 ? '' : 's'} ${o.dryRun ? 'would be' : ''} confirmed.\n`.replace('  ', ' ') : 'Nothing to confirm: every record answers its paragraphs as they read now.\n');
  return 0;
}
