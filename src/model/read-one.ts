import { validate } from '../schema/validate.js';
import { readCorpusFile } from './load.js';
import { readSource, type SourceFile } from './source-file.js';
import type { Found } from './walk.js';

export type Job = Found;

/** Reads one found path into a SourceFile, with its schema errors. Never throws. */
export function readAndValidate(f: Job): SourceFile {
  let file: SourceFile;
  if (f.refuse) {
    file = readSource(f.path, f.rel, f.kind, f.pathId, new Uint8Array());
    file.problems = [{ ruleId: 'file-readable', message: `Not read: ${f.refuse}.`, line: 1, column: 1, ...(f.ioError ? { ioError: f.ioError } : {}) }];
  } else {
    file = readCorpusFile(f.path, f.rel, f.kind, f.pathId);
  }
  if (file.data && file.kind !== 'unknown' && file.kind !== 'config') file.schemaErrors = validate(file.kind, file.data);
  return file;
}
