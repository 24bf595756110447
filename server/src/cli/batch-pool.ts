// Where batch items are analysed: on the main thread (`--jobs 1`), or on N worker threads. A worker
// is the CLI bundle itself (dist/cli.js) started again with workerData.newsdeskBatchWorker, as the
// server's analysis worker is the server bundle; see batch-worker.ts. Each worker has at most two
// items at a time (one running, one waiting so it never idles between messages). A worker that dies
// (a crash, out of memory) fails only its own items, with an error line each; a new one takes its place.
import { Worker } from 'node:worker_threads';
import { errorResult, jobId, processJob } from './batch-item';
import type { BatchJob, BatchResult, BatchSettings } from './batch-item';

export interface Analyser {
  /** Never rejects: a failure is an error result. */
  run(job: BatchJob): Promise<BatchResult>;
  close(): Promise<void>;
}

export interface ToBatchWorker { seq: number; job: BatchJob }
export interface FromBatchWorker { seq: number; result: BatchResult }

/** On the main thread; yields to the event loop before each item so that input keeps being read. */
export class InProcessAnalyser implements Analyser {
  constructor(private readonly settings: BatchSettings) {}

  run(job: BatchJob): Promise<BatchResult> {
    return new Promise((resolve) => setImmediate(() => resolve(processJob(job, this.settings))));
  }

  async close(): Promise<void> {}
}

interface Slot { worker: Worker; jobs: Map<number, { job: BatchJob; resolve: (r: BatchResult) => void }> }

const PER_WORKER = 2;
/** Workers that died in a row without finishing an item: then the pool stops starting them. */
const MAX_DEATHS_IN_A_ROW = 5;

export class WorkerPool implements Analyser {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ seq: number; job: BatchJob; resolve: (r: BatchResult) => void }> = [];
  private seq = 0;
  private deathsInARow = 0;
  private closed = false;

  constructor(private readonly script: string, private readonly size: number, private readonly settings: BatchSettings) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(job: BatchJob): Promise<BatchResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: { newsdeskBatchWorker: true, settings: this.settings } });
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (m: FromBatchWorker) => {
      const entry = slot.jobs.get(m.seq);
      if (!entry) return;
      slot.jobs.delete(m.seq);
      this.deathsInARow = 0;
      entry.resolve(m.result);
      this.pump();
    });
    const died = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      for (const { job, resolve } of slot.jobs.values()) {
        resolve(errorResult(jobId(job), 'analysis-failed', `the analysis worker failed on this item: ${why}`, this.settings));
      }
      slot.jobs.clear();
      this.deathsInARow++;
      if (this.deathsInARow >= MAX_DEATHS_IN_A_ROW) {
        this.slots.splice(i, 1);
        // No worker can run: fail what waits rather than hang.
        if (!this.slots.length) for (const q of this.queue.splice(0)) q.resolve(errorResult(jobId(q.job), 'analysis-failed', `no analysis worker could run: ${why}`, this.settings));
        return;
      }
      this.slots[i] = this.start();
      this.pump();
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`it exited with code ${code}`));
    return slot;
  }

  private pump(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.jobs.size < PER_WORKER && (!best || s.jobs.size < best.jobs.size)) best = s;
      if (!best) return;
      const item = this.queue.shift()!;
      best.jobs.set(item.seq, { job: item.job, resolve: item.resolve });
      const message: ToBatchWorker = { seq: item.seq, job: item.job };
      best.worker.postMessage(message);
    }
  }
}
