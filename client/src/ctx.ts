// One context object owns the language client, the config, the views and everything to dispose.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { Config } from './config';
import { Glossary } from './glossary';
import { glossaryChangedNotification } from './lsp_ext';
import { ArticleStore } from './views/store';
import { createViews } from './views';
import type { ViewName } from './views';
import type { NewsTreeProvider } from './views/tree_provider';
import { StatusDisplay } from './views/status';
import { TimelinePanel } from './webview/timeline_panel';

export class Ctx {
  readonly config = new Config();
  readonly output: vscode.OutputChannel;
  /** What the side panel, status bar and timeline show. */
  readonly store: ArticleStore;
  readonly views: Record<ViewName, NewsTreeProvider>;
  readonly status: StatusDisplay;
  readonly timeline: TimelinePanel;
  /** Reads the glossary file for the server and tells it when the file changes. */
  readonly glossary: Glossary;
  private languageClient: LanguageClient | undefined;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Newsdesk');
    extension.subscriptions.push(this.output);
    this.glossary = new Glossary(this.output, () => {
      // The server pulls its settings again on this notification, and the middleware rereads the file.
      void this.languageClient?.sendNotification('workspace/didChangeConfiguration', { settings: null });
      this.store.schedule(500);
    });
    extension.subscriptions.push(this.glossary);
    this.store = new ArticleStore(this);
    this.views = createViews(this.store, extension.subscriptions);
    this.status = new StatusDisplay(this.store);
    this.timeline = new TimelinePanel(this.store, extension.extensionUri, extension.workspaceState);
    extension.subscriptions.push(this.store, this.status, this.timeline,
      vscode.window.registerWebviewPanelSerializer(TimelinePanel.viewType, { deserializeWebviewPanel: (panel) => this.timeline.restore(panel) }));
  }

  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  async start(): Promise<void> {
    this.languageClient = createClient(this.extension, this.config, this.output, this.glossary);
    await this.languageClient.start();
    // A correction (or a hand edit) changed a folder's glossary: the side panel asks for the new analyses.
    this.extension.subscriptions.push(this.languageClient.onNotification(glossaryChangedNotification, () => this.store.schedule(0)));
    this.store.schedule(0);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client) await client.stop();
  }

  registerCommand(name: string, factory: (ctx: Ctx) => (...args: unknown[]) => unknown): void {
    this.extension.subscriptions.push(vscode.commands.registerCommand(`newsdesk.${name}`, factory(this)));
  }
}
