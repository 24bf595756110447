// The messages between the server and its analysis worker (server/src/analysis-worker.ts).
import type { AnalyzeOptions, ArticleAnalysis } from '../core';

export interface ToWorker {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /** Also encode the text's full semantic tokens (an open document's), sparing the main thread that too. */
  tokens: boolean;
}

/**
 * An analysis comes as one message per top-level field (`part`), then `done`: each message is read
 * by the server's main thread as a task of its own, so requests are answered between them rather
 * than after one long deserialization (about 150 ms for a 5 MB article).
 */
export type FromWorker =
  /** The worker has loaded; `tid` is its thread's id for its CPU time (see thread-cpu.ts), null off Linux. */
  | { ready: true; tid: number | null }
  | { id: number; part: keyof ArticleAnalysis; value: unknown }
  | { id: number; tokens: number[] }
  | { id: number; done: true; ms: number }
  | { id: number; error: string };
