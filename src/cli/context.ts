import type { Command } from 'commander';
import type { GlobalOptions, Io } from './io.js';

/** What a command's definition needs from `main`: where to write, the global options, and how to set the exit code. */
export interface CliContext {
  io: Io;
  globals: (cmd: Command) => GlobalOptions;
  setCode: (code: number) => void;
}

/** Adds one command (its options, help text and action) to the program. */
export type DefineCommand = (program: Command, ctx: CliContext) => void;

/** A repeatable, comma-separated option value: `-d a,b -d c` is ['a', 'b', 'c']. */
export const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)];
