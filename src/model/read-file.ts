import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { fsReason } from '../util/fs-errors.js';

/**
 * How every file of the corpus is read, corpus files and the root's plan.config.yaml and
 * plan.baseline.yaml alike (a light module: `plan lint --cache` reads the root files with it
 * before any parser is loaded).
 */

/** Largest file read, bytes (LIMITS.fileBytes): corpus files, the configuration and the baseline. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Why a file was not read; `code` is ENOENT for a file that is not there. */
export interface NotRead {
  problem: string;
  code: string;
}

/**
 * A file's bytes, or why it could not be read. Never throws. A symbolic link is not followed
 * (O_NOFOLLOW), a FIFO or device is not read (one open, O_NONBLOCK, then fstat on that
 * descriptor: what is read is what was checked), nor a file over MAX_FILE_BYTES.
 */
export function readBytes(path: string): { bytes: Uint8Array } | NotRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'Not read: not a regular file.', code: 'ENOTREG' };
    if (st.size > MAX_FILE_BYTES) return { problem: `File is ${st.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (a corpus file is never that large).`, code: 'EFBIG' };
    // The size fstat gave (as readFileSync does); a file that shrank meanwhile is read to its end.
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, null);
      if (r === 0) break;
      n += r;
    }
    return { bytes: n === st.size ? buf : buf.subarray(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ELOOP' || code === 'EMLINK') return { problem: 'Not read: a symbolic link (not followed: a link could lead outside the corpus).', code: 'ELOOP' };
    if (code === 'ENOENT') return { problem: `File could not be read (${code}): it may have been deleted or made unreadable during the run.`, code };
    return { problem: `File could not be read: ${fsReason(e)}.`, code };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The error of a file that is there but could not be read (not one refused on purpose: a link, a FIFO, too large). */
export function ioErrorOf(r: NotRead): string | undefined {
  return r.code === 'ENOTREG' || r.code === 'ELOOP' || r.code === 'EFBIG' ? undefined : r.code;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A root file of the corpus (plan.config.yaml, plan.baseline.yaml) as text, with the corpus
 * files' rules (readBytes, strict UTF-8; the byte-order mark dropped, line ends as \n);
 * undefined when there is none. Anything else is a UsageError naming the file, never its content.
 */
export function readRootFile(path: string, what: string): string | undefined {
  const r = readBytes(path);
  if ('problem' in r) {
    if (r.code === 'ENOENT') return undefined;
    throw new UsageError(`${path}:1:1: the ${what} was not read. ${r.problem}`, `The ${what} must be a regular UTF-8 file of at most ${MAX_FILE_BYTES} bytes, not a link.`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(r.bytes);
  } catch {
    throw new UsageError(`${path}:1:1: the ${what} cannot be read as UTF-8 text.`, 'Save it as UTF-8.');
  }
  if (text.includes('\0')) throw new UsageError(`${path}:1:1: the ${what} contains NUL bytes: binary content, not YAML.`);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** C0 and C1 control characters (tab included: an excerpt is one line). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A short, one-line, control-character-free excerpt of text from a file. */
export function excerpt(s: string, max = 40): string {
  const clean = s.replace(CONTROLS, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * A parse or schema message about a root file, safe to print: what it quotes in backticks is
 * cut to a short excerpt, control characters become spaces, and the whole stays one short line.
 */
export function safeMessage(message: string): string {
  const quoted = message.replace(/`([^`]*)`/g, (_m, q: string) => `\`${excerpt(q, 24)}\``);
  return excerpt(quoted, 240);
}
