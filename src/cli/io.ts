/** Where a command writes, and what it knows of its environment (injectable for tests). */
export interface Io {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Global options every command shares. */
export interface GlobalOptions {
  corpus?: string;
  color?: boolean;
  today?: string;
}
