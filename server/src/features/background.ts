// Analysis off the main thread for large texts: one worker_threads Worker (dist/server.js started again as a worker),
// started on first use, analysing one text at a time. A job is keyed (the document's URI): a newer
// job with the same key supersedes the older one, queued or running (a running one is stopped by
// terminating the worker, so no stale work goes on). A worker that crashes or exits fails only its
// running job; the next job gets a fresh worker. A worker that cannot start at all (its file is
// missing, say) makes the analyser `unavailable`, and callers analyse in process instead.
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import type { AnalyzeOptions, ArticleAnalysis } from '../core';
import type { FromWorker, ToWorker } from './background-protocol';

/** The job was replaced by a newer one with the same key, or cancelled: its result would be stale. */
export class Superseded extends Error {}
/** The worker failed while analysing this job's text (an exception, a crash, out of memory). */
export class WorkerFailed extends Error {}
/** The worker could not start: analyse in process. */
export class WorkerUnavailable extends Error {}

/** A worker without work for this long is stopped, giving its memory back; the next job starts another. */
const IDLE_MS = 60_000;

export interface Analysed {
  analysis: ArticleAnalysis;
  /** Milliseconds the analysis took in the worker. */
  ms: number;
  /** The full semantic tokens, when asked for. */
  tokens?: number[];
}

interface Job {
  id: number;
  key: string;
  text: string;
  options: AnalyzeOptions;
  urgent: boolean;
  withTokens: boolean;
  /** The analysis as its fields arrive. */
  parts: Partial<ArticleAnalysis>;
  tokens?: number[];
  resolve: (r: Analysed) => void;
  reject: (e: Error) => void;
}

export class BackgroundAnalyser {
  private worker: Worker | null = null;
  private started = false;
  /** Workers in a row that failed before saying they were ready. */
  private startFailures = 0;
  private running: Job | null = null;
  private queue: Job[] = [];
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;
  /** Why the worker cannot run (then callers analyse in process), or null. */
  unavailable: string | null = null;
  /** Workers started so far (for tests and the log). */
  spawned = 0;

  constructor(private readonly file: string, private readonly log: (message: string) => void) {
    if (!fs.existsSync(file)) this.unavailable = `${file} is missing`;
  }

  /**
   * Analyses `text` in the worker; rejects with Superseded, WorkerFailed or WorkerUnavailable. An
   * urgent job (an open document) waits only behind other urgent ones: a running job that is not
   * urgent (a file indexed in the background) is stopped and queued again, behind every urgent one.
   */
  analyse(key: string, text: string, options: AnalyzeOptions, how: { urgent?: boolean; tokens?: boolean } = {}): Promise<Analysed> {
    const urgent = how.urgent ?? true;
    this.cancel(key);
    if (this.unavailable) return Promise.reject(new WorkerUnavailable(this.unavailable));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, key, text, options, urgent, withTokens: how.tokens ?? false, parts: {}, resolve, reject };
      const at = urgent ? this.queue.findIndex((j) => !j.urgent) : -1;
      if (at < 0) this.queue.push(job);
      else this.queue.splice(at, 0, job);
      if (urgent && this.running && !this.running.urgent) {
        // The editor's document first: the indexed file starts again once no urgent job waits.
        const preempted = this.running;
        this.running = null;
        this.stopWorker();
        const first = this.queue.findIndex((j) => !j.urgent);
        this.queue.splice(first < 0 ? this.queue.length : first, 0, { ...preempted, parts: {}, tokens: undefined });
      }
      this.pump();
    });
  }

  /** Drops the key's queued or running job (its promise rejects with Superseded). */
  cancel(key: string): void {
    const dropped = this.queue.filter((j) => j.key === key);
    if (dropped.length) this.queue = this.queue.filter((j) => j.key !== key);
    for (const j of dropped) j.reject(new Superseded(`superseded: ${key}`));
    if (this.running?.key === key) {
      const job = this.running;
      this.running = null;
      this.stopWorker();
      job.reject(new Superseded(`superseded: ${key}`));
      this.pump();
    }
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const jobs = [...(this.running ? [this.running] : []), ...this.queue];
    this.running = null;
    this.queue = [];
    this.stopWorker();
    for (const j of jobs) j.reject(new Superseded('the analyser was stopped'));
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const job = this.queue.shift()!;
    const worker = this.worker ?? this.spawn();
    if (!worker) {
      job.reject(new WorkerUnavailable(this.unavailable ?? 'the worker could not start'));
      for (const j of this.queue.splice(0)) j.reject(new WorkerUnavailable(this.unavailable ?? 'the worker could not start'));
      return;
    }
    this.running = job;
    const message: ToWorker = { id: job.id, text: job.text, options: job.options, tokens: job.withTokens };
    worker.postMessage(message);
  }

  private spawn(): Worker | null {
    let worker: Worker;
    try {
      worker = new Worker(this.file);
    } catch (e) {
      this.unavailable = `the worker could not start: ${e instanceof Error ? e.message : String(e)}`;
      return null;
    }
    this.spawned++;
    this.worker = worker;
    this.started = false;
    worker.unref(); // never keeps the server alive on its own
    worker.on('message', (m: FromWorker) => {
      if (worker !== this.worker) return;
      if ('ready' in m) {
        this.started = true;
        this.startFailures = 0;
        return;
      }
      const job = this.running;
      if (!job || job.id !== m.id) return;
      if ('part' in m) {
        (job.parts as Record<string, unknown>)[m.part] = m.value;
        return;
      }
      if ('tokens' in m) {
        job.tokens = m.tokens;
        return;
      }
      this.running = null;
      if ('error' in m) job.reject(new WorkerFailed(m.error));
      else job.resolve({ analysis: job.parts as ArticleAnalysis, ms: m.ms, tokens: job.tokens });
      this.next();
    });
    worker.on('error', (e) => this.failed(worker, e instanceof Error ? (e.stack ?? e.message) : String(e)));
    worker.on('messageerror', (e) => this.failed(worker, `a message could not be read: ${e}`));
    worker.on('exit', (code) => this.failed(worker, `the worker exited with code ${code}`));
    return worker;
  }

  /** The worker failed (or exited on its own): its running job fails, the next job gets a new worker. */
  private failed(worker: Worker, why: string): void {
    if (worker !== this.worker) return; // stopped on purpose, or already handled
    const beforeStart = !this.started;
    this.stopWorker();
    const job = this.running;
    this.running = null;
    if (beforeStart && ++this.startFailures >= 2) {
      // Twice it never started: another would fail the same way. Callers analyse in process from now on.
      this.unavailable = `the worker could not start: ${why}`;
      this.log(`newsdesk: the background analysis worker could not start (${why}); large documents are analysed on the main thread`);
      job?.reject(new WorkerUnavailable(this.unavailable));
      for (const j of this.queue.splice(0)) j.reject(new WorkerUnavailable(this.unavailable));
      return;
    }
    // Not known to have started (its "ready" and its failure come by different channels): try the job once more.
    if (beforeStart && job) this.queue.unshift({ ...job, parts: {}, tokens: undefined });
    else job?.reject(new WorkerFailed(why));
    this.next();
  }

  private next(): void {
    if (this.queue.length) return this.pump();
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      this.idle = null;
      if (!this.running && !this.queue.length) this.stopWorker();
    }, IDLE_MS);
    this.idle.unref();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    this.started = false;
    if (worker) void worker.terminate().catch(() => undefined);
  }
}
