// Pushes diagnostics: on open at once, on change after a pause in typing (as long as analysing the
// document takes, see adaptive-delay.ts; at least every half second during a long burst), cleared on
// close. Always for the document's current version: while an analysis runs late (a large document,
// a loaded machine), or when it finishes after further edits, the diagnostics of the latest finished
// one are carried over to the current text where the edits left them alone (issue 21: such a document
// otherwise showed nothing until the typing stopped).
import { DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { README_URL, ruleAnchor, toLspDiagnostic } from '../convert';
import type { Article } from './article';
import { Superseded } from './background';

/** During a long burst of edits diagnostics are published at least this often. */
export const MAX_WAIT_MS = 500;
/** An analysis not done this long after a publish was due has the previous one's diagnostics carried over meanwhile. */
export const CARRY_AFTER_MS = 100;

export class DiagnosticsPublisher {
  private timers = new Map<string, { timer: NodeJS.Timeout; since: number; version: number | undefined }>();
  /** The version of the newest analysis published per URI: an older one arriving late is not published over it. */
  private sentVersion = new Map<string, number>();
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
    /** The latest finished analysis of a document, perhaps of an older version, without starting one. */
    private readonly finished: (uri: string) => Article | undefined = () => undefined,
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
    // An analysis slower than CARRY_AFTER_MS (a large document, a loaded machine): meanwhile the
    // latest finished analysis's diagnostics are carried over to the current text, so that a long
    // burst of typing still gets diagnostics every MAX_WAIT_MS however long each analysis takes.
    let settled = false;
    const carry = setTimeout(() => {
      const last = this.finished(uri);
      const now = this.current(uri);
      if (settled || !now || !last?.analysis || last.version >= now.version || (this.sentVersion.get(uri) ?? -1) > last.version) return;
      this.sendCarried(uri, last, now);
    }, CARRY_AFTER_MS);
    carry.unref?.();
    void got.finally(() => {
      settled = true;
      clearTimeout(carry);
    }).catch(() => undefined);
    // Published only if it is still the current version (an edit meanwhile supersedes it and
    // schedules its own, or its diagnostics are carried over), never after the document closed.
    got.then((article) => {
      const now = this.current(uri);
      if (!now || (this.sentVersion.get(uri) ?? -1) > article.version) return; // the same version again: new settings
      if (now.version === article.version) this.send(uri, article);
      else if (article.analysis) this.sendCarried(uri, article, now);
    }).catch((e: unknown) => {
      if (!(e instanceof Superseded)) this.onError('diagnostics', e);
    });
  }

  /**
   * An older version's diagnostics on the current text: those before the first changed character and
   * after the last one, moved by the change in length; those in the edited stretch are dropped (the
   * next publish has them). Findings across articles wait for that publish too.
   */
  private sendCarried(uri: string, article: Article, now: TextDocument): void {
    const before = article.doc.getText();
    const after = now.getText();
    const limit = Math.min(before.length, after.length);
    let head = 0;
    while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
    const shift = after.length - before.length;
    const diagnostics: LspDiagnostic[] = [];
    for (const d of article.analysis!.diagnostics) {
      if (d.end <= head) diagnostics.push(toLspDiagnostic(now, d));
      else if (d.start >= before.length - tail) diagnostics.push(toLspDiagnostic(now, { ...d, start: d.start + shift, end: d.end + shift }));
    }
    this.sentVersion.set(uri, article.version);
    void this.connection.sendDiagnostics({ uri, version: now.version, diagnostics });
  }

  private send(uri: string, article: Article): void {
    this.sentVersion.set(uri, article.version);
    if (!article.analysis && article.stopped) {
      // Stopped at its deadline: one diagnostic says so, where the reader looks (no pop-up on every edit).
      void this.connection.sendDiagnostics({ uri, version: article.version, diagnostics: [stoppedDiagnostic(article)] });
      return;
    }
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
    this.sentVersion.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** The diagnostic of an article whose analysis was stopped at its deadline: on its first line. */
export function stoppedDiagnostic(article: Article): LspDiagnostic {
  const firstLine = article.doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Warning,
    code: 'analysis.stopped',
    codeDescription: { href: `${README_URL}#${ruleAnchor('analysis.stopped')}` },
    source: 'newsdesk',
    message: article.refused ?? 'Newsdesk stopped analysing this article.',
  };
}
