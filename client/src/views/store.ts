// The data behind the side panel, the status bar and the timeline: follows the active article and its
// edits (debounced), or the whole workspace, and tells listeners only when something really changed.
import * as vscode from 'vscode';
import type { ArticleAnalysis, TimelineDocument } from '../lsp_ext';
import { analysisRequest, workspaceRequest } from '../lsp_ext';
import type { WorkspaceEntity, WorkspaceResult } from '../lsp_ext';
import type { ArticleInput } from '../model/tree';
import { knownStamps, mergeAnswer } from '../model/workspace_cache';
import type { ArticleCache } from '../model/workspace_cache';
import type { Scope } from '../webview/timeline_model';
import { documentSelector } from '../client';
import { readText, toUri } from '../util';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Config } from '../config';

/** Delay after the last keystroke before the views ask the server again. */
const EDIT_DEBOUNCE_MS = 400;
/** The same in workspace scope, where one refresh moves every article's analysis. */
const WORKSPACE_EDIT_DEBOUNCE_MS = 1500;
/** Files asked one by one when the server does not list the workspace's analyses itself. */
const MAX_WORKSPACE_FILES = 300;
/** How soon to ask again while the server indexes the workspace. */
const INDEXING_POLL_MS = 2000;

/**
 * What the store needs from the extension, handed to it (Ctx is one): the store does not import the
 * context that owns it, so ctx.ts and the views form no import circle.
 */
export interface StoreHost {
  readonly config: Config;
  readonly output: { appendLine(line: string): void };
  /** The language client once started (undefined before and while restarting). */
  readonly client: LanguageClient | undefined;
}

export class ArticleStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the data, the scope or the filter changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private lastKey = '';
  /** The workspace's articles as last received, by stamp: a refresh asks only for what changed. */
  private cache: ArticleCache = new Map();

  scope: Scope = 'article';
  filter = '';
  /** The article the views follow: the active editor's document when it is an article. */
  active: vscode.TextDocument | undefined;
  /** The active article's analysis (status bar), whatever the scope. */
  activeAnalysis: ArticleAnalysis | null = null;
  /** The articles of the current scope, with their texts. */
  articles: ArticleInput[] = [];
  /** The workspace timeline, when the scope is the workspace. */
  workspaceTimeline: TimelineDocument | undefined;
  /** Workspace entity names by id, when the server sends them. */
  workspaceEntityNames = new Map<string, string>();
  /** Entities merged across the workspace by the server (spelling variants joined), when it sends them. */
  workspaceEntities: WorkspaceEntity[] | undefined;
  /** True while the server still indexes the workspace: the views ask again shortly. */
  indexing = false;
  loading = false;

  constructor(private readonly host: StoreHost) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // Focus in a webview or panel leaves no active editor: keep showing the last article.
        if (!e) return;
        if (this.follow(e)) this.schedule(0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        if (this.scope === 'workspace' && this.isArticle(e.document)) this.schedule(WORKSPACE_EDIT_DEBOUNCE_MS);
        else if (this.isActive(e.document)) this.schedule(EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // A language switch closes and reopens the document: refresh() follows the editor again.
        if (this.isActive(d)) this.schedule(0);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // Annotate This File as an Article reopens the document under the new language.
        const editor = vscode.window.activeTextEditor;
        if (editor?.document === d && this.follow(editor)) this.schedule(0);
      }),
    );
  }

  private isActive(doc: vscode.TextDocument): boolean {
    return !!this.active && this.active.uri.toString() === doc.uri.toString();
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(documentSelector(this.host.config) as vscode.DocumentSelector, doc) > 0;
  }

  /** Makes the editor's document the followed article if it is one; true when that changed something. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    const doc = editor && this.isArticle(editor.document) ? editor.document : undefined;
    if (!doc && editor && editor.document.uri.scheme === 'output') return false;
    if (doc === this.active) return false;
    this.active = doc;
    return true;
  }

  setScope(scope: Scope): void {
    if (scope === this.scope) return;
    this.scope = scope;
    void vscode.commands.executeCommand('setContext', 'newsdesk.scope', scope);
    this.schedule(0);
  }

  setFilter(filter: string): void {
    if (filter === this.filter) return;
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'newsdesk.filtered', filter.length > 0);
    this.changed.fire();
  }

  /** Asks again after `delay` ms; later calls replace earlier ones. */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Fetches the data of the current scope now. Answers that arrive after a newer request are dropped. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    this.loading = true;
    if (this.active?.isClosed) {
      this.active = undefined;
      this.follow(vscode.window.activeTextEditor);
    }
    try {
      const active = this.active;
      const activeAnalysis = active ? await this.analysisOf(active.uri.toString()) : null;
      let articles: ArticleInput[];
      let timeline: TimelineDocument | undefined;
      let cache: ArticleCache | undefined;
      let stamps: string[] | undefined;
      if (this.scope === 'workspace') {
        ({ articles, timeline, cache, stamps } = await this.fetchWorkspace());
      } else {
        articles = active && activeAnalysis ? [{ analysis: activeAnalysis, text: active.getText() }] : [];
      }
      if (generation !== this.generation) return;
      if (cache) this.cache = cache;
      this.activeAnalysis = activeAnalysis;
      this.articles = articles;
      this.workspaceTimeline = timeline;
      void vscode.commands.executeCommand('setContext', 'newsdesk.hasArticle', articles.length > 0);
      // Stamps stand for the articles' analyses and texts when the server sends them (no 2,000 analyses to serialise).
      const key = JSON.stringify([this.scope, activeAnalysis, stamps ?? articles.map((a) => a.analysis), timeline, this.scope === 'workspace' ? this.workspaceEntities : null]);
      if (key !== this.lastKey) {
        this.lastKey = key;
        this.changed.fire();
      }
    } catch (e) {
      this.host.output.appendLine(`newsdesk: views could not refresh: ${(e as Error)?.message ?? e}`);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  private async analysisOf(uri: string): Promise<ArticleAnalysis | null> {
    const client = this.host.client;
    if (!client) return null;
    return client.sendRequest(analysisRequest, { uri });
  }

  private async fetchWorkspace(): Promise<{ articles: ArticleInput[]; timeline: TimelineDocument | undefined; cache?: ArticleCache; stamps?: string[] }> {
    const client = this.host.client;
    if (!client) return { articles: [], timeline: undefined };
    let result: WorkspaceResult = await client.sendRequest(workspaceRequest, { articles: true, known: knownStamps(this.cache) });
    if (result.articles && result.stamps) {
      const read = (file: string) => readText(toUri(file));
      let merged = await mergeAnswer(this.cache, result, read);
      if (merged.missing.length) {
        // The answer assumed articles this cache does not hold: ask for everything once.
        result = await client.sendRequest(workspaceRequest, { articles: true });
        merged = await mergeAnswer(new Map(), result, read);
      }
      this.takeWorkspace(result);
      const stamps = result.stamps ? Object.keys(result.stamps).sort().map((f) => `${f} ${result.stamps![f]}`) : undefined;
      return { articles: merged.articles, timeline: result.timeline, cache: merged.cache, stamps };
    }
    this.takeWorkspace(result);
    let analyses = result.articles;
    if (!analyses) {
      // The server lists no analyses: ask for each article it may know (open ones first).
      const uris = new Map<string, vscode.Uri>();
      for (const d of vscode.workspace.textDocuments) if (this.isArticle(d)) uris.set(d.uri.toString(), d.uri);
      const patterns = [...new Set([...this.host.config.include, '**/*.news', '**/*.article'])];
      const found = await vscode.workspace.findFiles(`{${patterns.join(',')}}`, '**/{node_modules,.git,dist,out}/**', MAX_WORKSPACE_FILES);
      for (const u of found) if (uris.size < MAX_WORKSPACE_FILES) uris.set(u.toString(), u);
      analyses = [];
      const list = [...uris.keys()];
      for (let i = 0; i < list.length; i += 16) {
        const batch = await Promise.all(list.slice(i, i + 16).map((u) => this.analysisOf(u).catch(() => null)));
        for (const a of batch) if (a) analyses.push(a);
      }
    }
    // An older server: every analysis each time, every text read again.
    const { articles } = await mergeAnswer(new Map(), { articles: analyses }, (file) => readText(toUri(file)));
    return { articles, timeline: result.timeline, cache: new Map() };
  }

  /** Keeps the workspace-wide parts of an answer (entities, indexing state). */
  private takeWorkspace(result: WorkspaceResult): void {
    this.workspaceEntityNames = new Map((result.entities ?? []).map((e) => [e.id, e.name]));
    this.workspaceEntities = result.entities;
    this.indexing = result.indexing === true;
    if (this.indexing) this.schedule(INDEXING_POLL_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
