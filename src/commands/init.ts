import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fsReason } from '../util/fs-errors.js';
import { InitConflict, initCorpus } from '../init/index.js';
import { RULE_METAS } from '../rules/index.js';
import type { GlobalOptions, Io } from '../cli/io.js';
import { resolveToday } from '../cli/today.js';

/** `plan init [folder]`: a corpus skeleton that lints clean; never overwrites. */
export async function initCommand(folder: string | undefined, o: { minimal?: boolean }, g: GlobalOptions, io: Io): Promise<number> {
  const today = resolveToday(g.today, io.env);
  const target = resolve(io.cwd, folder ?? '.');
  const rules = RULE_METAS.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));
  let made;
  try {
    made = initCorpus(target, rules, { minimal: o.minimal, today });
  } catch (e) {
    if (e instanceof InitConflict) {
      throw new UsageError(`plan init never overwrites, and ${e.message.replace('would overwrite ', '')} already exist in ${target}. Nothing was written.`, 'Run it in an empty folder, or move those files away.');
    }
    // A folder that could not be made (the files' own writes fail as WriteError, already one line).
    const err = e as NodeJS.ErrnoException;
    if (!(e instanceof UsageError) && err.code && err.path) throw new UsageError(`plan init could not create ${err.path}: ${fsReason(e)}; nothing was written.`);
    throw e;
  }
  for (const f of [...made.folders.map((d) => `${d}/`), ...made.files]) io.stdout.write(`created ${f}\n`);
  if (made.folders.length === 0 && made.files.length === 0) io.stdout.write(`${target} already has every corpus folder; nothing to create.\n`);
  else io.stdout.write(o.minimal ? 'Next: `plan new document <id>`, then `plan lint`.\n' : 'Next: `plan lint` (the examples lint clean), then replace the examples with your texts.\n');
  return 0;
}
