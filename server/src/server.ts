// The language server: wires the LSP handlers to the features (server/src/features/*), each a thin
// adapter from the core's analysis to LSP. Requests are answered from an analysis of exactly the text
// the client had when it sent them (computed on demand in background workers, cached per version,
// see features/store.ts), so no answer carries stale ranges; diagnostics are pushed debounced. See README "The language server".
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, MarkupKind,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { ClientCapabilities, Connection, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMainThread } from 'node:worker_threads';
import { runAnalysisWorker } from './analysis-worker';
import { pathToFileURL } from 'node:url';
import { WorkspaceTimeline } from './core';
import type { ArticleAnalysis } from './core';
import { toRange } from './convert';
import { analysisRequest, workspaceRequest } from './lsp_ext';
import type { WorkspaceEntity, WorkspaceResult } from './lsp_ext';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { ServerSettings } from './settings';
import { analyzeOptionsFor, displayName, uriKey } from './features/article';
import type { Article } from './features/article';
import { codeActions } from './features/code-actions';
import { DiagnosticsPublisher } from './features/diagnostics';
import { AdaptiveDelay } from './features/adaptive-delay';
import { Disagreements } from './features/disagreements';
import { BackgroundAnalyser, Superseded } from './features/background';
import { guardNotification, guardRequest, installProcessGuards, installTestHooks, requireParams, waitFor } from './features/guard';
import { hoverMarkdown } from './features/hover';
import { inlayHints } from './features/inlay-hints';
import { definition, highlights, references } from './features/navigation';
import { collectTokens, encodeTokens, LEGEND, TokenResults, tokensOnLines } from './features/semantic-tokens';
import { OpenArticles } from './features/store';
import { SILENCE_COMMAND } from './features/silence';
import { FolderData } from './features/folder-data';
import { CORRECTION_COMMANDS, correctionActions, correctionOf, hoverLinks } from './features/corrections';
import { glossaryChangedNotification } from './lsp_ext';
import { documentSymbols, foldingRanges, workspaceSymbols } from './features/symbols';
import { WorkspaceIndex } from './features/workspace-index';
import { articleStamp } from './features/stamps';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let capabilities: ClientCapabilities = {};
  let hoverCommandLinks = false;
  const log = (message: string) => connection.console.log(message);
  const logError = (message: string) => connection.console.error(message);
  installProcessGuards(logError);

  const folderData = new FolderData(log);
  /** The settings with each workspace folder's glossary and silenced findings (.newsdesk/*.json). */
  let effective: ServerSettings = settings;
  const updateEffective = () => {
    effective = { ...settings, folders: folderData.options(), loose: folderData.looseOptions() };
  };
  // NEWSDESK_NO_WORKER=1 analyses every document on the main thread, as before the workers (for the bench's comparison).
  const background = process.env.NEWSDESK_NO_WORKER === '1' ? null : new BackgroundAnalyser(__filename, logError);
  const delays = new AdaptiveDelay();
  const open = new OpenArticles(documents, () => effective, background, log, logError, () => {
    // A document's analysis arrived: cross-article findings may change with it.
    disagreements.touch();
  }, (name, pending) => showProgress(name, pending), (uri, ms) => delays.measured(uri, ms));

  /** A background analysis still running after half a second shows as work-done progress (in VS Code, the status bar). */
  const showProgress = (name: string, pending: Promise<unknown>) => {
    if (!capabilities.window?.workDoneProgress) return;
    let settled = false;
    const ended = pending.then(() => undefined, () => undefined).then(() => { settled = true; });
    setTimeout(() => {
      if (settled) return;
      connection.window.createWorkDoneProgress().then((progress) => {
        if (settled) return progress.done();
        progress.begin('Newsdesk', undefined, `analysing ${name}`);
        void ended.then(() => progress.done());
      }, () => undefined);
    }, 500).unref();
  };
  const index = new WorkspaceIndex(open, () => effective, log, background);
  const tokenResults = new TokenResults();
  const disagreements = new Disagreements(() => index.articles(), (uris) => {
    for (const uri of uris) if (documents.get(uri)) diagnostics.schedule(uri, 0);
  }, log, (uri) => !!documents.get(uri));
  const diagnostics = new DiagnosticsPublisher(connection, (uri) => documents.get(uri), (doc) => open.of(doc), (what, e) => logError(`newsdesk: ${what} failed: ${e}`),
    (article) => disagreements.lspDiagnostics(article, disagreements.findingsFor(article, analyzeOptionsFor(article.uri, effective))),
    (uri) => open.finished(uri));

  /** An article by URI: the open document (current text) or else the indexed file. */
  const articleOf = (uri: string): Article | undefined => open.get(uri) ?? index.indexed(uri);
  const request = <P, R>(name: string, fn: (p: P, token: import('vscode-languageserver/node').CancellationToken) => R) => guardRequest<P, R>(logError, name, fn);
  const notification = <P>(name: string, fn: (p: P) => void) => guardNotification<P>(logError, name, fn);

  let firstSettings: () => void = () => undefined;

  async function refreshSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    try {
      await applySettings();
    } finally {
      firstSettings();
    }
  }

  async function applySettings(): Promise<void> {
    const before = settings;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('newsdesk'));
      updateEffective();
    } catch (e) {
      log(`newsdesk: could not read settings: ${e}`);
      return;
    }
    reannotate();
    const reindex = JSON.stringify([before.include, before.maxFileSizeKB, before.analyzeOptions]) !== JSON.stringify([settings.include, settings.maxFileSizeKB, settings.analyzeOptions]);
    if (reindex && indexStarted) void runIndex();
  }

  let indexStarted = false;

  /** Every open article is analysed again and the editor asked for new tokens and hints at once. */
  function reannotate(): void {
    open.clear();
    for (const doc of documents.all()) diagnostics.schedule(doc.uri, 0);
    if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
  }

  /** A folder's glossary or silenced findings changed: open articles now, indexed files after. */
  function foldersChanged(): void {
    updateEffective();
    reannotate();
    void connection.sendNotification(glossaryChangedNotification, {});
    if (indexStarted) void runIndex();
  }

  async function runIndex(): Promise<void> {
    indexStarted = true;
    if (!index.folderPaths().length) {
      index.indexing = false;
      return;
    }
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    await index.indexAll(progress ? {
      begin: () => progress.begin('Newsdesk', 0, 'looking for articles', false),
      report: (done, total) => progress.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} articles`),
      done: () => progress.done(),
    } : undefined);
    disagreements.touch();
    if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  }

  connection.onInitialize((params): InitializeResult => {
    // The first worker loads while the client gets ready: the first document does not wait for it.
    background?.warm();
    capabilities = params.capabilities;
    // Hover action links are command: URIs that only an editor which runs them should get (VS Code's client asks).
    hoverCommandLinks = params.initializationOptions?.hoverCommandLinks === true;
    settings = readSettings(params.initializationOptions?.settings);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    index.setFolders(folders);
    folderData.setFolders(index.folderPaths());
    updateEffective();
    if (capabilities.workspace?.configuration) {
      // Until the first workspace/configuration answer (or 5 s), diagnostics wait: none with wrong settings.
      let settle: () => void = () => undefined;
      const first = new Promise<void>((resolve) => { settle = resolve; });
      firstSettings = settle;
      setTimeout(settle, 5000).unref();
      diagnostics.gate(first);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [SILENCE_COMMAND, ...CORRECTION_COMMANDS] },
        documentSymbolProvider: { label: 'Newsdesk' },
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        inlayHintProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'newsdesk', version: typeof NEWSDESK_VERSION === 'string' ? NEWSDESK_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    void (async () => {
      await refreshSettings();
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const globs = ['**/*.news', '**/*.article', ...settings.include, '**/.newsdesk/*.json'];
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) })
          .catch((e) => log(`newsdesk: could not register file watchers: ${e}`));
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(notification('workspace folders', async (e) => {
          const now = new Set(index.folderPaths());
          const added = e.added.map((f) => f.uri);
          const removed = new Set(e.removed.map((f) => uriKey(f.uri)));
          index.setFolders([...[...now].filter((p) => !removed.has(p)).map((p) => pathToFileURL(p).toString()), ...added]);
          folderData.setFolders(index.folderPaths());
          updateEffective();
          reannotate();
          await runIndex();
        }));
      }
      await runIndex();
    })().catch((e) => logError(`newsdesk: start-up failed: ${e}`));
  });
  connection.onDidChangeConfiguration(notification('configuration', () => void refreshSettings()));

  connection.onDidChangeWatchedFiles(notification('watched files', async (params) => {
    let dataChanged = false;
    for (const change of params.changes) {
      const folder = folderData.folderOfDataFile(change.uri);
      if (folder) {
        dataChanged = folderData.reload(folder) || dataChanged;
        continue;
      }
      if (change.type === FileChangeType.Deleted) index.remove(change.uri);
      else await index.update(change.uri);
    }
    if (dataChanged) foldersChanged();
    disagreements.touch();
  }));

  documents.onDidOpen(notification('open', (e) => diagnostics.schedule(e.document.uri, 0, e.document.version)));
  documents.onDidChangeContent(notification('change', (e) => {
    open.changed(e.document);
    diagnostics.schedule(e.document.uri, delays.delay(e.document.uri, settings.debounceMs), e.document.version);
  }));
  documents.onDidClose(notification('close', (e) => {
    open.forget(e.document.uri);
    delays.forget(e.document.uri);
    tokenResults.forget(e.document.uri);
    diagnostics.clear(e.document.uri);
    disagreements.touch();
  }));

  type Analysed = Article & { analysis: ArticleAnalysis };
  type Token = import('vscode-languageserver/node').CancellationToken;
  /**
   * Answers a request from the open document's current analysis (null when it is not open or was
   * refused): at once when it is ready (every small document), else when the background analysis of
   * this very version is done. An edit meanwhile answers the request ContentModified (see guard.ts).
   */
  const withArticle = <R>(uri: string, token: Token, fn: (article: Analysed | null) => R): R | Promise<R> => {
    const doc = documents.get(uri);
    if (!doc) return fn(null);
    const version = doc.version; // the client's text when it asked (the document object is updated in place)
    const got = open.of(doc);
    const go = (article: Article) => {
      // Waiting through a burst of edits can end in a newer version's analysis: not of the client's text.
      if (article.version !== version) throw new Superseded(`superseded: ${uri}`);
      return fn(article.analysis ? (article as Analysed) : null);
    };
    return got instanceof Promise ? waitFor(got, token, 'request').then(go) : go(got);
  };

  connection.onHover(request('hover', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    if (!article) return null;
    const offset = article.doc.offsetAt(params.position);
    const found = hoverMarkdown(article.analysis, offset, {
      merged: (e) => index.mergedFor(e),
      links: hoverCommandLinks ? (e, esc) => hoverLinks(article, e, offset, esc) : undefined,
      quoteVersion: (q) => disagreements.findingsFor(article, analyzeOptionsFor(article.uri, effective)).find((f) => f.quote && f.start === q.start && f.end === q.end)?.quote,
      fileName: displayName,
    });
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(article.doc, found.span) };
  })));

  const tokensOf = (article: Article & { analysis: ArticleAnalysis }, range?: { start: number; end: number }) =>
    encodeTokens(article.doc, collectTokens(article.analysis, article.doc.getText()), range);

  connection.languages.semanticTokens.on(request('semantic tokens', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return tokenResults.full(params.textDocument.uri, article ? (article.tokens ?? tokensOf(article)) : []);
  })));
  connection.languages.semanticTokens.onDelta(request('semantic tokens delta', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return tokenResults.delta(params.textDocument.uri, params.previousResultId, article ? (article.tokens ?? tokensOf(article)) : []);
  })));
  connection.languages.semanticTokens.onRange(request('semantic tokens range', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    if (!article) return { data: [] };
    // The document's tokens were encoded in the worker: the range's lines are taken from them.
    if (article.tokens) return { data: tokensOnLines(article.tokens, params.range.start.line, params.range.end.line) };
    const range = { start: article.doc.offsetAt(params.range.start), end: article.doc.offsetAt(params.range.end) };
    return { data: tokensOf(article, range) };
  })));

  connection.onCodeAction(request('code actions', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return article ? [...codeActions(article, params, disagreements.findingsFor(article, analyzeOptionsFor(article.uri, effective))), ...correctionActions(article, params)] : [];
  })));
  connection.onExecuteCommand(request('execute command', (params) => {
    const correction = correctionOf(params.command, params.arguments?.[0]);
    if (correction) {
      folderData.updateGlossary(correction.uri, correction.change);
      foldersChanged();
      return null;
    }
    if (params.command !== SILENCE_COMMAND) return null;
    const arg = params.arguments?.[0] as { uri?: unknown; code?: unknown; text?: unknown } | undefined;
    if (typeof arg?.code !== 'string' || typeof arg?.text !== 'string') return null;
    folderData.silencedOf(typeof arg.uri === 'string' ? arg.uri : '').add({ code: arg.code, text: arg.text });
    updateEffective();
    reannotate();
    return null;
  }));
  connection.onDocumentSymbol(request('document symbols', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return article ? documentSymbols(article) : [];
  })));
  connection.onFoldingRanges(request('folding ranges', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return article ? foldingRanges(article) : [];
  })));
  connection.onDocumentHighlight(request('document highlights', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return article ? highlights(article, article.doc.offsetAt(params.position)) : [];
  })));
  connection.onDefinition(request('definition', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    return article ? definition(article, article.doc.offsetAt(params.position)) : null;
  })));
  connection.onReferences(request('references', async (params, token) => {
    await open.current(); // every open article's current analysis, a document just opened included
    return withArticle(params.textDocument.uri, token, (article) => {
      if (!article) return [];
      return references(article, article.doc.offsetAt(params.position), (e) => index.mergedFor(e), articleOf);
    });
  }));
  connection.onWorkspaceSymbol(request('workspace symbols', async (params) => {
    await open.current();
    const { entities } = index.mergedEntities();
    return workspaceSymbols(params.query, entities, index.articles(), articleOf);
  }));
  connection.languages.inlayHint.on(request('inlay hints', (params, token) => withArticle(params.textDocument.uri, token, (article) => {
    if (!article) return [];
    const range = { start: article.doc.offsetAt(params.range.start), end: article.doc.offsetAt(params.range.end) };
    return inlayHints(article, range, settings.inlayHints);
  })));

  connection.onRequest(analysisRequest, request('newsdesk/analysis', (params, token) => {
    requireParams(typeof params?.uri === 'string', 'newsdesk/analysis', 'params.uri must be a document URI string');
    const doc = documents.get(params.uri);
    if (!doc) return index.indexed(params.uri)?.analysis ?? null;
    const version = doc.version;
    const got = open.of(doc);
    if (!(got instanceof Promise)) return got.analysis;
    return waitFor(got, token, 'newsdesk/analysis').then((a) => {
      if (a.version !== version) throw new Superseded(`superseded: ${params.uri}`);
      return a.analysis;
    });
  }));

  /** The timeline and merged entities of the last newsdesk/workspace answer, kept while no article changes (indexing polls). */
  const workspaceTimeline = new WorkspaceTimeline();
  let lastWorkspace: { sources: ArticleAnalysis[]; timeline: WorkspaceResult['timeline']; entities: WorkspaceEntity[] } | null = null;
  connection.onRequest(workspaceRequest, request('newsdesk/workspace', async (params): Promise<WorkspaceResult> => {
    await open.current();
    const articles = index.articles();
    const analyses: ArticleAnalysis[] = [];
    const refused: WorkspaceResult['refused'] = [];
    for (const a of articles) {
      if (a.analysis) analyses.push(a.analysis);
      else if (a.refused) refused.push({ file: a.uri, reason: a.refused });
    }
    // An analysis is never mutated and stands for its text: the same analyses give the same timeline and entities.
    const fresh = lastWorkspace && lastWorkspace.sources.length === analyses.length && analyses.every((a, i) => a === lastWorkspace!.sources[i]);
    if (!fresh) {
      const texts = new Map<string, string>();
      for (const a of articles) if (a.analysis) texts.set(a.analysis.file, a.doc.getText());
      const entities: WorkspaceEntity[] = index.mergedEntities().entities.map((m) => ({
        id: m.id,
        name: m.name,
        type: m.type,
        role: m.role,
        aliases: m.spellings,
        files: m.refs.map((r) => ({ file: r.uri, mentions: r.entity.mentions })),
      }));
      lastWorkspace = { sources: analyses, timeline: workspaceTimeline.update(analyses, texts), entities };
    }
    const { timeline, entities } = lastWorkspace!;
    const result: WorkspaceResult = { timeline, entities, refused, indexing: index.indexing };
    if (params?.articles !== false) {
      // Every article's stamp; the analyses only of those the client does not hold as they are.
      const known = params?.known && typeof params.known === 'object' ? params.known : null;
      const stamps: Record<string, string> = {};
      const sent: ArticleAnalysis[] = [];
      for (const a of articles) {
        const stamp = articleStamp(a);
        if (!stamp || !a.analysis) continue;
        stamps[a.analysis.file] = stamp;
        if (!known || known[a.analysis.file] !== stamp) sent.push(a.analysis);
      }
      result.articles = sent;
      result.stamps = stamps;
    }
    return result;
  }));

  connection.onShutdown(() => background?.dispose());
  installTestHooks(connection, logError);
  documents.listen(connection);
  connection.listen();
}

declare const NEWSDESK_VERSION: string;

if (!isMainThread) {
  // This bundle started again as one of the server's analysis workers (see features/background.ts).
  runAnalysisWorker();
} else if (require.main === module) {
  // Started with --stdio or --node-ipc; vscode-languageserver picks the transport from argv. It also
  // exits when the client's process (initialize's processId) dies: it polls process.kill(pid, 0).
  startServer(createConnection(ProposedFeatures.all));
}
