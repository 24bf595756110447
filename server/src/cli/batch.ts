// The streaming commands: `newsdesk analyze --jsonl | --files-from FILE` and `newsdesk check`.
// Arguments -> a source of items -> the ordered pipeline (batch-run.ts) on the main thread or
// worker threads (batch-pool.ts) -> standard output, one line (or SARIF result) per item.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { DEFAULT_MAX_FILE_SIZE_KB } from '../core';
import type { Severity } from '../core';
import { splitLines } from './lines';
import type { BatchJob, BatchMode, BatchSettings } from './batch-item';
import { InProcessAnalyser, WorkerPool } from './batch-pool';
import type { Analyser } from './batch-pool';
import { runOrdered } from './batch-run';
import { sarifHead, sarifTail, SEVERITY_RANK } from './check-format';

export interface BatchIo {
  /** Standard input, asked for only when read (a stream that is never read keeps no process alive). */
  stdin: () => AsyncIterable<Buffer | string>;
  /** Resolves when the text is written or buffered below the stream's high-water mark. */
  write: (text: string) => Promise<void>;
  stderr: (text: string) => void;
  /** The script a worker thread runs (the CLI bundle itself). */
  workerScript: string;
}

/** True when argv asks for one of the streaming commands this file serves. */
export function isBatchCommand(argv: readonly string[]): boolean {
  return argv[0] === 'check' || (argv[0] === 'analyze' && (argv.includes('--jsonl') || argv.includes('--files-from')));
}

interface BatchArgs {
  command: 'analyze' | 'check';
  source: { kind: 'jsonl' } | { kind: 'files-from'; file: string } | { kind: 'files'; files: string[] };
  jobs: number;
  maxSizeKB: number;
  format: 'text' | 'sarif';
  /** Rank at or above which `check` exits 1; Infinity for --fail-on none. */
  failOn: number;
  silencedFile?: string;
  /** Print items, time, CPU and peak memory to standard error at the end. */
  stats: boolean;
}

const FAIL_ON_DEFAULT: Severity = 'warning';

export function defaultJobs(): number {
  const ap = (os as { availableParallelism?: () => number }).availableParallelism;
  return Math.max(1, typeof ap === 'function' ? ap() : os.cpus().length);
}

function parseArgs(argv: readonly string[]): BatchArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'check') return `unknown command "${command}"`;
  let jsonl = false;
  let filesFrom: string | undefined;
  const files: string[] = [];
  const args: BatchArgs = { command, source: { kind: 'jsonl' }, jobs: defaultJobs(), maxSizeKB: DEFAULT_MAX_FILE_SIZE_KB, format: 'text', failOn: SEVERITY_RANK[FAIL_ON_DEFAULT], stats: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => rest[++i];
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--stats') args.stats = true;
    else if (arg === '--files-from') {
      filesFrom = value();
      if (filesFrom === undefined) return '--files-from needs a FILE (or - for standard input)';
    } else if (arg === '--jobs' || arg === '-j') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return '--jobs needs a whole number of 1 or more';
      args.jobs = n;
    } else if (arg === '--max-size-kb') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) return '--max-size-kb needs a positive number';
      args.maxSizeKB = n;
    } else if (arg === '--format' && command === 'check') {
      const f = value();
      if (f !== 'text' && f !== 'sarif') return '--format is text or sarif';
      args.format = f;
    } else if (arg === '--fail-on' && command === 'check') {
      const s = value();
      if (s === 'none') args.failOn = Infinity;
      else if (s && s in SEVERITY_RANK) args.failOn = SEVERITY_RANK[s as Severity];
      else return '--fail-on is error, warning, information, hint or none';
    } else if (arg === '--silenced' && command === 'check') {
      args.silencedFile = value();
      if (args.silencedFile === undefined) return '--silenced needs a FILE';
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  const sources = [jsonl, filesFrom !== undefined, files.length > 0].filter(Boolean).length;
  if (sources > 1) return 'give one of --jsonl, --files-from FILE, or FILE...';
  if (sources === 0) return command === 'check' ? 'no FILE given (or --jsonl, --files-from FILE)' : 'no input (--jsonl or --files-from FILE)';
  if (files.includes('-')) return 'check reads standard input with --jsonl or --files-from -';
  args.source = jsonl ? { kind: 'jsonl' } : filesFrom !== undefined ? { kind: 'files-from', file: filesFrom } : { kind: 'files', files };
  return args;
}

/** One line for benchmarks and logs; the CPU and the peak memory are the whole process's, worker threads included. */
function statsLine(items: number, failed: number, ms: number, jobs: number): string {
  const u = process.resourceUsage();
  const cpu = (u.userCPUTime + u.systemCPUTime) / 1e6;
  return `newsdesk: stats: ${items} items, ${failed} failed, ${(ms / 1000).toFixed(2)} s, ${(items / (ms / 1000)).toFixed(1)} items/s, `
    + `CPU ${cpu.toFixed(2)} s, max RSS ${(u.maxRSS / 1024).toFixed(1)} MB, jobs ${jobs}\n`;
}

/** A JSON line may carry its text escaped: the line's cap is above the text's, which is checked after parsing. */
function lineCap(maxSizeKB: number): number {
  return Math.ceil(maxSizeKB * 1024 * 4 + 64 * 1024);
}

async function* jobsOf(args: BatchArgs, io: BatchIo): AsyncGenerator<BatchJob> {
  if (args.source.kind === 'files') {
    let lineNo = 0;
    for (const path of args.source.files) yield { kind: 'path', lineNo: ++lineNo, path };
    return;
  }
  if (args.source.kind === 'jsonl') {
    for await (const l of splitLines(io.stdin(), lineCap(args.maxSizeKB))) {
      yield 'bytes' in l ? { kind: 'line', lineNo: l.lineNo, bytes: l.bytes } : { kind: 'oversize', lineNo: l.lineNo, size: l.oversize, head: l.head };
    }
    return;
  }
  const from = args.source.file;
  const stream = from === '-' ? io.stdin() : fs.createReadStream(from);
  for await (const l of splitLines(stream, 64 * 1024)) {
    if ('bytes' in l) yield { kind: 'path', lineNo: l.lineNo, path: l.bytes.toString('utf8').trim() };
    else yield { kind: 'oversize', lineNo: l.lineNo, size: l.oversize, head: l.head };
  }
}

export async function runBatch(argv: readonly string[], io: BatchIo, version: string, usageLine: string): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`newsdesk: ${args}\n${usageLine}\n`);
    return 2;
  }
  if (args.source.kind === 'files-from' && args.source.file !== '-' && !fs.existsSync(args.source.file)) {
    io.stderr(`newsdesk: --files-from ${args.source.file}: no such file\n`);
    return 2;
  }
  const mode: BatchMode = args.command === 'analyze' ? 'analyze' : args.format === 'sarif' ? 'check-sarif' : 'check-text';
  const settings: BatchSettings = { mode, maxSizeKB: args.maxSizeKB, silencedFile: args.silencedFile };
  const analyser: Analyser = args.jobs === 1 ? new InProcessAnalyser(settings) : new WorkerPool(io.workerScript, args.jobs, settings);
  // In flight at most: a few items per worker, so workers never wait for input and memory stays flat.
  const window = Math.max(4, args.jobs * 4);
  let first = true;
  const write = mode === 'check-sarif'
    ? (text: string) => {
      const piece = first ? text : `,\n${text}`;
      first = false;
      return io.write(piece);
    }
    : io.write;
  try {
    if (mode === 'check-sarif') await io.write(sarifHead());
    const started = performance.now();
    const summary = await runOrdered(jobsOf(args, io), analyser, window, write);
    if (args.stats) io.stderr(statsLine(summary.items, summary.failed, performance.now() - started, args.jobs));
    if (mode === 'check-sarif') await io.write(sarifTail(version, summary.codes));
    if (args.command === 'analyze') return 0;
    return summary.worst >= args.failOn ? 1 : 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EPIPE') return 0;
    io.stderr(`newsdesk: ${err?.message ?? String(e)}\n`);
    return 1;
  } finally {
    await analyser.close();
  }
}
