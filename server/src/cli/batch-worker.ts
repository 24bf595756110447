// A batch worker thread: dist/cli.js started again by the WorkerPool (batch-pool.ts). It analyses
// the items posted to it, one at a time, and posts back each item's finished output text.
import { parentPort, workerData } from 'node:worker_threads';
import { processJob } from './batch-item';
import type { BatchSettings } from './batch-item';
import type { FromBatchWorker, ToBatchWorker } from './batch-pool';

export function isBatchWorker(): boolean {
  return !!parentPort && !!(workerData as { newsdeskBatchWorker?: boolean } | null)?.newsdeskBatchWorker;
}

export function runBatchWorker(): void {
  const port = parentPort;
  if (!port) return;
  const settings = (workerData as { settings: BatchSettings }).settings;
  port.on('message', (m: ToBatchWorker) => {
    const reply: FromBatchWorker = { seq: m.seq, result: processJob(m.job, settings) };
    port.postMessage(reply);
  });
}
