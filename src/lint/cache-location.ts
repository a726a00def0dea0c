import { lstatSync } from 'node:fs';
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';
import { WriteError } from '../errors.js';
import { existingTarget } from '../util/atomic-write.js';

/** The files `plan lint --cache` writes at a location (src/lint/cache.ts). */
export const CACHE_FILES = ['', '.parse', '.delta'];

/**
 * Refuses a cache location plan must not write: anything there (or at its `.parse` and
 * `.delta` beside it) that is not a regular file (a device would be replaced, a folder or a
 * FIFO written into), and a folder of its path that is a symbolic link (a committed
 * `.plancache` link would make `--cache` write outside the repository). Checked are the
 * folders below `cwd` when the location is inside it, else the location's own folder.
 * A WriteError (one line, exit 2) otherwise.
 */
export function assertCacheLocation(location: string, cwd: string, given: string): void {
  const abs = resolve(cwd, location);
  const rel = relative(cwd, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const folders: string[] = [];
  if (inside) {
    let at = cwd;
    for (const part of rel.split(sep).slice(0, -1)) folders.push((at = resolve(at, part)));
  } else folders.push(dirname(abs));
  for (const dir of folders) {
    let isLink = false;
    try {
      const st = lstatSync(dir);
      isLink = st.isSymbolicLink();
      if (!isLink && !st.isDirectory()) throw new WriteError(`--cache-location ${given}: ${dir} is not a folder.`, 'ENOTDIR', 'Pass a --cache-location inside the repository, e.g. .plancache/lint.json.');
    } catch (e) {
      if (e instanceof WriteError) throw e;
      continue; // absent: created as a folder when the cache is written
    }
    if (isLink) throw new WriteError(`--cache-location ${given}: ${dir} is a symbolic link; plan never writes the cache through a link.`, 'ELOOP', 'Remove the link (or pass another --cache-location), e.g. .plancache/lint.json.');
  }
  for (const suffix of CACHE_FILES) {
    try {
      existingTarget(abs + suffix);
    } catch (e) {
      const head = `Could not write ${abs + suffix}: `;
      const m = (e as Error).message;
      const reason = m.startsWith(head) ? `${suffix ? `${abs + suffix}: ` : ''}${m.slice(head.length)}` : m;
      throw new WriteError(`--cache-location ${given}: ${reason}`, (e as WriteError).code ?? 'ENOTREG', 'Pass a --cache-location that is a regular file or absent, e.g. .plancache/lint.json.');
    }
  }
}
