import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { NEW_KINDS, scaffold, type NewKind } from '../edit/scaffold.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { GlobalOptions, Io } from '../cli/io.js';
import { loadForCommand } from './context.js';

/** `plan new <kind> [id]`: writes a file that passes the schema; never overwrites. */
export async function newCommand(kind: string, id: string | undefined, o: { document?: string; title?: string; state?: string; instrument?: string; answers?: string[] }, g: GlobalOptions, io: Io): Promise<number> {
  if (!(NEW_KINDS as readonly string[]).includes(kind)) throw new UsageError(`Unknown kind \`${kind}\`; expected one of ${NEW_KINDS.join(', ')}.`);
  const { corpus, today } = loadForCommand(g, io);
  if (kind === 'commitment') {
    // The one resolver of --state and --instrument (src/model/resolve.ts): `Mexico`, `México`, `palermo` work here as in gaps.
    const { resolveInstrument, resolveState } = await import('../model/resolve.js');
    o = { ...o, ...(o.state !== undefined ? { state: resolveState(corpus, o.state) } : {}), ...(o.instrument !== undefined ? { instrument: resolveInstrument(corpus, o.instrument) } : {}) };
  }
  const s = scaffold(corpus, kind as NewKind, id, { ...o, today });
  const path = join(corpus.root, s.rel);
  try {
    writeFileAtomic(path, s.text, { overwrite: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; plan new never overwrites.`);
    throw e;
  }
  io.stdout.write(`${path}\n`);
  return 0;
}
