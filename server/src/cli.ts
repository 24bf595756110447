// The command-line tool: argv -> core -> text or JSON. A second adapter over the core, beside the server.
import * as fs from 'node:fs';
import { analyze, buildTimeline, decodeArticle, sizeRefusal, ANALYSIS_VERSION, ANALYSIS_MINOR_VERSION, DEFAULT_MAX_FILE_SIZE_KB } from './core';
import type { ArticleAnalysis, TimelineDocument } from './core';
import { formatSummary } from './cli/summary';
import { formatTimelineMarkdown, formatTimelineText } from './cli/timeline-format';
import { isBatchCommand, runBatch } from './cli/batch';
import { isBatchWorker, runBatchWorker } from './cli/batch-worker';
import { isTimelineReduce, runTimelineReduce } from './cli/timeline-reduce';

declare const NEWSDESK_VERSION: string;
const VERSION = typeof NEWSDESK_VERSION === 'string' ? NEWSDESK_VERSION : '0.0.0-dev';

const USAGE = 'usage: newsdesk analyze FILE... [--json] | newsdesk analyze --jsonl | --files-from FILE [--jobs N]'
  + ' | newsdesk check FILE... | --jsonl | --files-from FILE [--format text|sarif] [--fail-on SEVERITY]'
  + ' | newsdesk timeline FILE... | --from-jsonl FILE [--json | --markdown] | --help | --version';

const HELP = `Newsdesk: annotate news articles with actors, quotes, figures, dates and problems.

${USAGE}

Commands:
  analyze FILE...     a short summary of each article (--json: {"version": 1, "articles": [...]})
  analyze --jsonl     JSON Lines in on standard input ({"id", "text", "published"?, "source"?} a line),
                      one line out per article as soon as it is done, in input order:
                      {"id", "analysis"} or {"id", "error": {"code", "message"}}
  analyze --files-from FILE
                      the same output for the files named one per line in FILE (- for standard input)
  check FILE...       findings as file:line:col: severity code message (also --jsonl, --files-from);
                      exit 1 when one is at or above --fail-on (default warning)
  timeline FILE...    the dated events of the articles, merged (--json or --markdown)
  timeline --from-jsonl FILE
                      the same, merged from analyses already made: the lines of analyze --jsonl
                      (- for standard input); nothing is analysed again (--stats: time and memory)

FILE may be - to read one article from standard input.
Options:
  --json              machine-readable output
  --markdown          (timeline) a Markdown table
  --max-size-kb N     refuse files larger than N KB (default ${DEFAULT_MAX_FILE_SIZE_KB})
  --jobs N            (--jsonl, --files-from, check) analyse on N worker threads (default: the cores)
  --format sarif      (check) a SARIF 2.1.0 log instead of lines
  --fail-on S         (check) error, warning, information, hint or none (default warning)
  --silenced FILE     (check) silenced findings; default: the nearest .newsdesk/silenced.json
  --stats             (--jsonl, --files-from, check) items, time, CPU and peak memory on standard error
  --help, --version
Exit codes: 0 all files analysed, 1 some file could not be read or is not text, 2 wrong usage.
With --jsonl and --files-from a bad item is an error line and the exit code stays 0 (a stream
engine would fail the whole task otherwise); check exits 1 on a finding at or above --fail-on.`;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Uint8Array;
  readStdin: () => Uint8Array;
  /** The file's size in bytes, checked before reading so that a huge file is refused without being read. */
  sizeOf?: (path: string) => number;
}

export function main(argv: string[], io: Io): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (argv.includes('--version')) {
    io.stdout(`newsdesk ${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Set<string>();
  let maxSizeKB = DEFAULT_MAX_FILE_SIZE_KB;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--max-size-kb') {
      const n = Number(rest[++i]);
      if (!Number.isFinite(n) || n <= 0) return usage(io, '--max-size-kb needs a positive number');
      maxSizeKB = n;
    } else if (arg.startsWith('--')) flags.add(arg);
    else files.push(arg);
  }
  const allowed = command === 'analyze' ? ['--json'] : command === 'timeline' ? ['--json', '--markdown'] : null;
  if (!allowed) return usage(io, command ? `unknown command "${command}"` : 'no command given');
  const unknown = [...flags].find((f) => !allowed.includes(f));
  if (unknown) return usage(io, `unknown option ${unknown}`);
  if (flags.has('--json') && flags.has('--markdown')) return usage(io, '--json and --markdown exclude each other');
  if (files.length === 0) return usage(io, 'no FILE given');
  if (files.filter((f) => f === '-').length > 1) return usage(io, '- (standard input) may be given once');

  let failed = false;
  const analyses: ArticleAnalysis[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let bytes: Uint8Array;
    try {
      const refusal = file !== '-' && io.sizeOf ? sizeRefusal(io.sizeOf(file), maxSizeKB) : null;
      if (refusal) {
        io.stderr(`newsdesk: ${name}: ${refusal}\n`);
        failed = true;
        continue;
      }
      bytes = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (e) {
      io.stderr(`newsdesk: ${name}: cannot read: ${describeError(e)}\n`);
      failed = true;
      continue;
    }
    const decoded = decodeArticle(bytes, maxSizeKB);
    if (!decoded.ok) {
      io.stderr(`newsdesk: ${name}: ${decoded.error}\n`);
      failed = true;
      continue;
    }
    analyses.push(analyze(decoded.text, { file: name }));
    texts.set(name, decoded.text);
  }

  if (command === 'analyze') {
    if (flags.has('--json')) io.stdout(JSON.stringify({ version: ANALYSIS_VERSION, minorVersion: ANALYSIS_MINOR_VERSION, articles: analyses }, null, 2) + '\n');
    else io.stdout(analyses.map(formatSummary).join('\n'));
  } else {
    const doc: TimelineDocument = buildTimeline(analyses, texts);
    if (flags.has('--json')) io.stdout(JSON.stringify(doc, null, 2) + '\n');
    else if (flags.has('--markdown')) io.stdout(formatTimelineMarkdown(doc));
    else io.stdout(formatTimelineText(doc));
  }
  return failed ? 1 : 0;
}

function usage(io: Io, problem: string): number {
  io.stderr(`newsdesk: ${problem}\n${USAGE}\n`);
  return 2;
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'is a directory';
  if (err?.code === 'EACCES') return 'permission denied';
  return err?.message ?? String(e);
}

/** Writes to standard output and resolves once the stream can take more (back-pressure). */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

if (isBatchWorker()) runBatchWorker();
else if (require.main === module && isTimelineReduce(process.argv.slice(2)) && !process.argv.includes('--help') && !process.argv.includes('--version')) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  void runTimelineReduce(process.argv.slice(2), {
    stdin: () => process.stdin,
    write: writeStdout,
    stderr: (s) => process.stderr.write(s),
  }, USAGE).then((code) => {
    process.exitCode = code;
  });
} else if (require.main === module && isBatchCommand(process.argv.slice(2)) && !process.argv.includes('--help') && !process.argv.includes('--version')) {
  // The reader went away (`| head`): stop quietly, as a Unix filter does.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  void runBatch(process.argv.slice(2), {
    stdin: () => process.stdin,
    write: writeStdout,
    stderr: (s) => process.stderr.write(s),
    workerScript: __filename,
  }, VERSION, USAGE).then((code) => {
    process.exitCode = code;
  });
} else if (require.main === module) {
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (p) => fs.readFileSync(p),
    readStdin: () => fs.readFileSync(0),
    sizeOf: (p) => fs.statSync(p).size,
  });
  process.exitCode = code;
}
