/**
 * The one place where text leaves `plan` for a terminal, a CI log or a file:
 * every string a command writes to stdout or stderr goes through
 * `safeText`, whatever its format, so corpus text and paths (untrusted: a
 * pull request controls them) can never drive the terminal. C0 controls but
 * tab and line feed (and CR right before a line feed: CSV's CRLF), DEL, C1
 * controls and bidi embeddings, overrides and isolates are written as
 * `\u001b`-style escapes: visible text in every format, and in JSON the
 * format's own escape, so a JSON reader gets the original string back.
 *
 * Why here and not in each formatter: formatters are many (and more come),
 * each would have to remember every string; here nothing is missed, the
 * formatters stay pure, and JSON stays lossless. What this place cannot know
 * is where a field ends, so line breaks inside a field are each format's
 * business: CSV escapes them (src/formatters/csv.ts), the table, stylish and
 * markdown formats print fields on one line (`printable`, `oneLine`), GitHub
 * annotations escape them as `%0A`.
 *
 * The one exception: colour. With colour on (a terminal, or --color), SGR
 * sequences (`ESC [ 1;31 m`: colour, bold, dim, underline, reset) pass, since
 * the formatters colour with them; corpus text holding one is then shown in
 * colour too, and nothing else. Cursor moves, screen clears, window titles
 * (OSC), hyperlinks and every other escape are always shown escaped.
 */
import { useColor } from './color.js';
import type { Io } from './io.js';

/** What never reaches the output as is (`\r\n` and SGR matched first, to keep them when allowed). */
const UNSAFE = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character escaped; SGR colour sequences kept when `colour`. */
export function safeText(s: string, colour = false): string {
  return s.replace(UNSAFE, (m) => {
    if (m === '\r\n') return m;
    if (m.length > 1) return colour ? m : `\\u001b${m.slice(1)}`;
    return `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

type Out = Io['stdout'];

/** A stream whose strings go through `safeText` (bytes, e.g. a file format, pass as they are). */
export function safeStream(stream: Out, colour: boolean): Out {
  return {
    isTTY: stream.isTTY,
    write: (s: string | Uint8Array) => stream.write(typeof s === 'string' ? safeText(s, colour) : (s as unknown as string)),
    /** For what `plan` itself sends to the terminal (the progress line's `\r` and erase): not escaped. */
    writeControl: (s: string) => stream.write(s),
  } as Out;
}

/**
 * `io` with stdout and stderr made safe. Colour is allowed on a stream when
 * the command would colour it (same rule as `useColor`, read from argv as
 * the commands read it). The other members (argv, env, stdin...) are `io`'s
 * own, inherited, so that a lazy one (stdin) stays lazy.
 */
export function safeIo(io: Io): Io {
  const flag = io.argv.includes('--no-color') ? false : io.argv.includes('--color') ? true : undefined;
  const out = Object.create(io) as Io;
  Object.defineProperties(out, {
    stdout: { value: safeStream(io.stdout, useColor(flag, io, 'stdout')), enumerable: true },
    stderr: { value: safeStream(io.stderr, useColor(flag, io, 'stderr')), enumerable: true },
  });
  return out;
}

/** Writes terminal control that `plan` itself makes (not corpus text), bypassing the escaping. */
export function writeControl(stream: Out, s: string): void {
  const raw = (stream as Out & { writeControl?: (s: string) => unknown }).writeControl;
  if (raw) raw(s);
  else stream.write(s);
}
