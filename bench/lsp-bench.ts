// The language server measured over its real protocol (dist/server.js --stdio): start-up time,
// hover and semantic-token latency, workspace indexing of 2,000 articles and the server's memory.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, decodeArticle } from '../server/src/core';
import type { Article } from './corpus';
import { BenchClient } from './lsp-client';
import { median, now } from './stats';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Milliseconds from spawning the server to its answer to initialize, `runs` times. */
export async function startupTimes(serverJs: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const c = new BenchClient(serverJs);
    await c.initialize();
    out.push(now() - t0);
    c.notify('initialized', {});
    await c.close();
  }
  return out;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

export interface EditorLatency {
  hover: number[];
  hoverAnswered: number;
  semanticTokens: boolean;
  tokensRepeat: number[];
  tokensAfterEdit: number[];
  rss: number;
}

/** Hover at the names, quotes and figures of an article; semantic tokens repeated and right after edits. */
export async function editorLatency(serverJs: string, text: string): Promise<EditorLatency> {
  const c = new BenchClient(serverJs);
  const init = await c.initialize();
  c.notify('initialized', {});
  const uri = 'file:///bench/article.news';
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10_000);
  const a = analyze(text);
  const offsets = [...a.entities.flatMap((e) => e.mentions.map((m) => m.start + 1)), ...a.quotes.map((q) => q.start + 1), ...a.figures.map((f) => f.start)];
  for (let i = 0; offsets.length < 200 && i < text.length; i += 97) offsets.push(i);
  const positions = offsets.slice(0, 200).map((o) => positionAt(text, o));
  for (const p of positions.slice(0, 10)) await c.request('textDocument/hover', { textDocument: { uri }, position: p });
  const hover: number[] = [];
  let hoverAnswered = 0;
  for (const p of positions) {
    const t0 = now();
    const r = await c.request('textDocument/hover', { textDocument: { uri }, position: p });
    hover.push(now() - t0);
    if (r) hoverAnswered++;
  }
  const semanticTokens = !!init?.capabilities?.semanticTokensProvider;
  const tokensRepeat: number[] = [];
  const tokensAfterEdit: number[] = [];
  if (semanticTokens) {
    for (let i = 0; i < 40; i++) {
      const t0 = now();
      await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      if (i >= 5) tokensRepeat.push(now() - t0);
    }
    for (let i = 0; i < 30; i++) {
      const edited = i % 2 ? text : text + ' ';
      const t0 = now();
      c.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited }] });
      await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      tokensAfterEdit.push(now() - t0);
    }
  }
  const rss = c.rssBytes();
  await c.close();
  return { hover, hoverAnswered, semanticTokens, tokensRepeat, tokensAfterEdit, rss };
}

/**
 * Keystroke to diagnostics: `edits` one-character edits to an open article, each once the previous
 * one's diagnostics arrived and a pause of `pauseMs` passed (a typist's pace, not a burst); the time
 * from sending the edit to the publish of that version.
 */
export async function keystrokeLatency(serverJs: string, text: string, edits: number, pauseMs: number): Promise<number[]> {
  const c = new BenchClient(serverJs);
  await c.initialize();
  c.notify('initialized', {});
  const uri = 'file:///bench/keystrokes.news';
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 30_000);
  const out: number[] = [];
  const at = text.indexOf('\n') + 1;
  let cur = text;
  for (let v = 2; v < edits + 2; v++) {
    await new Promise((r) => setTimeout(r, pauseMs));
    cur = v % 2 ? cur.slice(0, at) + cur.slice(at + 1) : `${cur.slice(0, at)}x${cur.slice(at)}`;
    const t0 = now();
    const published = c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v, 30_000);
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: cur }] });
    if (await published) out.push(now() - t0);
  }
  await c.close();
  return out;
}

export interface IndexResult {
  /** 'server' when the server indexed the folder itself; 'in-process' when it has no index and the core was timed instead. */
  how: 'server' | 'in-process';
  ms: number;
  files: number;
  bytes: number;
  /** The server's resident memory after indexing (or after initialize with the folder, when it has no index). */
  serverRss: number;
  /** The same once the server is idle after indexing (its cross-article findings computed, the spare worker started), and how long that took. */
  idleRss?: number;
  idleMs?: number;
  /** The server's CPU time (every thread: main and workers) from initialize to the end of indexing. */
  cpuMs?: number;
  /** The server's resident memory after a storm of 1,000 edits to one open article that follows, and how long the storm took to settle. */
  stormRss: number;
  stormMs: number;
  /** A workspace refresh after one edit (the side panel's newsdesk/workspace), without and with `known`. */
  refresh?: { rebuildMs: number; rebuildCpuMs: number; full: RefreshCost; incremental: RefreshCost };
  note: string;
}

export interface RefreshCost {
  /** Median bytes of the answer. */
  bytes: number;
  /** Median time of the request plus reading the sent articles' texts from disk, as the client does. */
  ms: number;
  /** Analyses sent (texts the client reads). */
  sent: number;
}

/** Writes `n` articles into a temporary folder and initializes the server with it as workspace folder. */
export async function workspaceIndexing(serverJs: string, articles: readonly Article[], n: number): Promise<IndexResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-ws-'));
  try {
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const text = articles[i % articles.length].text;
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
    }
    const c = new BenchClient(serverJs);
    try {
      const t0 = now();
      const cpu0 = c.cpuMs();
      await c.initialize(dir);
      c.notify('initialized', {});
      const begin = await c.waitFor((m) => m.method === '$/progress' && m.params?.value?.kind === 'begin', 3000);
      if (begin) {
        const token = begin.params.token;
        const end = await c.waitFor((m) => m.method === '$/progress' && m.params?.token === token && m.params?.value?.kind === 'end', 600_000);
        if (!end) throw new Error('indexing did not end in 10 minutes');
        const ms = now() - t0;
        const cpuMs = c.cpuMs() - cpu0;
        const serverRss = c.rssBytes();
        const idle = await quiet(c);
        // The storm first: its memory figure is not the high-water mark of the refresh's large answers.
        const storm = await editStorm(c, articles[0].text);
        const refresh = await workspaceRefresh(c, dir);
        return { how: 'server', ms, cpuMs, files: n, bytes, serverRss, idleRss: c.rssBytes(), idleMs: idle, refresh, ...storm, note: 'from initialize to the end of the server\'s indexing progress' };
      }
      const ws: Json = await c.request('newsdesk/workspace', { articles: false }, 600_000).catch(() => null);
      if (ws && typeof ws.indexing === 'boolean') {
        for (let r: Json = ws; r?.indexing;) {
          await new Promise((res) => setTimeout(res, 200));
          r = await c.request('newsdesk/workspace', { articles: false }, 600_000);
        }
        const ms = now() - t0;
        const serverRss = c.rssBytes();
        return { how: 'server', ms, files: n, bytes, serverRss, ...(await editStorm(c, articles[0].text)), note: 'from initialize until newsdesk/workspace reports indexing done (no progress seen)' };
      }
      const serverRss = c.rssBytes();
      const t1 = now();
      for (const f of fs.readdirSync(dir)) {
        const d = decodeArticle(fs.readFileSync(path.join(dir, f)));
        if (d.ok) analyze(d.text, { file: f });
      }
      const ms = now() - t1;
      return { how: 'in-process', ms, files: n, bytes, serverRss, ...(await editStorm(c, articles[0].text)), note: 'the server has no workspace index yet: read + decode + analyze of the files in this process' };
    } finally {
      await c.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The side panel's refresh in workspace scope after one edit to one open article. The server first
 * rebuilds the workspace timeline and entities (the same for both, timed apart, by a request without
 * articles); then newsdesk/workspace with every analysis (no `known`, as before) against one with the
 * stamps from before the edit, each followed by reading the texts of the analyses sent, as the client
 * does. Medians of 3, alternating.
 */
async function workspaceRefresh(c: BenchClient, dir: string): Promise<IndexResult['refresh']> {
  const first: Json = await c.request('newsdesk/workspace', { articles: true }, 1_800_000);
  if (!first.stamps) return undefined;
  const file = path.join(dir, 'article-0000.txt');
  const uri = pathToFileURL(file).toString();
  const text = fs.readFileSync(file, 'utf8');
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nAn edit.\n` }] });
  // A first answer after one edit would include the edited article's own analysis: a hover on it first.
  await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const t0 = now();
  const cpu0 = c.cpuMs();
  await c.request('newsdesk/workspace', { articles: false }, 1_800_000);
  const rebuildMs = now() - t0;
  const rebuildCpuMs = c.cpuMs() - cpu0;
  const runs = { full: [] as number[][], incremental: [] as number[][] };
  for (let i = 0; i < 6; i++) {
    const kind = i % 2 === 0 ? 'full' : 'incremental';
    const b0 = c.bytesIn;
    const t1 = now();
    const ws: Json = await c.request('newsdesk/workspace', kind === 'full' ? { articles: true } : { articles: true, known: first.stamps }, 600_000);
    await Promise.all(ws.articles.map((a: Json) => fs.promises.readFile(fileURLToPath(a.file), 'utf8').catch(() => '')));
    runs[kind].push([c.bytesIn - b0, now() - t1, ws.articles.length]);
  }
  const cost = (rs: number[][]): RefreshCost => ({ bytes: median(rs.map((r) => r[0])), ms: median(rs.map((r) => r[1])), sent: median(rs.map((r) => r[2])) });
  return { rebuildMs, rebuildCpuMs, full: cost(runs.full), incremental: cost(runs.incremental) };
}

/**
 * Waits until the server has used no CPU for a second (after indexing it computes the cross-article
 * findings and starts a fresh spare worker); milliseconds waited, at most two minutes.
 */
async function quiet(c: BenchClient): Promise<number> {
  const t0 = now();
  let last = c.cpuMs();
  let still = 0;
  while (still < 4 && now() - t0 < 120_000) {
    await new Promise((r) => setTimeout(r, 250));
    const cpu = c.cpuMs();
    still = cpu - last <= 10 ? still + 1 : 0;
    last = cpu;
  }
  return now() - t0;
}

/** 1,000 full-text edits (inserts, deletes, whole-article pastes, reversals) sent without waiting; then one hover; RSS half a second later. */
async function editStorm(c: BenchClient, text: string): Promise<{ stormRss: number; stormMs: number }> {
  const uri = 'file:///bench/storm.news';
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  let cur = text;
  const t0 = now();
  for (let v = 2; v <= 1001; v++) {
    const r = rnd();
    const at = Math.floor(rnd() * (cur.length + 1));
    if (r < 0.45) cur = cur.slice(0, at) + 'and the minister said “no” ' + cur.slice(at);
    else if (r < 0.9) cur = cur.slice(0, at) + cur.slice(Math.min(cur.length, at + 1 + Math.floor(rnd() * 40)));
    else if (r < 0.95) cur = cur.slice(0, at) + text + cur.slice(at);
    else cur = text;
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: cur }] });
  }
  // Requests are answered in order after the notifications before them: the hover's answer means every edit was taken in.
  // On a busy machine it may take long: past ten minutes the storm's time is reported as not measured
  // (NaN), not as the bench's failure.
  const answered = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, 600_000).then(() => true, () => false);
  const stormMs = answered ? now() - t0 : NaN;
  await new Promise((r) => setTimeout(r, 500));
  const stormRss = c.rssBytes();
  c.notify('textDocument/didClose', { textDocument: { uri } });
  return { stormMs, stormRss };
}
