// The messages between the server and its analysis worker (server/src/analysis-worker.ts).
import type { AnalyzeOptions, ArticleAnalysis } from '../core';

export interface ToWorker {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type FromWorker =
  | { ready: true }
  | { id: number; analysis: ArticleAnalysis; ms: number }
  | { id: number; error: string };
