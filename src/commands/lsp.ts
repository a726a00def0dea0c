import type { GlobalOptions, Io } from '../cli/io.js';
import { resolveToday } from '../cli/today.js';

/** `plan lsp`: the language server, over stdio, until the client says exit. */
export async function lspCommand(g: GlobalOptions, io: Io): Promise<number> {
  const today = resolveToday(g.today, io.env);
  const { startServer } = await import('../lsp/server.js');
  startServer({ today, input: process.stdin, output: process.stdout });
  // The protocol library ends the process: on `exit` (0 after `shutdown`, else 1) or when the
  // client closes standard input.
  return new Promise<number>(() => {});
}
