// A small article's request latency while a large one is analysed, over the real protocol: the
// server as shipped (large documents analysed in its background worker) against the same server with
// NEWSDESK_NO_WORKER=1 (every analysis on the main thread, as before the worker); and how often a
// large document being typed in gets diagnostics.
import { analyze } from '../server/src/core';
import { BenchClient } from './lsp-client';
import { now } from './stats';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface LargeDocumentLatency {
  /** Latency of each hover on the small article sent from the large one's open until its diagnostics. */
  hovers: number[];
  /** From opening the large article to its diagnostics. */
  diagnosticsMs: number;
  /** How many diagnostics the large article got. */
  diagnostics: number;
  /** Full semantic tokens of the large article, requested 5 times once it is analysed (the first includes any wait). */
  tokens: number[];
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * Opens `small`, then `large`, and hovers over the small one, one hover after another (20 ms apart),
 * until the large one's diagnostics arrive; with `hover` false, only waits for them.
 */
export async function largeDocumentLatency(serverJs: string, small: string, large: string, env: Record<string, string> = {}, hover = true): Promise<LargeDocumentLatency> {
  const c = new BenchClient(serverJs, env);
  try {
    await c.initialize();
    c.notify('initialized', {});
    const smallUri = 'file:///bench/small.news';
    const largeUri = 'file:///bench/large.news';
    c.notify('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'news-article', version: 1, text: small } });
    await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === smallUri, 30_000);
    const mention = analyze(small).entities[0]?.mentions[0];
    const position = positionAt(small, mention ? mention.start + 1 : 0);
    for (let i = 0; i < 10; i++) await c.request('textDocument/hover', { textDocument: { uri: smallUri }, position });
    let done: Json = null;
    const t0 = now();
    const published = c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === largeUri, 600_000).then((m) => { done = m; });
    c.notify('textDocument/didOpen', { textDocument: { uri: largeUri, languageId: 'news-article', version: 1, text: large } });
    const hovers: number[] = [];
    while (hover && !done) {
      const h0 = now();
      await c.request('textDocument/hover', { textDocument: { uri: smallUri }, position });
      hovers.push(now() - h0);
      await new Promise((r) => setTimeout(r, 20)); // an editor's pace, not a busy loop
    }
    await published;
    const diagnosticsMs = now() - t0;
    const tokens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const k0 = now();
      await c.request('textDocument/semanticTokens/full', { textDocument: { uri: largeUri } });
      tokens.push(now() - k0);
    }
    return { hovers, diagnosticsMs, diagnostics: (done as Json)?.params?.diagnostics?.length ?? 0, tokens };
  } finally {
    await c.close();
  }
}

export interface BurstPublishes {
  /** Publishes of the document's diagnostics during the burst. */
  publishes: number;
  /** The longest time without a publish during the burst (from its first edit to its last), ms. */
  longestGapMs: number;
  burstMs: number;
}

/**
 * Opens `text`, waits for its diagnostics, then edits it `edits` times `pauseMs` apart (a word typed
 * in the middle each time): how often diagnostics come during the burst (issue 21: at least every
 * second, though each analysis of a large document may take longer than the pauses).
 */
export async function burstPublishes(serverJs: string, text: string, edits: number, pauseMs: number): Promise<BurstPublishes> {
  const c = new BenchClient(serverJs);
  try {
    await c.initialize();
    c.notify('initialized', {});
    const uri = 'file:///bench/burst.news';
    const line = Math.floor(text.split('\n').length / 2);
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 600_000);
    const stamps: number[] = [];
    const t0 = now();
    // A waiter that never matches sees every message: it records when each publish came.
    void c.waitFor((m) => {
      if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && now() >= t0) stamps.push(now());
      return false;
    }, edits * pauseMs + 60_000);
    for (let v = 2; v < edits + 2; v++) {
      c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Then ' }] });
      await new Promise((r) => setTimeout(r, pauseMs));
    }
    const t1 = now();
    const during = stamps.filter((t) => t <= t1);
    const points = [t0, ...during, t1];
    let longestGapMs = 0;
    for (let i = 1; i < points.length; i++) longestGapMs = Math.max(longestGapMs, points[i] - points[i - 1]);
    return { publishes: during.length, longestGapMs, burstMs: t1 - t0 };
  } finally {
    await c.close();
  }
}
