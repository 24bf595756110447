// The background analysis thread: the server's own bundle (dist/server.js) started again as a
// worker_threads Worker runs this instead of the server, so the package carries the core once. It
// analyses one text per message with the same core as the server and posts the analysis back.
// See server/src/features/background.ts for when the server uses it.
import { parentPort } from 'node:worker_threads';
import type { ArticleAnalysis } from './core';
import { analyzeArticle } from './features/article';
import type { ArticleOptions } from './settings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FromWorker, ToWorker } from './features/background-protocol';
import { collectTokens, encodeTokens } from './features/semantic-tokens';
import { currentThreadId } from './features/thread-cpu';

/** Serves analysis jobs on the worker's port; does nothing on the main thread. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  const post = (m: FromWorker) => port.postMessage(m);
  port.on('message', (job: ToWorker) => {
    if (process.env.NEWSDESK_TEST_HOOKS === '1' && job.text.includes('NEWSDESK_TEST_CRASH_WORKER')) {
      // Test hook: an exception outside any try, as a bug or a native failure would be.
      setTimeout(() => {
        throw new Error('the analysis worker crashed on purpose (NEWSDESK_TEST_CRASH_WORKER)');
      }, 0);
      return;
    }
    if (process.env.NEWSDESK_TEST_HOOKS === '1' && job.text.includes('NEWSDESK_TEST_SPIN_WORKER')) {
      // Test hook: an analysis that never ends, as a pathological text would make one, without
      // relying on a slow regular expression that a later fix would make fast.
      for (;;) {
        // spin until the server stops this worker (its deadline, see features/background.ts)
      }
    }
    try {
      const started = performance.now();
      const analysis = analyzeArticle(job.text, job.options as ArticleOptions);
      const ms = performance.now() - started;
      for (const part of Object.keys(analysis) as Array<keyof ArticleAnalysis>) post({ id: job.id, part, value: analysis[part] });
      if (job.tokens) post({ id: job.id, tokens: encodeTokens(TextDocument.create('', '', 0, job.text), collectTokens(analysis, job.text)) });
      post({ id: job.id, done: true, ms });
    } catch (e) {
      post({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
  post({ ready: true, tid: currentThreadId() });
}
