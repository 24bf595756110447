// `npm run bench -- --batch-only` (and the batch lines of the whole bench): `newsdesk analyze --jsonl`
// as a pipeline runs it, a real process fed spliced articles (bench/splice.ts) on standard input
// with back-pressure, its output read and checked line by line (ids out = ids in, in order).
// Throughput for --jobs 1 and --jobs 2 on the same articles; peak memory on growing streams, with
// a time cap per run so that a busy machine still finishes (a capped run says how far it got).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spliceSource, splicedLines } from './splice';
import { line } from './stats';

interface StreamRun {
  /** Articles written to the process. */
  sent: number;
  /** Output lines read back, each the id expected next. */
  received: number;
  /** The first id out of order or missing, if any. */
  mismatch: string | null;
  wallMs: number;
  /** From the CLI's --stats line: the whole process (worker threads included). */
  cpuS: number;
  maxRssMB: number;
  /** Resident memory sampled from /proc while it ran (Linux), by articles received so far. */
  rssSamples: Array<{ at: number; mb: number }>;
  capped: boolean;
}

function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function streamRun(cli: string, samplesDir: string, count: number, jobs: number, capSeconds: number, maxParagraphs: number): Promise<StreamRun> {
  const src = spliceSource(samplesDir);
  const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', '--jobs', String(jobs), '--stats'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const started = performance.now();
  const run: StreamRun = { sent: 0, received: 0, mismatch: null, wallMs: 0, cpuS: NaN, maxRssMB: NaN, rssSamples: [], capped: false };
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  let partial = '';
  const sampleEvery = Math.max(1, Math.floor(count / 10));
  child.stdout.on('data', (d: Buffer) => {
    const text = partial + d.toString('utf8');
    let at = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
      const m = /^\{"id":"a(\d+)"/.exec(text.slice(at, at + 40));
      if (!run.mismatch && (!m || Number(m[1]) !== run.received)) run.mismatch = `line ${run.received + 1}: ${text.slice(at, at + 40)}`;
      run.received++;
      if (run.received % sampleEvery === 0) {
        const rss = rssOf(child.pid!);
        if (rss !== null) run.rssSamples.push({ at: run.received, mb: rss });
      }
      at = nl + 1;
    }
    partial = text.slice(at);
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (const l of splicedLines(src, 0, count, maxParagraphs)) {
    if ((performance.now() - started) / 1000 > capSeconds) {
      run.capped = true;
      break;
    }
    if (!child.stdin.write(l)) await new Promise((r) => child.stdin.once('drain', r));
    run.sent++;
  }
  child.stdin.end();
  const code = await closed;
  run.wallMs = performance.now() - started;
  const stats = /CPU ([\d.]+) s, max RSS ([\d.]+) MB/.exec(stderr);
  if (code !== 0 || !stats) throw new Error(`newsdesk analyze --jsonl exited ${code}: ${stderr.slice(0, 500)}`);
  run.cpuS = Number(stats[1]);
  run.maxRssMB = Number(stats[2]);
  if (!run.mismatch && run.received !== run.sent) run.mismatch = `${run.sent} articles in, ${run.received} lines out`;
  return run;
}

export interface BatchBenchOptions { throughputArticles: number; sizes: number[]; capSeconds: number }

export function batchOptions(argv: readonly string[]): BatchBenchOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--batch-sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
  return { throughputArticles: Number(value('--batch-articles') ?? 1000), sizes, capSeconds: Number(value('--batch-seconds') ?? 240) };
}

export async function batchLines(root: string, opts: BatchBenchOptions): Promise<void> {
  const cli = path.join(root, 'dist', 'cli.js');
  const samplesDir = path.join(root, 'samples');
  const verdict = (r: StreamRun) => (r.mismatch ? `ids MISMATCH (${r.mismatch})` : `ids out = ids in (${r.received.toLocaleString('en')}, in order)`);
  const rates: number[] = [];
  for (const jobs of [1, 2]) {
    const r = await streamRun(cli, samplesDir, opts.throughputArticles, jobs, Infinity, 7);
    const rate = r.received / (r.wallMs / 1000);
    rates.push(rate);
    line(`analyze --jsonl --jobs ${jobs}: articles/s`, `${rate.toFixed(1)}  (${r.received.toLocaleString('en')} spliced articles in ${(r.wallMs / 1000).toFixed(1)} s, CPU ${r.cpuS.toFixed(1)} s, max RSS ${r.maxRssMB.toFixed(0)} MB; ${verdict(r)})`);
  }
  line('  --jobs 2 over --jobs 1', `${(rates[1] / rates[0]).toFixed(2)}x (wall clock; the process start and each worker's warm-up included)`);
  for (const n of opts.sizes) {
    const r = await streamRun(cli, samplesDir, n, 2, opts.capSeconds, 3);
    const how = r.capped ? `STOPPED at the ${opts.capSeconds} s cap after ${r.sent.toLocaleString('en')} of ${n.toLocaleString('en')}` : `all ${n.toLocaleString('en')}`;
    const samples = r.rssSamples.length ? `; RSS while running ${r.rssSamples.map((s) => `${s.mb.toFixed(0)}`).join(' / ')} MB at each tenth` : '';
    line(`peak RSS, stream of ${n.toLocaleString('en')} articles (--jobs 2)`, `${r.maxRssMB.toFixed(1)} MB  (${how} in ${(r.wallMs / 1000).toFixed(0)} s; ${verdict(r)}${samples})`);
  }
  process.stdout.write(`  (articles spliced from ${fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length} samples: a headline and 2-7 paragraphs for the speed lines, 2-3 for the memory lines; the RSS figures are the whole process's, worker threads included)\n`);
}
