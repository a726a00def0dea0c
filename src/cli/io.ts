/** Where a command writes, and what it knows of its environment (injectable for tests). */
export interface Io {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Standard input, for `plan lint --stdin` (absent: nothing to read). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Global options every command shares. */
export interface GlobalOptions {
  corpus?: string;
  /** --config <file>: the configuration to use instead of the one found. */
  config?: string;
  color?: boolean;
  today?: string;
}
