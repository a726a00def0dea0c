/** What a file-system error code means, in words a user acts on. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is larger than the file system or the file-size limit (ulimit -f) allows',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long for the file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'a folder of the path does not exist',
  EEXIST: 'it already exists',
  ELOOP: 'too many symbolic links in the path',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EXDEV: 'it is on another file system',
};

/** `reason (CODE)` for an error thrown by node:fs; the message's first line for anything else. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return String(err?.message ?? e).split('\n')[0] ?? '';
}

/** The error's code (ENOSPC...), or 'EUNKNOWN'. */
export function fsCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}
