/**
 * writeFilesAtomic when the change fails half-way through its renames (an injected EIO on the
 * second rename, the only way to fail there short of pulling a disk): the file already
 * replaced gets its old bytes back, the one created is removed, no temp file is left, and the
 * error is one line naming the file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const fault = { renamesLeft: Infinity };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (fault.renamesLeft-- === 0) throw Object.assign(new Error(`EIO: i/o error, rename '${String(from)}' -> '${String(to)}'`), { code: 'EIO' });
      return real.renameSync(from, to);
    },
  };
});

const { writeFilesAtomic } = await import('../../src/util/atomic-write.js');
const { WriteError } = await import('../../src/errors.js');

const dir = mkdtempSync(join(tmpdir(), 'plan-rollback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFilesAtomic, a rename failing half-way', () => {
  it('puts back what was there: all or none', () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    const c = join(dir, 'c.md');
    writeFileSync(a, 'old a');
    chmodSync(a, 0o600);
    writeFileSync(c, 'old c');
    fault.renamesLeft = 2; // a and b (new) are renamed into place, c fails
    let err: unknown;
    try {
      writeFilesAtomic([{ path: a, data: 'new a' }, { path: b, data: 'new b' }, { path: c, data: 'new c' }]);
    } catch (e) {
      err = e;
    }
    fault.renamesLeft = Infinity;
    expect(err).toBeInstanceOf(WriteError);
    expect((err as Error).message).toBe(`Could not write ${c}: input/output error (EIO); none of the 3 files was changed.`);
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(statSync(a).mode & 0o777).toBe(0o600);
    expect(readFileSync(c, 'utf8')).toBe('old c');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'c.md']);
  });

  it('without a fault, all three are written', () => {
    const files = ['x.md', 'y.md', 'z.md'].map((n) => ({ path: join(dir, n), data: `new ${n}` }));
    writeFilesAtomic(files);
    for (const f of files) expect(readFileSync(f.path, 'utf8')).toBe(f.data);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
