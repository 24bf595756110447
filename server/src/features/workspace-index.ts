// The workspace index: every article in the workspace folders (per newsdesk.include, plus *.news and
// *.article), analysed in the background and kept current through file events. Open documents
// override their file on disk. Cross-article questions (references, workspace symbols, the
// workspace view) are answered from here.
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeArticle } from '../core';
import type { ServerSettings } from '../settings';
import { analyseText, analysedArticle, analyzeOptionsFor, displayName, refusedArticle, uriKey } from './article';
import { AnalysisStopped, LARGE_CHARS, POOL_SIZE, Superseded, WorkerUnavailable, deadlineFor } from './background';
import type { BackgroundAnalyser } from './background';
import type { Article } from './article';
import { makeArticleMatcher } from './glob';
import { keysOf, mergeEntities } from './entity-merge';
import type { MergedEntity } from './entity-merge';
import type { OpenArticles } from './store';
import type { Entity } from '../core';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);
const MAX_FILES = 50000;
/** Below this many indexed files a merge takes a few milliseconds: it is done at once, exactly. */
const SYNC_MERGE_LIMIT = 300;

export interface IndexProgress {
  begin(): void;
  report(done: number, total: number): void;
  done(): void;
}

export class WorkspaceIndex {
  private files = new Map<string, Article>();
  /** File events during a running indexAll, by file (null: removed): they win over its own loads. */
  private building: Map<string, Article | null> | null = null;
  private folders: string[] = [];
  private runId = 0;
  private merged: { sources: unknown[]; entities: MergedEntity[]; byEntity: Map<Entity, MergedEntity>; byKey: Map<string, MergedEntity> } | null = null;
  private remergeTimer: NodeJS.Timeout | null = null;
  indexing = false;
  lastIndexMs = 0;

  constructor(
    private readonly open: OpenArticles,
    private readonly settings: () => ServerSettings,
    private readonly log: (message: string) => void,
    /** Where files are analysed (see store.ts); without it, or when it is unavailable, in process. */
    private readonly background: BackgroundAnalyser | null = null,
  ) {}

  /** Sets the folders; `indexing` is true from here until the first indexAll over them ends. */
  setFolders(folderUris: string[]): void {
    this.folders = folderUris.map(uriKey).filter((p) => path.isAbsolute(p));
    if (this.folders.length) this.indexing = true;
  }

  folderPaths(): readonly string[] {
    return this.folders;
  }

  isArticlePath(file: string): boolean {
    const folder = this.folders.find((f) => file === f || file.startsWith(f + path.sep));
    if (!folder) return false;
    return makeArticleMatcher(this.settings().include)(path.relative(folder, file));
  }

  /** Indexes every folder from scratch; a newer call supersedes a running one. */
  async indexAll(progress?: IndexProgress): Promise<number> {
    const run = ++this.runId;
    const started = Date.now();
    this.indexing = true;
    progress?.begin();
    try {
      const found: string[] = [];
      for (const folder of this.folders) await this.walk(folder, folder, makeArticleMatcher(this.settings().include), found);
      if (run !== this.runId) return 0;
      progress?.report(0, found.length);
      // Several files at once, one per worker but the spare (kept for the editor's documents): the
      // workers run on their own cores. In process (no workers) one at a time, as it blocks anyway.
      const lanes = this.background && !this.background.unavailable ? Math.max(1, Math.min(POOL_SIZE - 1, availableParallelism())) : 1;
      const loaded: Array<Article | null> = new Array(found.length).fill(null);
      const events = new Map<string, Article | null>();
      this.building = events;
      let lastYield = Date.now();
      let nextFile = 0;
      let done = 0;
      const lane = async (): Promise<void> => {
        while (nextFile < found.length && run === this.runId) {
          const i = nextFile++;
          try {
            loaded[i] = await this.load(found[i]);
          } catch (e) {
            if (!(e instanceof Superseded)) throw e;
            // A file event loaded it meanwhile (into `events`).
          }
          done++;
          if (Date.now() - lastYield > 15) {
            // Let requests and edits through: indexing never blocks typing for long.
            await new Promise((r) => setImmediate(r));
            lastYield = Date.now();
            if (run === this.runId) progress?.report(done, found.length);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(lanes, found.length) }, lane));
      if (run !== this.runId) return 0;
      // In the order of the walk, whatever order the files were analysed in: the workspace's articles
      // (and so its timeline and merges) come in the same order every time. A file event during
      // indexing wins over the walk's load (it is newer); a file it created comes last.
      const next = new Map<string, Article>();
      found.forEach((file, i) => {
        const article = events.has(file) ? events.get(file) : loaded[i];
        if (article) next.set(file, article);
      });
      for (const [file, article] of events) if (article && !next.has(file)) next.set(file, article);
      this.files = next;
      this.building = null;
      // The workers that indexed hold the memory of hundreds of analyses: a fresh spare instead.
      this.background?.settle();
      this.lastIndexMs = Date.now() - started;
      this.log(`newsdesk: indexed ${found.length} article file(s) in ${this.lastIndexMs} ms`);
      return found.length;
    } finally {
      // Each run has its own progress: a superseded run ends its own too, or the client shows it forever.
      progress?.done();
      if (run === this.runId) this.indexing = false;
    }
  }

  private async walk(dir: string, folder: string, isArticle: (rel: string) => boolean, out: string[]): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await this.walk(p, folder, isArticle, out);
      } else if (e.isFile() && isArticle(path.relative(folder, p))) out.push(p);
    }
  }

  /** The file's article; null when the file no longer exists. */
  private async load(file: string): Promise<Article | null> {
    const uri = pathToFileURL(file).toString();
    const settings = this.settings();
    try {
      const stat = await fs.stat(file);
      if (stat.size > settings.maxFileSizeKB * 1024) {
        return refusedArticle(uri, `file is ${Math.ceil(stat.size / 1024)} KB, over the limit of ${settings.maxFileSizeKB} KB (newsdesk.maxFileSizeKB); it is not analysed.`);
      }
      const decoded = decodeArticle(await fs.readFile(file), settings.maxFileSizeKB);
      if (!decoded.ok) return refusedArticle(uri, decoded.error);
      if (!this.background || this.background.unavailable) return analyseText(uri, 0, decoded.text, settings);
      return await this.analyseInBackground(this.background, file, uri, decoded.text, settings);
    } catch (e) {
      if (e instanceof Superseded) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return refusedArticle(uri, `could not be read (${(e as Error).message})`);
    }
  }

  /** A file, analysed in a worker (behind open documents): indexing never blocks requests, whatever the text. */
  private async analyseInBackground(background: BackgroundAnalyser, file: string, uri: string, text: string, settings: ServerSettings): Promise<Article> {
    const name = `${displayName(uri)} (${Math.round(text.length / 1024)} KB, workspace index)`;
    // Only large files are logged: a workspace of many short articles would drown the log.
    const large = text.length >= LARGE_CHARS;
    if (large) this.log(`newsdesk: analysing ${name} in the background`);
    try {
      const deadlineMs = deadlineFor(settings.analysisTimeoutMs, text.length);
      const { analysis, ms } = await background.analyse(`index:${file}`, text, analyzeOptionsFor(uri, settings), { urgent: false, deadlineMs });
      if (large) this.log(`newsdesk: analysed ${name} in the background in ${Math.round(ms)} ms`);
      return analysedArticle(uri, 0, text, analysis);
    } catch (e) {
      if (e instanceof WorkerUnavailable) return analyseText(uri, 0, text, settings);
      if (e instanceof Superseded) throw e; // a newer load of the same file replaced this one
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      this.log(`newsdesk: the background analysis of ${file} failed: ${why}`);
      if (e instanceof AnalysisStopped) return refusedArticle(uri, `${why} (newsdesk.analysisTimeoutMs)`);
      return refusedArticle(uri, `could not be analysed (${why})`);
    }
  }

  /** A file was created or changed on disk. */
  async update(uri: string): Promise<void> {
    const file = uriKey(uri);
    if (!this.isArticlePath(file)) return;
    let article: Article | null;
    try {
      article = await this.load(file);
    } catch (e) {
      if (e instanceof Superseded) return; // a newer event for the file is being handled
      throw e;
    }
    if (!article) {
      this.remove(uri);
      return;
    }
    this.files.set(file, article);
    this.building?.set(file, article);
  }

  remove(uri: string): void {
    this.files.delete(uriKey(uri));
    this.building?.set(uriKey(uri), null);
  }

  /** The indexed (on-disk) article of a URI, if any. */
  indexed(uri: string): Article | undefined {
    return this.files.get(uriKey(uri));
  }

  /** Every article: open documents as they are in the editor, the rest as indexed. */
  articles(): Article[] {
    const open = this.open.all();
    // An open document stands for its file even while its (large) first analysis runs: its text on
    // disk may differ from the editor's, so the file's analysis would give wrong ranges.
    const openKeys = this.open.keys();
    const out = [...open];
    for (const [key, article] of this.files) if (!openKeys.has(key)) out.push(article);
    return out;
  }

  /** Entities merged across every article; cached until an article changes. */
  mergedEntities(): { entities: MergedEntity[]; byEntity: Map<Entity, MergedEntity> } {
    if (this.isMergedFresh()) return this.merged!;
    return this.remerge();
  }

  /**
   * The workspace entity of one entity, for hovers and references while typing: answered from the last
   * merge (looked up by name when the entity is from a newer analysis of an edited document) and
   * merged again in the background, so a keystroke never waits for a merge over the whole workspace.
   * Counts may lag one edit for a moment; ranges never do (they come from the current analysis).
   */
  mergedFor(e: Entity): MergedEntity | undefined {
    if (!this.merged || (this.files.size < SYNC_MERGE_LIMIT && !this.isMergedFresh())) this.remerge();
    else if (!this.isMergedFresh()) this.scheduleRemerge();
    const m = this.merged!;
    const direct = m.byEntity.get(e);
    if (direct) return direct;
    for (const k of keysOf(e)) {
      const hit = m.byKey.get(`${e.type}|${k}`);
      if (hit) return hit;
    }
    return undefined;
  }

  private isMergedFresh(): boolean {
    if (!this.merged) return false;
    const articles = this.articles();
    const old = this.merged.sources;
    return old.length === articles.length && articles.every((a, i) => a.analysis === old[i]);
  }

  private scheduleRemerge(): void {
    if (this.remergeTimer) clearTimeout(this.remergeTimer);
    this.remergeTimer = setTimeout(() => {
      this.remergeTimer = null;
      try {
        if (!this.isMergedFresh()) this.remerge();
      } catch (e) {
        this.log(`newsdesk: merging entities failed: ${e}`);
      }
    }, 300);
    this.remergeTimer.unref?.();
  }

  private remerge(): { entities: MergedEntity[]; byEntity: Map<Entity, MergedEntity> } {
    const articles = this.articles();
    const sources = articles.map((a) => a.analysis);
    const entities = mergeEntities(articles.filter((a) => a.analysis).map((a) => ({ uri: a.uri, entities: a.analysis!.entities })));
    const byEntity = new Map<Entity, MergedEntity>();
    const byKey = new Map<string, MergedEntity>();
    for (const m of entities) {
      for (const r of m.refs) {
        byEntity.set(r.entity, m);
        for (const k of keysOf(r.entity)) if (!byKey.has(`${r.entity.type}|${k}`)) byKey.set(`${r.entity.type}|${k}`, m);
      }
    }
    this.merged = { sources, entities, byEntity, byKey };
    return this.merged;
  }

  get size(): number {
    return this.files.size;
  }

  clear(): void {
    this.files.clear();
  }
}
