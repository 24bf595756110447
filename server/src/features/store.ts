// The open documents' analyses, computed on demand from the current text and cached per version:
// a request is always answered from an analysis of exactly the text the client had when it sent it.
// Every analysis runs in the background workers (./background; issue 21: no text may block the
// server's main thread): meanwhile the server answers everything else, requests for the document
// wait for its analysis, an edit supersedes the analysis of the version it replaces, and one that
// passes its deadline (newsdesk.analysisTimeoutMs) leaves the document with one diagnostic saying so.
// Without workers (NEWSDESK_NO_WORKER=1, or none could start) documents are analysed in process.
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseText, analysedArticle, analyzeOptionsFor, displayName, refusedForSize, uriKey } from './article';
import type { Article } from './article';
import { AnalysisStopped, LARGE_CHARS, Superseded, WorkerUnavailable, deadlineFor } from './background';
import type { BackgroundAnalyser } from './background';
import type { ServerSettings } from '../settings';

/**
 * An edit stops the background analysis of the version it replaces, unless the document has been
 * edited for this long without an analysis of its current text finishing: then the running one
 * finishes and the next starts after it, and so on while the burst lasts.
 * Otherwise a document that takes longer to analyse than the pauses between keystrokes would show
 * nothing until the typing stops (issue 21: 7 s on an 80 KB document edited every 200 ms).
 */
export const STARVE_MS = 250;

/**
 * Answers over all articles wait at most this long for the open documents' analyses; past it (a huge
 * or pathological document) they answer with the latest finished ones rather than keep the user waiting.
 */
const CURRENT_WAIT_MS = 2000;

interface Cached {
  article: Article;
  /** Settings generation the analysis was made with (see clear). */
  generation: number;
}

export class OpenArticles {
  /** Per URI, the latest finished analysis (of the current version, or an older one while a newer one runs). */
  private cache = new Map<string, Cached>();
  private running = new Map<string, { version: number; generation: number; promise: Promise<Article>; started: number; keep: boolean }>();
  /** The analysis that follows a running one that was kept (see STARVE_MS), per URI. */
  private following = new Map<string, { version: number; promise: Promise<Article> }>();
  /** When the burst of edits began: the first edit since an analysis of the then current text finished. */
  private editedSince = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: () => ServerSettings,
    private readonly background: BackgroundAnalyser | null = null,
    private readonly log: (message: string) => void = () => undefined,
    private readonly logError: (message: string) => void = () => undefined,
    /** Called when a background analysis of a document's current version has finished. */
    private readonly onSettled: (article: Article) => void = () => undefined,
    /** Called when a background analysis starts, with a name for the user and its promise. */
    private readonly onStart: (name: string, pending: Promise<Article>) => void = () => undefined,
    /** Told how long each analysis of an open document took, in ms (wall clock, worker included). */
    private readonly timed: (uri: string, ms: number) => void = () => undefined,
  ) {}

  /**
   * The analysis of the document's current text: the article itself when it is cached or small (as
   * before), else a promise of it. The promise rejects with Superseded when an edit (or a close, or
   * a settings change) makes that analysis moot.
   */
  of(doc: TextDocument): Article | Promise<Article> {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.article.version === doc.version && hit.generation === this.generation) return hit.article;
    const text = doc.getText();
    const settings = this.settings();
    if (!this.background || this.background.unavailable) {
      const t0 = performance.now();
      const article = analyseText(doc.uri, doc.version, text, settings);
      this.timed(doc.uri, performance.now() - t0);
      return this.store(doc.uri, this.generation, article);
    }
    const running = this.running.get(doc.uri);
    if (running && running.version === doc.version && running.generation === this.generation) return running.promise;
    if (running?.keep && running.generation === this.generation) return this.after(running.promise, doc);
    const refused = refusedForSize(doc.uri, doc.version, text, settings); // counts UTF-8 bytes: not on every call
    if (refused) return this.store(doc.uri, this.generation, refused);
    return this.start(this.background, doc.uri, doc.version, text, settings);
  }

  /**
   * An analysis of the document without waiting: the current one when ready, else the latest
   * finished one (of an older version; its `doc` is that version's text, so its ranges fit it) or
   * undefined, starting the current one in the background. For views over many articles.
   */
  settled(doc: TextDocument): Article | undefined {
    const got = this.of(doc);
    if (!(got instanceof Promise)) return got;
    got.catch(() => undefined);
    return this.cache.get(doc.uri)?.article;
  }

  /** The latest finished analysis of the document (perhaps of an older version), without starting one. */
  finished(uri: string): Article | undefined {
    return this.cache.get(uri)?.article;
  }

  /** An analysis of an open document (see settled), or undefined if the document is not open. */
  get(uri: string): Article | undefined {
    const doc = this.documents.get(uri);
    return doc ? this.settled(doc) : undefined;
  }

  /** Every open document's analysis as `settled` gives it (a large one may lag, or be missing at first). */
  all(): Article[] {
    const out: Article[] = [];
    for (const d of this.documents.all()) {
      const a = this.settled(d);
      if (a) out.push(a);
    }
    return out;
  }

  /**
   * Resolves when every open document's current analysis has settled, or after CURRENT_WAIT_MS: answers
   * over all articles (the workspace view, references) then include a document just opened or edited.
   */
  async current(): Promise<void> {
    const pending = this.documents.all().map((d) => this.of(d)).filter((a): a is Promise<Article> => a instanceof Promise);
    if (!pending.length) return;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => { timer = setTimeout(resolve, CURRENT_WAIT_MS); });
    await Promise.race([Promise.allSettled(pending), waited]);
    clearTimeout(timer);
  }

  /** Keys (see uriKey) of the open documents. */
  keys(): Set<string> {
    return new Set(this.documents.all().map((d) => uriKey(d.uri)));
  }

  /** The document changed: a background analysis of an older version stops now, unless the document is starving (STARVE_MS). */
  changed(doc: TextDocument): void {
    const running = this.running.get(doc.uri);
    // Opening the document is no edit (TextDocuments reports it as a change too): nothing analysed yet.
    if (!running && !this.cache.has(doc.uri)) return;
    const since = this.editedSince.get(doc.uri) ?? Date.now();
    this.editedSince.set(doc.uri, since);
    if (!running || running.version === doc.version || running.keep) return;
    if (Date.now() - since >= STARVE_MS) running.keep = true;
    else this.stop(doc.uri);
  }

  /** The analysis of the document's version current when `first` (a kept older one) settles. */
  private after(first: Promise<Article>, doc: TextDocument): Promise<Article> {
    const next = this.following.get(doc.uri);
    if (next && next.version === doc.version) return next.promise;
    const promise = first.then(() => undefined, () => undefined).then(() => {
      if (this.following.get(doc.uri)?.promise === promise) this.following.delete(doc.uri);
      const current = this.documents.get(doc.uri);
      if (!current) throw new Superseded(`closed: ${doc.uri}`);
      return this.of(current);
    });
    promise.catch(() => undefined);
    this.following.set(doc.uri, { version: doc.version, promise });
    return promise;
  }

  forget(uri: string): void {
    this.stop(uri);
    this.cache.delete(uri);
    this.editedSince.delete(uri);
  }

  /** The settings changed: every analysis is made again (a running one stops). */
  clear(): void {
    this.generation++;
    for (const uri of [...this.running.keys()]) this.stop(uri);
    // The finished analyses stay as stand-ins for views over all articles until the new ones come.
    for (const [uri, c] of this.cache) if (c.article.analysis === null) this.cache.delete(uri);
  }

  private stop(uri: string): void {
    if (!this.running.has(uri)) return;
    this.running.delete(uri);
    this.background?.cancel(uri);
  }

  private store(uri: string, generation: number, article: Article): Article {
    const old = this.cache.get(uri);
    const open = this.documents.get(uri);
    // Never replace a newer analysis with an older one, nor keep one of a closed document.
    if (open && (!old || old.article.version <= article.version || open.version === article.version)) this.cache.set(uri, { article, generation });
    return article;
  }

  private start(background: BackgroundAnalyser, uri: string, version: number, text: string, settings: ServerSettings): Promise<Article> {
    const generation = this.generation;
    const name = `${displayName(uri)} (version ${version}, ${Math.round(text.length / 1024)} KB)`;
    const started = Date.now();
    // Only large texts are logged: the analysis of every keystroke in a short article would drown the log.
    const large = text.length >= LARGE_CHARS;
    if (large) this.log(`newsdesk: analysing ${name} in the background`);
    const deadlineMs = deadlineFor(settings.analysisTimeoutMs, text.length);
    const analysed = background.analyse(uri, text, analyzeOptionsFor(uri, settings), { tokens: true, deadlineMs }).then(
      ({ analysis, ms, tokens }): Article => {
        if (large) this.log(`newsdesk: analysed ${name} in the background in ${Math.round(ms)} ms`);
        return { ...analysedArticle(uri, version, text, analysis), tokens };
      },
      (e: unknown) => {
        if (e instanceof Superseded) throw e;
        if (e instanceof WorkerUnavailable) return analyseText(uri, version, text, settings);
        if (e instanceof AnalysisStopped) {
          // The text is kept without annotations; its next version is tried afresh.
          this.logError(`newsdesk: the analysis of ${name} was stopped: ${e.message} (newsdesk.analysisTimeoutMs)`);
          return stoppedArticle(uri, version, text, e);
        }
        // Never lose the document: it stays open and cached without an analysis, and its next
        // version is tried afresh in a new worker.
        const why = e instanceof Error ? e.message : String(e);
        this.logError(`newsdesk: the background analysis of ${name} failed: ${why}. The document keeps no annotations until it is edited.`);
        return { uri, version, doc: TextDocument.create(uri, 'news-article', version, text), analysis: null, refused: `Newsdesk: ${displayName(uri)} could not be analysed (${why.split('\n')[0]}).` };
      },
    ).then((article) => {
      const current = this.running.get(uri);
      if (current?.promise === promise) this.running.delete(uri);
      if (generation !== this.generation) throw new Superseded(`settings changed: ${uri}`);
      // The burst is over when the analysis that finishes is of the current text.
      if (this.documents.get(uri)?.version === version) this.editedSince.delete(uri);
      this.timed(uri, Date.now() - started);
      this.store(uri, generation, article);
      if (this.documents.get(uri)?.version === version) this.onSettled(article);
      return article;
    });
    const promise: Promise<Article> = analysed.catch((e: unknown) => {
      // The settings changed while it ran (the first ones arrive just after start-up): whoever waits
      // for this version gets its analysis with the new settings, not ContentModified.
      const current = this.documents.get(uri);
      if (e instanceof Superseded && generation !== this.generation && current?.version === version) return this.of(current);
      throw e;
    });
    promise.catch(() => undefined); // whoever waits is told; nobody waiting is no error
    this.running.set(uri, { version, generation, promise, started, keep: false });
    this.onStart(name, promise);
    return promise;
  }
}

/** The article whose analysis passed its deadline: no annotations, one diagnostic saying why (see diagnostics.ts). */
export function stoppedArticle(uri: string, version: number, text: string, e: AnalysisStopped): Article {
  const doc = TextDocument.create(uri, 'news-article', version, text);
  const why = `Newsdesk stopped analysing ${displayName(uri)}: ${e.message}, set by newsdesk.analysisTimeoutMs per 256 KB of text. `
    + 'Something in the text makes the analysis far slower than usual; the article has no annotations until it is edited.';
  return { uri, version, doc, analysis: null, refused: why, stopped: true };
}
