/**
 * Issue 15, items 1 and 10: every write is complete or not made. A short write (a full disk, a
 * file-size limit) is exit 2 with one line, the file as it was and no temp file left; the
 * file's mode is kept; a multi-file change is all or nothing; SIGINT/SIGTERM leave no temp
 * file; temp files of a killed run are removed by the next one; a folder or an over-long name
 * at --out is one line, never a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeFilesAtomic, writeFileAtomic } from '../../src/util/atomic-write.js';
import { REPO } from '../cli/run.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { isRoot, oneLine, planUnder, tempFilesUnder } from './spawn.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'plan-writes-'));
  roots.push(d);
  return d;
}

async function inProcess(root: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: [...argv, '--corpus', root, '--today', '2026-01-01'], cwd: root, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const draftText = 'States consider the Inter-American Convention on Mutual Assistance in Criminal Affairs and extradition (UNTOC, Art. 16).';
/** A paragraph of a working draft with two safe fixes (a canonical title, a declared citation), its body `pad` bytes longer. */
function fixable(id: string, pad: number): string {
  const number = id.split('/')[1]!;
  const body = `${draftText}${pad ? ' ' + 'Los Estados miembros cooperarán. '.repeat(Math.ceil(pad / 33)) : ''}`;
  return mini('paragraphs/adopted/2.md')
    .replace('id: adopted/2', `id: ${id}`)
    .replace(/number: "?2"?/, `number: "${number}"`)
    .replace(/---\n[^\n]*\n$/, `---\n${body}\n`)
    .replace(/cites:\n(  .*\n)+/, '');
}

/** A working draft whose paragraphs 10 (small) and 2 (22 KB) both have fixes; 10 is written first. */
function draftCorpus(): string {
  const root = writeCorpus(withOverrides({
    'documents/adopted.md': mini('documents/adopted.md').replace('status: adopted', 'status: working-draft'),
    'paragraphs/adopted/10.md': fixable('adopted/10', 0),
    'paragraphs/adopted/2.md': fixable('adopted/2', 22_000),
  }));
  roots.push(root);
  return root;
}

describe('short writes are never committed', () => {
  it('lint --fix under a 16 KiB file-size limit: exit 2, one line, both files as they were (all or nothing), no temp file', () => {
    const root = draftCorpus();
    const big = join(root, 'paragraphs/adopted/2.md');
    const small = join(root, 'paragraphs/adopted/10.md');
    const before = [readFileSync(big), readFileSync(small)];
    expect(before[0]!.length).toBeGreaterThan(22_000);
    // Without the limit the same command fixes both files (the test's premise).
    const r = planUnder(['lint', '--fix', '--corpus', root, '--today', '2026-01-01', '--format', 'json'], { fileLimitKiB: 16 });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`plan: Could not write ${big}: `);
    expect(r.stderr).toContain('(EFBIG)');
    expect(readFileSync(big).equals(before[0]!)).toBe(true);
    expect(readFileSync(small).equals(before[1]!)).toBe(true);
    expect(tempFilesUnder(root)).toEqual([]);
    const free = planUnder(['lint', '--fix', '--corpus', root, '--today', '2026-01-01', '--format', 'json']);
    expect(free.stderr).toContain('plan: fixed paragraphs/adopted/2.md');
    expect(free.stderr).toContain('plan: fixed paragraphs/adopted/10.md');
    expect(readFileSync(big, 'utf8')).toContain('Criminal Matters and extradition');
  });

  it('lint --fix on a nearly full file system (a tmpfs with 12 KiB free; else a file-size limit): exit 2, the 22 KB paragraph whole', () => {
    const dir = scratch();
    const fs = join(dir, 'small');
    mkdirSync(fs);
    const mounted = isRoot && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', fs]).status === 0;
    try {
      const root = join(fs, 'corpus');
      cpSync(draftCorpus(), root, { recursive: true });
      const big = join(root, 'paragraphs/adopted/2.md');
      const before = readFileSync(big);
      if (mounted) {
        // Fill the file system to 12 KiB short of full.
        const free = Number(spawnSync('df', ['-B1', '--output=avail', fs], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
        writeFileSync(join(fs, 'filler'), Buffer.alloc(Math.max(0, free - 12 * 1024)));
      }
      const r = planUnder(['lint', '--fix', '--corpus', root, '--today', '2026-01-01'], mounted ? {} : { fileLimitKiB: 12 });
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/\((ENOSPC|EFBIG)\); none of the 2 files was changed\.\n/);
      expect(readFileSync(big).equals(before)).toBe(true);
      expect(tempFilesUnder(root)).toEqual([]);
    } finally {
      if (mounted) spawnSync('umount', [fs]);
    }
  });

  it('report on a full file system (a 64 KiB tmpfs; else a 64 KiB file-size limit): exit 2, one line, no report, no temp file', () => {
    const dir = scratch();
    const fs = join(dir, 'small');
    mkdirSync(fs);
    const mounted = isRoot && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', fs]).status === 0;
    try {
      const out = join(fs, 'report.html');
      const r = planUnder(['report', '--out', out, '--today', '2026-01-01'], mounted ? {} : { fileLimitKiB: 64 });
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(mounted ? /\(ENOSPC\); nothing was changed\.\n/ : /\(EFBIG\); nothing was changed\.\n/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(fs)).toEqual([]);
    } finally {
      if (mounted) spawnSync('umount', [fs]);
    }
  });

  it('--fix keeps each file\'s mode (600 and 755 stay)', async () => {
    const root = draftCorpus();
    const big = join(root, 'paragraphs/adopted/2.md');
    const small = join(root, 'paragraphs/adopted/10.md');
    chmodSync(big, 0o600);
    chmodSync(small, 0o755);
    const r = await inProcess(root, ['lint', '--fix']);
    expect(r.err).toContain('plan: fixed paragraphs/adopted/2.md');
    expect(r.err).toContain('plan: fixed paragraphs/adopted/10.md');
    expect(statSync(big).mode & 0o777).toBe(0o600);
    expect(statSync(small).mode & 0o777).toBe(0o755);
  });

  it('writeFilesAtomic: a file that cannot be written leaves every file of the change as it was', () => {
    const dir = scratch();
    const a = join(dir, 'a.md');
    writeFileSync(a, 'old a');
    mkdirSync(join(dir, 'b.md'));
    expect(() => writeFilesAtomic([{ path: a, data: 'new a' }, { path: join(dir, 'b.md'), data: 'new b' }])).toThrow(/Could not write .*b\.md: it is a folder; .*nothing was changed/);
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });
});

/** A child that writes a 4 MiB file over and over with the atomic writer (dist/). */
function writerLoop(target: string) {
  const script = `import { writeFileAtomic } from ${JSON.stringify(join(REPO, 'dist/util/atomic-write.js'))};
    const A = 'A'.repeat(4 * 1024 * 1024);
    // A run yields to the event loop between its writes (a signal is handled there).
    for (;;) { writeFileAtomic(${JSON.stringify(target)}, A); await new Promise((r) => setImmediate(r)); }`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
}

async function untilTempFile(dir: string, ms = 20_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}

describe('interrupted runs leave no temp file', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} while a file is being written: exit ${code}, no temp file, the file whole`, async () => {
      const dir = scratch();
      const target = join(dir, 'a.md');
      writeFileSync(target, 'A'.repeat(4 * 1024 * 1024));
      const child = writerLoop(target);
      const exited = new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
      expect(await untilTempFile(dir)).toBe(true);
      child.kill(signal);
      const [c, s] = await exited;
      expect({ code: c, signal: s }).toEqual({ code, signal: null });
      expect(readdirSync(dir)).toEqual(['a.md']);
      expect(readFileSync(target, 'utf8').length).toBe(4 * 1024 * 1024);
    });
  }

  it('temp files of a killed run are removed by the next write into their folder, and by the next lint of the corpus', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const dir = scratch();
    const stale = join(dir, `.a.md.${dead}.0123abcd.tmp`);
    const mine = join(dir, `.a.md.${process.pid}.0123abcd.tmp`);
    writeFileSync(stale, 'half');
    writeFileSync(mine, 'in flight');
    writeFileAtomic(join(dir, 'a.md'), 'x');
    expect(readdirSync(dir).sort()).toEqual([`.a.md.${process.pid}.0123abcd.tmp`, 'a.md']);
    rmSync(mine);

    const root = writeCorpus(withOverrides({}));
    roots.push(root);
    const left = join(root, 'paragraphs/adopted', `.2.md.${dead}.89abcdef.tmp`);
    // pid 1 is alive: its temp file is in flight unless it is a day old (pids are reused).
    const fresh = join(root, 'instruments', '.untoc.md.1.0000ffff.tmp');
    const old = join(root, 'instruments', '.untoc.md.1.1111ffff.tmp');
    writeFileSync(left, 'half a paragraph');
    writeFileSync(fresh, 'in flight');
    writeFileSync(old, 'a day old');
    utimesSync(old, new Date(Date.now() - 25 * 3600e3), new Date(Date.now() - 25 * 3600e3));
    const other = join(root, 'instruments', '.notes.tmp');
    writeFileSync(other, 'not ours');
    const r = await inProcess(root, ['lint']);
    expect(r.code).not.toBe(2);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});

describe('file-system errors of outputs are one line and exit 2', () => {
  it('report --out <existing folder> --force', () => {
    const dir = scratch();
    const r = planUnder(['report', '--out', dir, '--force', '--today', '2026-01-01']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`plan: Could not write ${dir}: it is a folder`);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('report --out <a 300-character name>', () => {
    const dir = scratch();
    const r = planUnder(['report', '--out', join(dir, `${'x'.repeat(300)}.html`), '--today', '2026-01-01']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('the name is too long for the file system (ENAMETOOLONG)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('plan new instrument <300 characters>, and an id one over the schema\'s maxLength: refused before writing', async () => {
    const root = writeCorpus(withOverrides({}));
    roots.push(root);
    const before = readdirSync(join(root, 'instruments')).sort();
    for (const id of ['x'.repeat(300), 'x'.repeat(65)]) {
      const r = await inProcess(root, ['new', 'instrument', id]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain('plan: plan new instrument would write a file that fails its schema: `id` must NOT have more than 64 characters.');
    }
    const ok = await inProcess(root, ['new', 'instrument', 'x'.repeat(64)]);
    expect(ok.code).toBe(0);
    expect(readdirSync(join(root, 'instruments')).sort()).toEqual([...before, `${'x'.repeat(64)}.md`].sort());
    const lint = await inProcess(root, ['lint', '--format', 'json']);
    const mine = (JSON.parse(lint.out) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>).find((f) => f.filePath.endsWith(`${'x'.repeat(64)}.md`))!;
    expect(mine.messages.filter((m) => m.ruleId === 'schema')).toEqual([]);
  });
});
