// `npm run bench`: speed and memory of the core and of the language server, and the alternatives for
// the entity pass on the same text, in one run. bench/launch.mjs builds dist/ and this file, then runs it.
import * as os from 'node:os';
import * as path from 'node:path';
import type { Article } from './corpus';
import { samples, sharedTexts, syntheticCorpus } from './corpus';
import { entityPass, timeAnalyses, timeSamples, upToEntitiesNames } from './core-speed';
import { editorLatency, keystrokeLatency, startupTimes, workspaceIndexing } from './lsp-bench';
import { burstPublishes, largeDocumentLatency } from './lsp-large';
import type { LargeDocumentLatency } from './lsp-large';
import { loadCompromise, loadNer, loadWink, nerScore, ours } from './alternatives';
import type { Alternative } from './alternatives';
import { prf } from '../eval/types';
import { batchLines, batchOptions } from './batch';
import { reduceLines, reduceOptions } from './timeline-reduce';
import { heading, line, mb, median, ms, now, percentile } from './stats';
import { growthCase, growthLines } from './growth';
import { statementLines } from './statements';

declare const NEWSDESK_VERSION: string;

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const SHARED = path.resolve(ROOT, '..', 'shared');
const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
const CORPUS_BYTES = 5 * 1024 * 1024;
const COMPARE_BYTES = 1024 * 1024;
/** `--index-files N` measures the workspace with N articles instead (a quicker run while working on it). */
const INDEX_FILES = Number(process.argv[process.argv.indexOf('--index-files') + 1]) > 0 && process.argv.includes('--index-files')
  ? Number(process.argv[process.argv.indexOf('--index-files') + 1]) : 2000;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const kb = (s: string) => Buffer.byteLength(s) / 1024;
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

async function main(): Promise<void> {
  if (process.argv.includes('--growth-case')) {
    // A child of growthLines: one family at one size, in a process of its own.
    const at = process.argv.indexOf('--growth-case');
    return growthCase(process.argv[at + 1], Number(process.argv[at + 2]));
  }
  const started = now();
  const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0];
  process.stdout.write(`bench: Newsdesk ${typeof NEWSDESK_VERSION === 'string' ? NEWSDESK_VERSION : 'dev'}, node ${process.version}, ${os.cpus().length} cores (${cpuModel.trim()}), load average ${load.toFixed(1)}`
    + `${load > os.cpus().length ? ' (a busy machine: wall-clock times are inflated; CPU times less so)' : ''}\n`);

  if (process.argv.includes('--growth-only')) {
    // `npm run bench -- --growth-only [--growth-families a,b] [--growth-sizes 10,100] [--growth-seconds S]`.
    heading('Growth on hostile text (core analysis, a fresh process per size)');
    growthLines(process.argv[1], process.argv);
    return;
  }

  const seeds = samples(ROOT);
  const shared = sharedTexts(SHARED);
  const sources: Article[] = [...seeds, ...shared.articles];
  const corpus = syntheticCorpus(sources, CORPUS_BYTES);
  const from = shared.files.length ? `the samples and ../shared/data/{${shared.files.join(',')}}` : 'the samples only (../shared/data not present)';
  process.stdout.write(`inputs: ${seeds.length} sample articles (${seeds.reduce((s, a) => s + kb(a.text), 0).toFixed(1)} KB); `
    + `synthetic corpus of ${corpus.articles.length} articles, ${mb(corpus.bytes)}, from ${from}, built in memory\n`);

  if (process.argv.includes('--batch-only')) {
    // `npm run bench -- --batch-only [--batch-articles N] [--batch-sizes 1000,10000,100000] [--batch-seconds S]`:
    // only the lines of `newsdesk analyze --jsonl` (issue 18).
    heading('Batch (dist/cli.js analyze --jsonl, a real process over standard input)');
    return batchLines(ROOT, batchOptions(process.argv));
  }
  if (process.argv.includes('--reduce-only')) {
    // `npm run bench -- --reduce-only [--reduce-base N] [--reduce-sizes 10000,100000]`: only the timeline
    // as map and reduce (issue 18).
    heading('Timeline as map and reduce (dist/cli.js analyze --files-from, timeline --from-jsonl)');
    return reduceLines(ROOT, reduceOptions(process.argv));
  }
  if (process.argv.includes('--workspace-only')) {
    // `npm run bench -- --workspace-only`: only the workspace indexing lines.
    heading('Language server (dist/server.js --stdio)');
    return workspaceLines(corpus.articles);
  }
  if (process.argv.includes('--keystroke-only')) {
    // `npm run bench -- --keystroke-only`: only keystroke to diagnostics on the largest sample.
    heading('Language server (dist/server.js --stdio)');
    return keystrokeLine(seeds);
  }
  if (process.argv.includes('--statements-only')) {
    // `npm run bench -- --statements-only [--index-files N]`: only the statements lines (issue 20).
    heading('Statements quoted more than once (core, in process)');
    return statementLines(sources, INDEX_FILES);
  }
  if (process.argv.includes('--large-only')) {
    // `npm run bench -- --large-only`: only the large-document latency lines.
    heading('Language server (dist/server.js --stdio)');
    return largeDocument(seeds, corpus.articles);
  }
  if (process.argv.includes('--deadline-only')) {
    // `npm run bench -- --deadline-only`: only the burst line and the hovers beside an analysis that never ends.
    heading('Language server (dist/server.js --stdio)');
    await burstLine(seeds);
    return stuckDocument(seeds);
  }

  heading('Core analysis (in process, warm)');
  const st = timeSamples(seeds, 60);
  line('samples: time per article, median / p95', `${ms(median(st))} / ${ms(percentile(st, 95))}  (${seeds.length} articles x 60 rounds, mean ${(seeds.reduce((s, a) => s + kb(a.text), 0) / seeds.length).toFixed(1)} KB)`);
  // The issue's yardstick: the whole analysis of a 6 KB article, median once warm.
  const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const lt = timeSamples([largest], 100);
  line('largest sample: time per analysis, median / p95', `${ms(median(lt))} / ${ms(percentile(lt, 95))}  (${largest.name}, ${kb(largest.text).toFixed(1)} KB x 100)`);
  gc();
  const base = process.memoryUsage();
  const cs = timeAnalyses(corpus.articles);
  line('corpus: time per article, median / p95', `${ms(median(cs.times))} / ${ms(percentile(cs.times, 95))}  (${cs.times.length} articles, mean ${(cs.bytes / 1024 / cs.times.length).toFixed(1)} KB)`);
  line('corpus: throughput', `${(cs.bytes / 1024 / 1024 / (cs.totalMs / 1000)).toFixed(2)} MB/s  (${mb(cs.bytes)} in ${(cs.totalMs / 1000).toFixed(2)} s; by CPU time ${(cs.bytes / 1024 / 1024 / (cs.cpuMs / 1000)).toFixed(2)} MB/s)`);
  line('peak memory while analysing (RSS / heap used)', `${mb(cs.peakRss)} / ${mb(cs.peakHeap)}  (before: ${mb(base.rss)} / ${mb(base.heapUsed)})`);

  heading('Growth on hostile text (core analysis, a fresh process per size)');
  growthLines(process.argv[1], process.argv);

  heading('Language server (dist/server.js --stdio)');
  await largeDocument(seeds, corpus.articles);
  await burstLine(seeds);
  await stuckDocument(seeds);
  const starts = await startupTimes(SERVER_JS, 5);
  line('start-up until initialize answers, median of 5', ms(median(starts)));
  const article = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const lat = await editorLatency(SERVER_JS, article.text);
  line(`hover, median / p95 (${lat.hover.length} hovers, ${lat.hoverAnswered} with content)`, `${ms(median(lat.hover))} / ${ms(percentile(lat.hover, 95))}  (on ${article.name}, ${kb(article.text).toFixed(1)} KB)`);
  if (lat.semanticTokens) {
    line('semantic tokens (full), repeated, median', ms(median(lat.tokensRepeat)));
    line('semantic tokens (full) right after an edit, median', ms(median(lat.tokensAfterEdit)));
  } else line('semantic tokens', 'n/a (the server does not offer semanticTokensProvider)');
  line('server memory (RSS) with one article open', mb(lat.rss));
  await keystrokeLine(seeds);
  await workspaceLines(corpus.articles);

  heading('Statements quoted more than once (core, in process)');
  statementLines(sources, INDEX_FILES);

  heading('Batch (dist/cli.js analyze --jsonl, a real process over standard input)');
  await batchLines(ROOT, batchOptions(process.argv));

  heading('Timeline as map and reduce (dist/cli.js analyze --files-from, timeline --from-jsonl)');
  await reduceLines(ROOT, reduceOptions(process.argv));

  heading(`Entity pass vs alternatives (same text: the first ${mb(COMPARE_BYTES)} of the corpus)`);
  gc();
  const compare: Article[] = [];
  for (let b = 0, i = 0; b < COMPARE_BYTES && i < corpus.articles.length; i++) {
    compare.push(corpus.articles[i]);
    b += Buffer.byteLength(corpus.articles[i].text);
  }
  const compareBytes = compare.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  const cpu: number[] = [];
  const timeAll = (run: (t: string) => unknown) => {
    for (const a of compare.slice(0, 10)) run(a.text);
    const t0 = now();
    const c0 = process.cpuUsage();
    for (const a of compare) run(a.text);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return now() - t0;
  };
  const ner = loadNer(SHARED);
  const f1 = (predict: (t: string) => Array<{ start: number; end: number; type: string }>) => {
    if (!ner) return { typed: 'n/a', untyped: 'n/a' };
    const s = nerScore(ner, predict);
    return { typed: f2(prf(s.typed).f1), untyped: f2(prf(s.untyped).f1) };
  };
  const oursEntitiesMs = timeAll(entityPass);
  const oursAllMs = timeAll((t) => ours(t));
  const rows: string[][] = [['system', 'time', 'CPU', 'MB/s', 'ours faster: entity pass / whole', 'NER F1 typed', 'untyped']];
  const mbps = (t: number) => (compareBytes / 1024 / 1024 / (t / 1000)).toFixed(2);
  const sec = (t: number) => `${(t / 1000).toFixed(2)} s`;
  const oursF1 = f1(ours);
  rows.push([`ours, up to the entity pass (${upToEntitiesNames()})`, sec(oursEntitiesMs), sec(cpu[0]), mbps(oursEntitiesMs), '-', oursF1.typed, oursF1.untyped]);
  rows.push(['ours, whole analysis', sec(oursAllMs), sec(cpu[1]), mbps(oursAllMs), '-', oursF1.typed, oursF1.untyped]);
  const notes: string[] = [];
  const alternatives: Array<() => Alternative> = [loadCompromise, loadWink];
  for (const load of alternatives) {
    let alt: Alternative;
    try {
      alt = load();
    } catch (e) {
      notes.push(`${load.name.replace(/^load/, '').toLowerCase()}: not installed (${(e as Error).message.split('\n')[0]}); run npm ci`);
      continue;
    }
    const t = timeAll((x) => alt.run(x));
    const s = alt.entities ? f1(alt.entities) : alt.names ? { typed: 'n/a', untyped: f1(alt.names).untyped } : { typed: 'n/a', untyped: 'n/a' };
    const tc = cpu[cpu.length - 1];
    rows.push([alt.name, sec(t), sec(tc), mbps(t), `${(t / oursEntitiesMs).toFixed(1)}x / ${(t / oursAllMs).toFixed(1)}x (CPU ${(tc / cpu[0]).toFixed(1)}x / ${(tc / cpu[1]).toFixed(1)}x)`, s.typed, s.untyped]);
    if (alt.why) notes.push(`${alt.name}: typed F1 n/a: ${alt.why}`);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) process.stdout.write(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}\n`);
  process.stdout.write(`  (${compare.length} articles, ${mb(compareBytes)}; NER F1 ${ner ? `on ../shared/data/ner/dev.jsonl (${ner.length} documents): exact span and type, the gold's nested names forgiven, spans trimmed of punctuation and 's alike for all` : 'n/a: ../shared/data/ner/dev.jsonl not present'})\n`);
  if (ner) notes.unshift('ours: the shipped tagger was trained on these documents, so its F1 here is a training figure; the figure for news it never saw is the cross-validated one of `npm run eval -- ner`; the others never saw these documents');
  for (const n of notes) process.stdout.write(`  ${n}\n`);
  process.stdout.write(`\nbench: done in ${((now() - started) / 1000).toFixed(0)} s; process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}\n`);
}

/** Keystroke to diagnostics on the largest sample, 200 edits at a typist's pace. */
async function keystrokeLine(seeds: Article[]): Promise<void> {
  const article = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const times = await keystrokeLatency(SERVER_JS, article.text, 200, 250);
  line('keystroke to diagnostics, median / p95', `${ms(median(times))} / ${ms(percentile(times, 95))}  (${times.length} edits 250 ms apart on ${article.name}, ${kb(article.text).toFixed(1)} KB)`);
}

/** Indexing 2,000 articles, the workspace refresh after one edit, and the server's memory. */
async function workspaceLines(articles: readonly Article[]): Promise<void> {
  const idx = await workspaceIndexing(SERVER_JS, articles, INDEX_FILES);
  const label = idx.how === 'server' ? `workspace indexing, ${INDEX_FILES.toLocaleString('en')} articles` : `indexing ${INDEX_FILES.toLocaleString('en')} articles IN PROCESS (no server index)`;
  const cpu = idx.cpuMs !== undefined && Number.isFinite(idx.cpuMs) ? `, server CPU ${(idx.cpuMs / 1000).toFixed(2)} s (all threads)` : '';
  line(label, `${(idx.ms / 1000).toFixed(2)} s${cpu}  (${mb(idx.bytes)}; ${idx.note})`);
  line(idx.how === 'server' ? 'server memory (RSS) after indexing' : 'server memory (RSS) after initialize with the folder', mb(idx.serverRss));
  if (idx.idleRss !== undefined) line('  then once the server is idle', `${mb(idx.idleRss)}  (cross-article findings computed; idle after ${((idx.idleMs ?? 0) / 1000).toFixed(1)} s)`);
  const storm = Number.isFinite(idx.stormMs) ? `a hover after them answered in ${(idx.stormMs / 1000).toFixed(2)} s` : 'a hover after them got no answer in 10 minutes';
  line('server memory (RSS) after 1,000 edits that follow', `${mb(idx.stormRss)}  (sent without waiting; ${storm})`);
  if (idx.refresh) {
    const { rebuildMs, rebuildCpuMs, full, incremental } = idx.refresh;
    const cost = (c: typeof full) => `${mb(c.bytes)} in ${ms(c.ms)}  (${c.sent.toLocaleString('en')} ${c.sent === 1 ? 'analysis' : 'analyses'} sent, as many texts read)`;
    line('workspace refresh after one edit: timeline + entities', `${(rebuildMs / 1000).toFixed(2)} s, server CPU ${(rebuildCpuMs / 1000).toFixed(2)} s  (rebuilt by the server, the same with or without known)`);
    line('  then the answer, before (no known)', cost(full));
    line('  then the answer, with known stamps', `${cost(incremental)}; timeline and entities still whole`);
  } else if (idx.how === 'server') line('workspace refresh after one edit', 'n/a (the server sends no stamps)');
}

/** A small article's hover latency while a large one (about 4.8 MB) is analysed: in the worker, and on the main thread as before it. */
async function largeDocument(seeds: Article[], articles: Article[]): Promise<void> {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 4.8 * 1024 * 1024; i++) {
    parts.push(articles[i % articles.length].text);
    bytes += Buffer.byteLength(articles[i % articles.length].text) + 2;
  }
  const large = parts.join('\n\n');
  const small = seeds[0];
  const label = (how: string) => `hover on ${small.name.slice(0, 3)} (${kb(small.text).toFixed(1)} KB) while a ${mb(Buffer.byteLength(large))} article is analysed ${how}, median / max`;
  const ways = [['in the worker', {}], ['on the main thread (NEWSDESK_NO_WORKER=1, as before)', { NEWSDESK_NO_WORKER: '1' }]] as const;
  for (const [how, env] of ways) {
    const r = await largeDocumentLatency(SERVER_JS, small.text, large, env);
    line(label(how), `${ms(median(r.hovers))} / ${ms(Math.max(...r.hovers))}  (${r.hovers.length} hovers; the large article's ${r.diagnostics} diagnostics after ${(r.diagnosticsMs / 1000).toFixed(1)} s)`);
  }
  const quiet: LargeDocumentLatency[] = [];
  for (const [, env] of ways) quiet.push(await largeDocumentLatency(SERVER_JS, small.text, large, env, false));
  line('the large article\'s diagnostics with no other requests', `${(quiet[0].diagnosticsMs / 1000).toFixed(1)} s in the worker, ${(quiet[1].diagnosticsMs / 1000).toFixed(1)} s on the main thread`);
  line('then its semantic tokens (full), median of 5', `${ms(median(quiet[0].tokens))} from the worker's encoding, ${ms(median(quiet[1].tokens))} encoded on the main thread`);
}

/** An 80 KB article (the samples one after another) edited every 200 ms for 10 s: diagnostics at least every second (issue 21). */
async function burstLine(seeds: Article[]): Promise<void> {
  let text = '';
  for (let i = 0; text.length < 80 * 1024; i++) text += seeds[i % seeds.length].text + '\n\n';
  const r = await burstPublishes(SERVER_JS, text, 50, 200);
  line('80 KB article edited every 200 ms: publishes, longest gap', `${r.publishes} in ${(r.burstMs / 1000).toFixed(1)} s, longest gap ${ms(r.longestGapMs)}  (aim: at most 1 s)`);
}

/**
 * A short article whose analysis never ends (the worker's test hook spins on the marker, as a
 * pathological text would, issue 21): hovers on a small one until the deadline (5 s of CPU) stops it.
 */
async function stuckDocument(seeds: Article[]): Promise<void> {
  const small = seeds[0];
  const spinning = `${seeds[1].text}\n\nNEWSDESK_TEST_SPIN_WORKER\n`;
  const r = await largeDocumentLatency(SERVER_JS, small.text, spinning, { NEWSDESK_TEST_HOOKS: '1' });
  line(`hover on ${small.name.slice(0, 3)} while an analysis spins until its deadline, median / max`, `${ms(median(r.hovers))} / ${ms(Math.max(...r.hovers))}  (${r.hovers.length} hovers; stopped, its diagnostic after ${(r.diagnosticsMs / 1000).toFixed(1)} s)`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
