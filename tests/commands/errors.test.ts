import { describe, expect, it } from 'vitest';
import { exitCodeForError } from '../../src/commands/errors.js';
import { UsageError, WriteError } from '../../src/errors.js';
import { findCorpus } from '../../src/model/find.js';

function run(e: unknown): { code: number; stderr: string } {
  let stderr = '';
  const code = exitCodeForError(e, { stderr: { write: (s: string) => { stderr += s; return true; } } });
  return { code, stderr };
}

describe('an error that ends a command (src/commands/errors.ts)', () => {
  it("the library's UsageError: its line and its hint, exit 2, no stack", () => {
    expect(run(new UsageError('Unknown document `mex-draft-2050`.', 'Documents: cedot-draft-2006, mex-draft-2005.'))).toEqual({
      code: 2,
      stderr: 'plan: Unknown document `mex-draft-2050`.\nhint: Documents: cedot-draft-2006, mex-draft-2005.\n',
    });
    expect(run(new WriteError('Could not write out.xlsx: no space left on the device (ENOSPC); nothing was changed.', 'ENOSPC'))).toEqual({
      code: 2,
      stderr: 'plan: Could not write out.xlsx: no space left on the device (ENOSPC); nothing was changed.\n',
    });
  });
  it('anything else is a bug in plan: said so, with the stack to report, exit 2 (never 1, which means problems found)', () => {
    const r = run(new TypeError("Cannot read properties of undefined (reading 'fm')"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: internal error \(a bug in plan; please report it with the command you ran\):\nTypeError: Cannot read properties of undefined \(reading 'fm'\)\n {4}at /);
    expect(run('a thrown string')).toEqual({ code: 2, stderr: 'plan: internal error (a bug in plan; please report it with the command you ran):\na thrown string\n' });
  });
  it("words in the command line's terms what the library says in its own (its options, not the CLI's flags)", () => {
    let e: UsageError | undefined;
    try {
      findCorpus('/', '/no/such/corpus/folder');
    } catch (x) {
      e = x as UsageError;
    }
    expect(e).toBeInstanceOf(UsageError);
    expect(e!.hint).toBe('A corpus is a folder holding documents/, paragraphs/, ...');
    expect(run(e)).toEqual({ code: 2, stderr: 'plan: Corpus folder not found: /no/such/corpus/folder\nhint: Pass --corpus <dir>, a folder holding documents/, paragraphs/, ...\n' });
  });
});
