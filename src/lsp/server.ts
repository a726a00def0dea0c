import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { citationHover } from './hover.js';
import { fileUri, offsetToPosition, toLsp, uriPath } from './convert.js';
import { corpusRootOf, fixesOf, lintText, openCorpus, type CorpusSession, type TextLint } from './session.js';

export interface ServerOptions {
  /** The date date-dependent rules use (--today, PLAN_TODAY, else the system date). */
  today: string;
  /** Milliseconds to wait after a keystroke before linting (default 150). */
  debounceMs?: number;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** What the handlers share: the connection, the open documents and what is known of each. */
interface ServerState {
  o: ServerOptions;
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The saved corpus, per corpus root. */
  sessions: Map<string, CorpusSession>;
  /** The last lint of each open document (its fixes and its model, for code actions and hover). */
  latest: Map<string, TextLint>;
  timers: Map<string, NodeJS.Timeout>;
  // The version whose diagnostics were last published, per document: opening a document both
  // checks it and schedules a check, and a second answer for the same version, coming after the
  // client typed on, would be stale.
  done: Map<string, number>;
}

/**
 * `plan lsp`: a language server over stdio. It publishes the diagnostics `plan lint` gives for
 * each open corpus file while the drafter types (the unsaved text linted against the saved
 * corpus), offers the safe fixes as quick fixes, and shows a citation's instrument on hover.
 * The saved corpus is read once, and again when a file is saved.
 */
export function startServer(o: ServerOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, o.input, o.output);
  const documents = new TextDocuments(TextDocument);
  const state: ServerState = { o, connection, documents, sessions: new Map(), latest: new Map(), timers: new Map(), done: new Map() };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
    },
    serverInfo: { name: 'plan' },
  }));
  registerDocumentHandlers(state);
  registerCodeActions(state);
  registerHover(state);

  documents.listen(connection);
  connection.listen();
  return connection;
}

function sessionFor({ sessions }: ServerState, path: string): CorpusSession | undefined {
  const root = corpusRootOf(path);
  if (!root) return undefined;
  let s = sessions.get(root);
  if (!s) sessions.set(root, (s = openCorpus(root)));
  return s;
}

/** Lints a document's unsaved text and publishes its diagnostics, unless that version was published already. */
async function check(state: ServerState, doc: TextDocument): Promise<void> {
  const { o, connection, documents, latest, done } = state;
  const path = uriPath(doc.uri);
  const s = path ? sessionFor(state, path) : undefined;
  if (!path || !s || done.get(doc.uri) === doc.version) return;
  try {
    const t = await lintText(s, path, doc.getText(), o.today);
    if (documents.get(doc.uri)?.version !== doc.version || done.get(doc.uri) === doc.version) return; // typed again meanwhile
    done.set(doc.uri, doc.version);
    latest.set(doc.uri, t);
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: t.diagnostics.map(toLsp) });
  } catch (e) {
    connection.console.error(`plan: could not lint ${path}: ${(e as Error).message}`);
  }
}

/** Checks a document once the drafter pauses typing. */
function schedule(state: ServerState, doc: TextDocument): void {
  const { o, timers } = state;
  clearTimeout(timers.get(doc.uri));
  timers.set(doc.uri, setTimeout(() => void check(state, doc), o.debounceMs ?? 150));
}

/** Open, change, save and close: what gets checked again, and when. */
function registerDocumentHandlers(state: ServerState): void {
  const { connection, documents, sessions, latest, done } = state;
  documents.onDidOpen((e) => void check(state, e.document));
  documents.onDidChangeContent((e) => schedule(state, e.document));
  documents.onDidSave((e) => {
    const path = uriPath(e.document.uri);
    const root = path ? corpusRootOf(path) : undefined;
    if (root) sessions.set(root, openCorpus(root));
    done.clear(); // the saved corpus changed: every open document is checked again
    for (const d of documents.all()) schedule(state, d);
  });
  documents.onDidClose((e) => {
    latest.delete(e.document.uri);
    done.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
}

/** The safe fixes of the last lint as quick fixes, while the text is still the one linted. */
function registerCodeActions({ connection, documents, latest }: ServerState): void {
  connection.onCodeAction((p) => {
    const t = latest.get(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    if (!t || !doc || t.text.replace(/\r\n?/g, '\n') !== doc.getText().replace(/\r\n?/g, '\n')) return [];
    const wanted = new Set(p.context.diagnostics.map((d) => `${d.code}:${d.range.start.line}:${d.range.start.character}`));
    return fixesOf(t)
      .filter((f) => wanted.size === 0 || wanted.has(`${f.diagnostic.ruleId}:${f.diagnostic.line - 1}:${f.diagnostic.column - 1}`))
      .map((f) => ({
        title: `plan: fix ${f.diagnostic.ruleId} (${f.diagnostic.message.length > 60 ? `${f.diagnostic.message.slice(0, 57)}...` : f.diagnostic.message})`,
        kind: 'quickfix',
        diagnostics: [toLsp(f.diagnostic)],
        isPreferred: true,
        edit: { changes: { [p.textDocument.uri]: [{ range: { start: offsetToPosition(t.text, f.range[0]), end: offsetToPosition(t.text, f.range[1]) }, newText: f.text }] } },
      }));
  });
}

/** A citation's instrument on hover, in a paragraph's body. */
function registerHover({ connection, documents, latest }: ServerState): void {
  connection.onHover((p) => {
    const t = latest.get(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    const file = t?.corpus.files.find((f) => f.path === t.path);
    if (!t || !doc || !file || file.kind !== 'paragraph') return null;
    const lineStart = file.bodyStartLine - 1;
    if (p.position.line < lineStart) return null;
    const bodyLines = file.body.split('\n');
    const line = p.position.line - lineStart;
    if (line >= bodyLines.length) return null;
    const offset = bodyLines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + p.position.character;
    const h = citationHover(t.corpus, file.body, offset);
    if (!h) return null;
    const at = (off: number) => {
      const pos = offsetToPosition(file.body, off);
      return { line: pos.line + lineStart, character: pos.character };
    };
    return { contents: { kind: 'markdown', value: h.text }, range: { start: at(h.start), end: at(h.end) } };
  });
}

export { fileUri };
