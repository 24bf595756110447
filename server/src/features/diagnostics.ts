// Pushes diagnostics: on open at once, on change after a pause in typing (debounced, but at least
// once a second during a long burst), cleared on close. Always for the document's current version.
import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLspDiagnostic } from '../convert';
import type { Article } from './article';
import { Superseded } from './background';

const MAX_WAIT_MS = 1000;

export class DiagnosticsPublisher {
  private timers = new Map<string, { timer: NodeJS.Timeout; since: number; version: number | undefined }>();
  /** URIs whose size-limit message was already shown, so that typing does not repeat it. */
  private warned = new Set<string>();

  /** Resolves once the settings are known: nothing is published with defaults the user has changed. */
  private ready: Promise<void> = Promise.resolve();

  gate(ready: Promise<void>): void {
    this.ready = ready;
  }

  constructor(
    private readonly connection: Connection,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly articleOf: (doc: TextDocument) => Article | Promise<Article>,
    private readonly onError: (what: string, e: unknown) => void,
    /** Diagnostics from beyond the article's own analysis (disagreements with other articles). */
    private readonly extra: (article: Article) => LspDiagnostic[] = () => [],
  ) {}

  /** Publishes after `delayMs`; a call for a version already scheduled (open, then its change event) keeps the earlier time. */
  schedule(uri: string, delayMs: number, version?: number): void {
    const pending = this.timers.get(uri);
    if (pending && version !== undefined && pending.version === version) return;
    const since = pending?.since ?? Date.now();
    if (pending) clearTimeout(pending.timer);
    const wait = Math.max(0, Math.min(delayMs, since + MAX_WAIT_MS - Date.now()));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.ready.then(() => {
        if (this.timers.has(uri)) return; // rescheduled meanwhile
        try {
          this.publishNow(uri);
        } catch (e) {
          this.onError('diagnostics', e);
        }
      });
    }, wait);
    this.timers.set(uri, { timer, since, version });
  }

  publishNow(uri: string): void {
    const doc = this.current(uri);
    if (!doc) return;
    const got = this.articleOf(doc);
    if (!(got instanceof Promise)) return this.send(uri, got);
    // A large document analysed in the background: published only if it is still the current version
    // (an edit meanwhile supersedes it and schedules its own), never after the document closed.
    got.then((article) => {
      if (this.current(uri)?.version === article.version) this.send(uri, article);
    }).catch((e: unknown) => {
      if (!(e instanceof Superseded)) this.onError('diagnostics', e);
    });
  }

  private send(uri: string, article: Article): void {
    if (!article.analysis) {
      if (article.refused && !this.warned.has(uri)) {
        this.warned.add(uri);
        // A notification, not showMessageRequest: nothing waits for the user to dismiss it.
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: article.refused });
      }
      void this.connection.sendDiagnostics({ uri, version: article.version, diagnostics: [] });
      return;
    }
    this.warned.delete(uri);
    void this.connection.sendDiagnostics({
      uri,
      version: article.version,
      diagnostics: [...article.analysis.diagnostics.map((d) => toLspDiagnostic(article.doc, d)), ...this.extraOf(article)],
    });
  }

  private extraOf(article: Article): LspDiagnostic[] {
    try {
      return this.extra(article);
    } catch (e) {
      this.onError('disagreement diagnostics', e);
      return [];
    }
  }

  clear(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(uri);
    this.warned.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
