// The Extract Timeline webview panel: one panel, updated in place by messages as the article or the
// workspace changes; clicks reveal the sentence in its article; exports go through a save dialog.
import * as vscode from 'vscode';
import type { ArticleStore } from '../views/store';
import { revealOffsets, saveAs } from '../util';
import { articleTimeline } from './article_timeline';
import { makeNonce, renderTimelineHtml } from './timeline_html';
import type { Scope, TimelineView } from './timeline_model';
import { toTimelineView } from './timeline_model';
import { timelineToCsv, timelineToMarkdown, timelineToTimelineJs } from '../export/timeline_export';
import { baseName } from '../model/text';
import { applyTriage, readTriage, shownOnly, type TimelineTriage } from './timeline_triage';

export type Message =
  | { type: 'ready' }
  | { type: 'reveal'; file: string; start: number; end: number }
  /** `keys`: the events the reader sees (filters and hidden events applied), exported alone. */
  | { type: 'export'; format: 'markdown' | 'csv' | 'timelinejs'; keys?: string[] }
  | { type: 'scope'; scope: Scope }
  | { type: 'hide'; key: string; hide: boolean }
  | { type: 'pin'; file: string | null };

/** Where the hidden events and the pinned source are kept (the workspace's state: per workspace). */
const TRIAGE_KEY = 'newsdesk.timeline.triage';

export class TimelinePanel implements vscode.Disposable {
  static readonly viewType = 'newsdesk.timeline';
  private panel: vscode.WebviewPanel | undefined;
  /** The last view sent, for exports and tests. */
  view: TimelineView | undefined;
  /** Messages received from the webview (tests read them). */
  readonly received: Message[] = [];

  constructor(private readonly store: ArticleStore, private readonly extensionUri: vscode.Uri, private readonly memory?: vscode.Memento) {}

  get triage(): TimelineTriage {
    return readTriage(this.memory?.get(TRIAGE_KEY));
  }

  private async setTriage(t: TimelineTriage): Promise<void> {
    await this.memory?.update(TRIAGE_KEY, t);
    this.view = this.buildView();
    void this.panel?.webview.postMessage({ type: 'update', view: this.view });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or focuses) the panel, optionally switching scope. */
  async show(scope?: Scope): Promise<void> {
    if (scope) this.store.setScope(scope);
    await this.store.refresh();
    this.view = this.buildView();
    if (this.panel) {
      this.panel.reveal(undefined, true);
      void this.panel.webview.postMessage({ type: 'update', view: this.view });
      return;
    }
    const panel = vscode.window.createWebviewPanel(TimelinePanel.viewType, 'Newsdesk Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, TimelinePanel.options());
    this.attach(panel);
  }

  /** Takes over a panel VS Code restored after a reload (registered as the panel type's serializer). */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = TimelinePanel.options();
    await this.store.refresh();
    this.view = this.buildView();
    this.attach(panel);
  }

  private static options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [], retainContextWhenHidden: false };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'timeline.svg');
    panel.webview.html = renderTimelineHtml(this.view ?? this.buildView(), { nonce: makeNonce(), cspSource: panel.webview.cspSource });
    const own: vscode.Disposable[] = [
      panel.webview.onDidReceiveMessage((m: Message) => void this.handleMessage(m)),
      this.store.onDidChange(() => {
        if (this.panel !== panel) return;
        this.view = this.buildView();
        void panel.webview.postMessage({ type: 'update', view: this.view });
      }),
    ];
    panel.onDidDispose(() => {
      for (const d of own) d.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  buildView(): TimelineView {
    return { ...this.buildBareView(), triage: this.triage };
  }

  private buildBareView(): TimelineView {
    const store = this.store;
    const names = new Map<string, Map<string, string>>();
    for (const a of store.articles) names.set(a.analysis.file, new Map(a.analysis.entities.map((e) => [e.id, e.name])));
    const entityName = (id: string, file: string) => store.workspaceEntityNames.get(id) ?? names.get(file)?.get(id);
    if (store.scope === 'workspace') {
      const doc = store.workspaceTimeline ?? { version: 1 as const, events: [], undated: [], disagreements: [] };
      const folder = vscode.workspace.workspaceFolders?.[0]?.name ?? 'workspace';
      return toTimelineView(doc, { title: `${folder} (${store.articles.length} articles)`, scope: 'workspace', entityName });
    }
    const a = store.articles[0];
    if (!a) return toTimelineView({ version: 1, events: [], undated: [], disagreements: [] }, { title: 'no article open', scope: 'article' });
    return toTimelineView(articleTimeline(a.analysis, a.text), {
      title: a.analysis.headline?.text ?? baseName(a.analysis.file),
      scope: 'article',
      entityName,
    });
  }

  /** Acts on a message from the webview (public so that the end-to-end tests can send one). */
  async handleMessage(m: Message): Promise<void> {
    if (!m || typeof m !== 'object') return;
    this.received.push(m);
    switch (m.type) {
      case 'ready':
        // A hidden webview loses its DOM and reloads the first HTML: give it the current view.
        if (this.view) void this.panel?.webview.postMessage({ type: 'update', view: this.view });
        return;
      case 'reveal':
        if (typeof m.file === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end)) await revealOffsets(m.file, m.start, m.end);
        return;
      case 'scope':
        if (m.scope === 'article' || m.scope === 'workspace') await this.show(m.scope);
        return;
      case 'export':
        await this.export(m.format, undefined, Array.isArray(m.keys) ? m.keys.filter((k) => typeof k === 'string') : undefined);
        return;
      case 'hide':
        if (typeof m.key === 'string') await this.setTriage(applyTriage(this.triage, m.hide ? { hide: m.key } : { unhide: m.key }));
        return;
      case 'pin':
        if (m.file === null || typeof m.file === 'string') await this.setTriage(applyTriage(this.triage, { source: m.file }));
        return;
      default:
        return;
    }
  }

  /**
   * Exports the timeline; to a file the user picks, or to `to` (tests). `shown`: the keys of the events
   * the webview shows (filters and hidden events applied), so that the export is what the reader sees.
   */
  async export(format: 'markdown' | 'csv' | 'timelinejs', to?: vscode.Uri, shown?: readonly string[]): Promise<vscode.Uri | undefined> {
    const view = shownOnly(this.view ?? this.buildView(), shown);
    if (format === 'markdown') return saveAs('timeline.md', timelineToMarkdown(view), { Markdown: ['md'] }, to);
    if (format === 'csv') return saveAs('timeline.csv', timelineToCsv(view), { CSV: ['csv'] }, to);
    if (format === 'timelinejs') return saveAs('timeline.json', JSON.stringify(timelineToTimelineJs(view), null, 2) + '\n', { 'TimelineJS JSON': ['json'] }, to);
    return undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
