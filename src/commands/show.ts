import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../cli/io.js';

/** Placeholder until the command lands (being written now). */
export async function showCommand(_id: string, _o: Record<string, unknown>, _g: GlobalOptions, _io: Io): Promise<number> {
  throw new UsageError('plan show is not available in this build yet.');
}
