// Analysis off the main thread (issue 21: no text may stall the server): a small pool of
// worker_threads Workers (dist/server.js started again as a worker), each analysing one text at a
// time. One idle worker is kept started (the spare), so a worker that is stopped is replaced at once
// and a job seldom waits for a worker to load.
//
// A job is keyed (the document's URI): a newer job with the same key supersedes the older one,
// queued or running. A running large one is stopped by terminating its worker, so no stale work
// goes on; a small one finishes unseen (restarting a worker costs more than finishing it).
// A job that passes its deadline (CPU time of its worker, see ./thread-cpu.ts) is stopped the same
// way and rejects with AnalysisStopped: a pathological text costs one worker for a bounded time,
// never the server. A worker that crashes or exits fails only its running job. Workers that cannot
// start at all (the file is missing, say) make the analyser `unavailable`, and callers analyse in
// process instead.
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import type { AnalyzeOptions, ArticleAnalysis } from '../core';
import type { FromWorker, ToWorker } from './background-protocol';
import { threadCpuMs } from './thread-cpu';

/** The job was replaced by a newer one with the same key, or cancelled: its result would be stale. */
export class Superseded extends Error {}
/** The worker failed while analysing this job's text (an exception, a crash, out of memory). */
export class WorkerFailed extends Error {}
/** The worker could not start: analyse in process. */
export class WorkerUnavailable extends Error {}
/** The analysis passed its deadline and was stopped. */
export class AnalysisStopped extends Error {
  constructor(readonly usedMs: number, readonly deadlineMs: number, readonly cpu: boolean) {
    super(`the analysis was stopped after ${(usedMs / 1000).toFixed(1)} s of ${cpu ? 'CPU' : 'running'} time (the deadline is ${(deadlineMs / 1000).toFixed(1)} s)`);
  }
}

/** Workers started at most: analyses of several documents at once, one of them perhaps pathological. */
export const POOL_SIZE = 3;
/** Texts from this many UTF-16 code units on are large: a superseded analysis of one is stopped, not finished. */
export const LARGE_CHARS = 64 * 1024;
/** The deadline grows with the text: newsdesk.analysisTimeoutMs for each started block of this many characters. */
export const DEADLINE_BLOCK_CHARS = 256 * 1024;
/** Idle workers beyond the spare are stopped after this long without work, giving their memory back. */
const IDLE_MS = 60_000;
/** A superseded small analysis (see cancel) still running after this long is stopped after all. */
const ABANDONED_MS = 1000;
/** The deadline is checked no more often than this. */
const MIN_CHECK_MS = 25;

/** The deadline of an analysis of `chars` characters: `timeoutMs` per started 256 KB; 0 (or less) for none. */
export function deadlineFor(timeoutMs: number, chars: number): number {
  if (!(timeoutMs > 0)) return 0;
  return timeoutMs * Math.max(1, Math.ceil(chars / DEADLINE_BLOCK_CHARS));
}

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
  /** Stop the analysis after this many ms of the worker's CPU time (0: never). */
  deadlineMs: number;
  /** The analysis as its fields arrive. */
  parts: Partial<ArticleAnalysis>;
  tokens?: number[];
  /** Superseded while running and left to finish unseen (a small text). */
  abandoned?: boolean;
  resolve: (r: Analysed) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker said it is ready (its bundle loaded); only then is it given jobs. */
  ready: boolean;
  /** Its thread id, for its CPU time (null off Linux: the wall clock stands in). */
  tid: number | null;
  job: Job | null;
  /** CPU ms of the worker (or the wall clock) when the job was posted. */
  startCpu: number;
  startWall: number;
  timer: NodeJS.Timeout | null;
}

export class BackgroundAnalyser {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  /** Workers in a row that failed before saying they were ready. */
  private startFailures = 0;
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;
  /** Keep a spare started: set by the first use (or warm()). */
  private wanted = false;
  private disposed = false;
  /** A job ran since the workers were last renewed (see armIdle). */
  private usedSinceIdle = false;
  /** Why the worker cannot run (then callers analyse in process), or null. */
  unavailable: string | null = null;
  /** Workers started so far (for tests and the log). */
  spawned = 0;

  constructor(
    private readonly file: string,
    private readonly log: (message: string) => void,
    private readonly size = POOL_SIZE,
  ) {
    if (!fs.existsSync(file)) this.unavailable = `${file} is missing`;
  }

  /** Starts the spare now, so that the first analysis does not wait for a worker to load. */
  warm(): void {
    this.wanted = true;
    this.pump();
  }

  /** Workers started and not stopped, busy or not (for tests). */
  get workers(): number {
    return this.slots.length;
  }

  /**
   * Analyses `text` in a worker; rejects with Superseded, WorkerFailed, AnalysisStopped or
   * WorkerUnavailable. An urgent job (an open document) waits only behind other urgent ones: when
   * every worker is busy, a running job that is not urgent (a file indexed in the background) is
   * stopped and queued again, behind every urgent one.
   */
  analyse(key: string, text: string, options: AnalyzeOptions, how: { urgent?: boolean; tokens?: boolean; deadlineMs?: number } = {}): Promise<Analysed> {
    const urgent = how.urgent ?? true;
    this.cancel(key);
    if (this.unavailable) return Promise.reject(new WorkerUnavailable(this.unavailable));
    this.wanted = true;
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, key, text, options, urgent, withTokens: how.tokens ?? false, deadlineMs: how.deadlineMs ?? 0, parts: {}, resolve, reject };
      this.enqueue(job);
      if (urgent && !this.slots.some((s) => !s.job) && this.slots.length >= this.size) {
        // The editor's document first: the indexed file starts again once no urgent job waits.
        const preempted = this.slots.find((s) => s.job && !s.job.urgent && !s.job.abandoned);
        if (preempted) {
          const again = preempted.job!;
          this.stop(preempted);
          this.enqueue({ ...again, parts: {}, tokens: undefined });
        }
      }
      this.pump();
    });
  }

  /** Drops the key's queued or running job (its promise rejects with Superseded). */
  cancel(key: string): void {
    const dropped = this.queue.filter((j) => j.key === key);
    if (dropped.length) this.queue = this.queue.filter((j) => j.key !== key);
    for (const j of dropped) j.reject(new Superseded(`superseded: ${key}`));
    for (const slot of [...this.slots]) {
      const job = slot.job;
      if (job?.key !== key || job.abandoned) continue;
      job.reject(new Superseded(`superseded: ${key}`));
      if (job.text.length >= LARGE_CHARS) this.stop(slot);
      else this.abandon(slot, job);
    }
    this.pump();
  }

  /** A superseded small job finishes unseen, unless it takes longer than ABANDONED_MS: then its worker is stopped. */
  private abandon(slot: Slot, job: Job): void {
    job.abandoned = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (slot.job !== job || !this.slots.includes(slot)) return;
      this.stop(slot);
      this.pump();
    }, ABANDONED_MS);
    slot.timer.unref();
  }

  dispose(): void {
    this.disposed = true;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const jobs = [...this.slots.flatMap((s) => (s.job && !s.job.abandoned ? [s.job] : [])), ...this.queue];
    this.queue = [];
    for (const s of [...this.slots]) this.stop(s);
    for (const j of jobs) j.reject(new Superseded('the analyser was stopped'));
  }

  private enqueue(job: Job): void {
    const at = job.urgent ? this.queue.findIndex((j) => !j.urgent) : -1;
    if (at < 0) this.queue.push(job);
    else this.queue.splice(at, 0, job);
  }

  /** Gives queued jobs to ready idle workers, then starts workers for what still waits, plus the spare. */
  private pump(): void {
    if (this.disposed || this.unavailable) return;
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (slot.ready && !slot.job) this.assign(slot, this.queue.shift()!);
    }
    if (this.wanted) {
      let free = this.slots.filter((s) => !s.job).length;
      while (free < this.queue.length + 1 && this.slots.length < this.size && this.spawn()) free++;
    }
    this.armIdle();
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    this.usedSinceIdle = true;
    slot.startWall = performance.now();
    slot.startCpu = this.cpuOf(slot) ?? slot.startWall;
    const message: ToWorker = { id: job.id, text: job.text, options: job.options, tokens: job.withTokens };
    slot.worker.postMessage(message);
    if (job.deadlineMs > 0) this.armDeadline(slot, job.deadlineMs);
  }

  private cpuOf(slot: Slot): number | null {
    return slot.tid === null ? null : threadCpuMs(slot.tid);
  }

  /** Time the slot's job has used: its worker's CPU time, or the wall clock where /proc cannot tell. */
  private used(slot: Slot): { ms: number; cpu: boolean } {
    const cpu = this.cpuOf(slot);
    if (cpu !== null && slot.tid !== null) return { ms: cpu - slot.startCpu, cpu: true };
    return { ms: performance.now() - slot.startWall, cpu: false };
  }

  /** Checks the deadline when it could first have passed: a thread's CPU time never runs ahead of the clock. */
  private armDeadline(slot: Slot, deadlineMs: number): void {
    const job = slot.job!;
    const { ms } = this.used(slot);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (slot.job !== job || !this.slots.includes(slot)) return;
      const now = this.used(slot);
      if (now.ms < deadlineMs) return this.armDeadline(slot, deadlineMs);
      this.stop(slot);
      const why = new AnalysisStopped(now.ms, deadlineMs, now.cpu);
      if (!job.abandoned) job.reject(why);
      this.log(`newsdesk: ${why.message}: its worker was stopped`);
      this.pump();
    }, Math.max(MIN_CHECK_MS, deadlineMs - ms));
    slot.timer.unref();
  }

  private spawn(): boolean {
    let worker: Worker;
    try {
      worker = new Worker(this.file);
    } catch (e) {
      this.markUnavailable(`the worker could not start: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    this.spawned++;
    const slot: Slot = { worker, ready: false, tid: null, job: null, startCpu: 0, startWall: 0, timer: null };
    this.slots.push(slot);
    worker.unref(); // never keeps the server alive on its own
    worker.on('message', (m: FromWorker) => this.received(slot, m));
    worker.on('error', (e) => this.failed(slot, e instanceof Error ? (e.stack ?? e.message) : String(e)));
    worker.on('messageerror', (e) => this.failed(slot, `a message could not be read: ${e}`));
    worker.on('exit', (code) => this.failed(slot, `the worker exited with code ${code}`));
    return true;
  }

  private received(slot: Slot, m: FromWorker): void {
    if (!this.slots.includes(slot)) return;
    if ('ready' in m) {
      slot.ready = true;
      slot.tid = m.tid ?? null;
      this.startFailures = 0;
      return this.pump();
    }
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    if ('part' in m) {
      (job.parts as Record<string, unknown>)[m.part] = m.value;
      return;
    }
    if ('tokens' in m) {
      job.tokens = m.tokens;
      return;
    }
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!job.abandoned) {
      if ('error' in m) job.reject(new WorkerFailed(m.error));
      else job.resolve({ analysis: job.parts as ArticleAnalysis, ms: m.ms, tokens: job.tokens });
    }
    this.pump();
  }

  /** The worker failed (or exited on its own): its running job fails; a new worker takes its place. */
  private failed(slot: Slot, why: string): void {
    if (!this.slots.includes(slot)) return; // stopped on purpose, or already handled
    const job = slot.job;
    this.stop(slot);
    if (!slot.ready && ++this.startFailures >= 2) {
      // Twice a worker never started: another would fail the same way. Callers analyse in process from now on.
      this.markUnavailable(`the worker could not start: ${why}`);
      this.log(`newsdesk: the background analysis worker could not start (${why}); documents are analysed on the main thread`);
      return;
    }
    if (job && !job.abandoned) job.reject(new WorkerFailed(why));
    this.pump();
  }

  private markUnavailable(why: string): void {
    this.unavailable = why;
    for (const s of [...this.slots]) this.stop(s);
    for (const j of this.queue.splice(0)) j.reject(new WorkerUnavailable(why));
  }

  /** Stops the slot's worker; its job, if any, is the caller's to settle. */
  private stop(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    void slot.worker.terminate().catch(() => undefined);
  }

  /**
   * A long run of work ended (the workspace indexed): idle workers are stopped now and one fresh spare
   * started, as after IDLE_MS without work, so the memory of hundreds of analyses goes back at once.
   */
  settle(): void {
    if (this.disposed || this.unavailable || this.queue.length || !this.usedSinceIdle) return;
    for (const s of this.slots.filter((s) => s.ready && !s.job)) this.stop(s);
    this.usedSinceIdle = this.slots.some((s) => s.job);
    this.pump();
  }

  /** With nothing to do for IDLE_MS, every worker is stopped and one fresh spare started: memory goes back. */
  private armIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.disposed || this.queue.length || this.slots.some((s) => s.job)) return;
    this.idle = setTimeout(() => {
      this.idle = null;
      if (this.queue.length || this.slots.some((s) => s.job)) return;
      const spares = this.slots.filter((s) => s.ready);
      if (spares.length <= 1 && !this.usedSinceIdle) return;
      for (const s of spares) this.stop(s);
      this.usedSinceIdle = false;
      this.pump();
    }, IDLE_MS);
    this.idle.unref();
  }
}
