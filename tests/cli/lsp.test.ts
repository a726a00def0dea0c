/**
 * `plan lsp` end to end, over stdio as an editor speaks it: open a working-draft paragraph,
 * type an undeclared citation, receive the diagnostic, apply the quick fix, see it cleared;
 * hover over the citation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN, REPO } from './run.js';

interface LspDiag { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; source: string; message: string }
interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }

let dir: string;
let corpus: string;
let child: ChildProcess;
let rpc: MessageConnection;
const published: Array<{ uri: string; diagnostics: LspDiag[] }> = [];
const waiters: Array<() => void> = [];

const PARA = `---
id: wd-2027/1
document: wd-2027
number: "1"
printed: true
section: []
type: operative
addressees: [member-states]
force: should
---
Member states should cooperate on extradition.
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-lsp-'));
  corpus = join(dir, 'corpus');
  cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
  writeFileSync(join(corpus, 'documents/wd-2027.md'), '---\nid: wd-2027\ntitle: Working draft 2027\ndate: 2026-11-01\nauthor: member-states\nstatus: working-draft\noutline: []\nsource: a test draft\n---\nA working draft.\n');
  mkdirSync(join(corpus, 'paragraphs/wd-2027'));
  writeFileSync(join(corpus, 'paragraphs/wd-2027/1.md'), PARA);
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--today', '2026-12-01'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiag[] }) => {
    published.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  rpc.listen();
  const init = await rpc.sendRequest('initialize', { processId: null, rootUri: `file://${dir}`, capabilities: {} }) as { capabilities: Record<string, unknown> };
  expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
  await rpc.sendNotification('initialized', {});
});

afterAll(async () => {
  try {
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
  } catch { /* already gone */ }
  await new Promise((r) => { child.once('exit', r); setTimeout(r, 3000); });
  rpc.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** The next diagnostics published for `uri` after `since` (an index into `published`). */
async function diagnosticsAfter(since: number, uri: string): Promise<LspDiag[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const hit = published.slice(since).filter((p) => p.uri === uri).pop();
    if (hit) return hit.diagnostics;
    if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
    await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 500); });
  }
}

/** Applies LSP text edits to a text (last first). */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

describe('plan lsp', () => {
  it('publishes the diagnostics of plan lint as the drafter types, offers the fix, and clears them once it is applied', async () => {
    const uri = `file://${join(corpus, 'paragraphs/wd-2027/1.md')}`;
    let n = published.length;
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PARA } });
    expect(await diagnosticsAfter(n, uri)).toEqual([]);

    // the drafter types a citation the front matter does not declare (the file is not saved)
    const typed = PARA.replace('on extradition.', 'on extradition (CTOC, Art. 16).');
    n = published.length;
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed }] });
    const diags = await diagnosticsAfter(n, uri);
    expect(diags.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity, d.source])).toEqual([['citation-declared', 10, typed.split('\n')[10]!.indexOf('(CTOC, Art. 16)'), 1, 'plan']]);
    expect(diags[0]!.message).toContain('Citation "(CTOC, Art. 16)" is not declared');
    expect(readFileSync(join(corpus, 'paragraphs/wd-2027/1.md'), 'utf8')).toBe(PARA);

    // the quick fix declares it
    const actions = await rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } }) as Array<{ title: string; kind: string; edit: { changes: Record<string, TextEdit[]> } }>;
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('quickfix');
    const fixed = apply(typed, actions[0]!.edit.changes[uri]!);
    expect(fixed).toContain('cites:\n  - instrument: untoc\n    articles: ["16"]\n');
    n = published.length;
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
    expect(await diagnosticsAfter(n, uri)).toEqual([]);

    // hover over the citation names the instrument and its articles
    const line = fixed.split('\n').findIndex((l) => l.startsWith('Member states'));
    const character = fixed.split('\n')[line]!.indexOf('CTOC') + 1;
    const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as { contents: { value: string } } | null;
    expect(hover, JSON.stringify({ line, character, l: fixed.split('\n')[line] })).not.toBeNull();
    expect(hover?.contents.value).toContain('United Nations Convention against Transnational Organized Crime');
    expect(hover?.contents.value).toContain('articles 1–41');
  });

  it('offers no fix in a circulated text (as plan lint --fix), but still reports', async () => {
    const path = join(corpus, 'paragraphs/mex-draft-2005/24.md');
    const uri = `file://${path}`;
    const text = readFileSync(path, 'utf8').replace(/\n$/, ' (CTOC, Art. 18).\n');
    const n = published.length;
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diags = await diagnosticsAfter(n, uri);
    expect(diags.map((d) => d.code)).toContain('citation-declared');
    const actions = await rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } }) as unknown[];
    expect(actions).toEqual([]);
  });
});
