// The ordered, bounded pipeline of a batch run: items are read only when fewer than `window` are
// in flight (read but not yet written), analysed in any order by the Analyser, and written strictly
// in input order as soon as each one's predecessors are written (a small reorder buffer). Writing
// waits for the output to drain. So memory holds at most `window` items whatever the stream's length.
import type { Analyser } from './batch-pool';
import type { BatchJob, BatchResult } from './batch-item';

export interface RunSummary {
  items: number;
  failed: number;
  /** The rank of the most severe finding (check), -1 when none. */
  worst: number;
  codes: Set<string>;
}

export async function runOrdered(
  jobs: AsyncIterable<BatchJob>,
  analyser: Analyser,
  window: number,
  write: (text: string) => Promise<void>,
): Promise<RunSummary> {
  const summary: RunSummary = { items: 0, failed: 0, worst: -1, codes: new Set() };
  const done = new Map<number, BatchResult>();
  let read = 0;
  let written = 0;
  let writing = false;
  let writeError: unknown = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const flush = async () => {
    if (writing) return;
    writing = true;
    try {
      while (done.has(written)) {
        const r = done.get(written)!;
        done.delete(written);
        summary.items++;
        if (r.failed) summary.failed++;
        summary.worst = Math.max(summary.worst, r.worst);
        for (const c of r.codes ?? []) summary.codes.add(c);
        if (r.out) await write(r.out);
        written++;
        wakeUp();
      }
    } catch (e) {
      writeError = e;
      wakeUp();
    } finally {
      writing = false;
    }
  };

  for await (const job of jobs) {
    while (read - written >= window && !writeError) await new Promise<void>((r) => (wake = r));
    if (writeError) throw writeError;
    const seq = read++;
    void analyser.run(job).then((r) => {
      done.set(seq, r);
      void flush();
    });
  }
  while (written < read && !writeError) await new Promise<void>((r) => (wake = r));
  if (writeError) throw writeError;
  return summary;
}
