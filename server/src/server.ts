// The language server: a thin adapter from the core's analysis to LSP.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, MarkupKind,
} from 'vscode-languageserver/node';
import type { Connection, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core';
import type { ArticleAnalysis } from './core';
import { toLspDiagnostic, toRange } from './convert';
import { hoverMarkdown } from './hover';
import { analysisRequest, workspaceRequest } from './lsp_ext';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { ServerSettings } from './settings';
import { buildTimeline } from './core';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: ArticleAnalysis | null }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;

  const log = (message: string) => connection.console.log(message);

  /** The analysis of the document's current version; null if it is over the size limit. */
  function analysisOf(doc: TextDocument): ArticleAnalysis | null {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const text = doc.getText();
    const analysis = text.length > settings.maxFileSizeKB * 1024 ? null : analyze(text, { ...settings.analyzeOptions, file: doc.uri });
    cache.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  function publish(doc: TextDocument): void {
    const analysis = analysisOf(doc);
    if (!analysis) {
      const kb = Math.ceil(doc.getText().length / 1024);
      connection.window.showWarningMessage(`Newsdesk: ${doc.uri} is ${kb} KB, over the limit of ${settings.maxFileSizeKB} KB (newsdesk.maxFileSizeKB); it is not analysed.`);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      return;
    }
    void connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(doc, d)),
    });
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) guard('diagnostics', () => publish(current), undefined);
    }, delay));
  }

  /** Runs a handler; a failure is logged and reported, never fatal to the server. */
  function guard<T>(what: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`newsdesk: ${what} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  }

  async function refreshSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('newsdesk'));
    } catch (e) {
      log(`newsdesk: could not read settings: ${e}`);
    }
    cache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    settings = readSettings(params.initializationOptions?.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
      },
      serverInfo: { name: 'newsdesk', version: typeof NEWSDESK_VERSION === 'string' ? NEWSDESK_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    void refreshSettings();
  });
  connection.onDidChangeConfiguration(() => void refreshSettings());

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => guard('hover', () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = analysisOf(doc);
    if (!analysis) return null;
    const found = hoverMarkdown(analysis, doc.offsetAt(params.position));
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(doc, found.span) };
  }, null));

  connection.onRequest(analysisRequest, (params) => guard('newsdesk/analysis', () => {
    const doc = documents.get(params.uri);
    return doc ? analysisOf(doc) : null;
  }, null));

  connection.onRequest(workspaceRequest, () => guard('newsdesk/workspace', () => {
    const analyses: ArticleAnalysis[] = [];
    const texts = new Map<string, string>();
    for (const doc of documents.all()) {
      const a = analysisOf(doc);
      if (a) {
        analyses.push(a);
        texts.set(a.file, doc.getText());
      }
    }
    return { timeline: buildTimeline(analyses, texts) };
  }, { timeline: buildTimeline([]) }));

  documents.listen(connection);
  connection.listen();
}

declare const NEWSDESK_VERSION: string;

if (require.main === module) {
  // Started with --stdio or --node-ipc; vscode-languageserver picks the transport from argv.
  startServer(createConnection(ProposedFeatures.all));
}
