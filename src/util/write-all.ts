/**
 * Several files changed together, all or none: the atomic writer's writeFilesAtomic (every
 * byte written, fsync, the files' modes kept; on any failure the temp files removed, the files
 * already replaced put back, and one line, exit 2), under the name its callers use.
 */
import { writeFilesAtomic } from './atomic-write.js';

export interface PlannedWrite {
  path: string;
  data: string;
}

export function writeAllOrNone(files: readonly PlannedWrite[]): void {
  writeFilesAtomic(files);
}
