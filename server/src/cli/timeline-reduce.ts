// `newsdesk timeline --from-jsonl FILE|-` (issue 18): the reduce step of a timeline over an archive.
// The map step is `newsdesk analyze --jsonl`, run anywhere (GNU parallel, Spark, Hadoop Streaming);
// its lines `{"id", "analysis"}` carry each event and figure with what merging compares (analysis 1.2),
// so this merges them without the texts and without analysing anything again. Each analysis is cut
// down as it is read to what the merge uses, so memory follows the events, not the texts.
//
// What it cannot do without the texts: date an undated article from another article's events (the
// timeline on files analyses such an article again with the date it infers). It names the articles
// concerned and the date each would get, so that the map step can be run again for them with it.
import * as fs from 'node:fs';
import { anchorsWithoutTexts, buildTimeline } from '../core';
import type { ArticleAnalysis, Entity, TimelineDocument, TimelineEvent } from '../core';
import { comparable } from '../core/timeline/figures';
import { splitLines } from './lines';
import { formatTimelineMarkdown, formatTimelineText } from './timeline-format';

export interface ReduceIo {
  stdin: () => AsyncIterable<Buffer | string>;
  write: (text: string) => Promise<void>;
  stderr: (text: string) => void;
}

/** True when argv asks for the reducer. */
export function isTimelineReduce(argv: readonly string[]): boolean {
  return argv[0] === 'timeline' && argv.includes('--from-jsonl');
}

/** A line may hold one large analysis; a line above this is refused rather than held. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;
/** Unreadable lines named one by one on standard error, then only counted. */
const NAMED_PROBLEMS = 10;

interface ReduceArgs { from: string; format: 'text' | 'json' | 'markdown'; stats: boolean }

function parseArgs(argv: readonly string[]): ReduceArgs | string {
  const args: ReduceArgs = { from: '', format: 'text', stats: false };
  const rest = argv.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--from-jsonl') {
      const v = rest[++i];
      if (v === undefined) return '--from-jsonl needs a FILE (or - for standard input)';
      args.from = v;
    } else if (arg === '--json' || arg === '--markdown') {
      if (args.format !== 'text') return '--json and --markdown exclude each other';
      args.format = arg === '--json' ? 'json' : 'markdown';
    } else if (arg === '--stats') args.stats = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else return `timeline --from-jsonl takes no FILE besides its own (got ${arg})`;
  }
  return args;
}

interface Tally { lines: number; analyses: number; failed: number; unreadable: number; duplicates: number; withoutKeys: number }

export async function runTimelineReduce(argv: readonly string[], io: ReduceIo, usageLine: string): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`newsdesk: ${args}\n${usageLine}\n`);
    return 2;
  }
  if (args.from !== '-' && !fs.existsSync(args.from)) {
    io.stderr(`newsdesk: --from-jsonl ${args.from}: no such file\n`);
    return 2;
  }
  const started = performance.now();
  const tally: Tally = { lines: 0, analyses: 0, failed: 0, unreadable: 0, duplicates: 0, withoutKeys: 0 };
  const articles: ArticleAnalysis[] = [];
  const files = new Set<string>();
  const words = new Interner();
  const problem = (lineNo: number, what: string) => {
    if (++tally.unreadable <= NAMED_PROBLEMS) io.stderr(`newsdesk: line ${lineNo}: ${what}\n`);
  };
  const source = args.from === '-' ? io.stdin() : fs.createReadStream(args.from);
  for await (const l of splitLines(source, MAX_LINE_BYTES)) {
    tally.lines++;
    if (!('bytes' in l)) {
      problem(l.lineNo, `line of ${Math.ceil(l.oversize / 1048576)} MB, over the limit of ${MAX_LINE_BYTES / 1048576} MB`);
      continue;
    }
    let item: unknown;
    try {
      item = JSON.parse(l.bytes.toString('utf8'));
    } catch {
      problem(l.lineNo, 'not JSON');
      continue;
    }
    const rec = item as { id?: unknown; analysis?: unknown; error?: unknown };
    if (rec && typeof rec === 'object' && rec.error !== undefined && rec.analysis === undefined) {
      tally.failed++; // an article the map step could not analyse: it said why in its own output
      continue;
    }
    const a = rec && typeof rec === 'object' ? (rec.analysis as ArticleAnalysis | undefined) : undefined;
    if (!isAnalysis(a)) {
      problem(l.lineNo, 'no "analysis" (lines are what `newsdesk analyze --jsonl` writes)');
      continue;
    }
    if (files.has(a.file)) {
      tally.duplicates++;
      continue;
    }
    files.add(a.file);
    const slim = slimAnalysis(a, words);
    if (a.figures.some((f) => !f.keys && comparable(f))) tally.withoutKeys++;
    articles.push(slim);
    tally.analyses++;
  }
  const doc = buildTimeline(articles);
  const anchors = anchorsWithoutTexts(articles);
  if (args.format === 'json') await writeJson(doc, io.write);
  else await io.write(args.format === 'markdown' ? formatTimelineMarkdown(doc) : formatTimelineText(doc));
  report(tally, io);
  if (anchors.length) {
    io.stderr(`newsdesk: ${anchors.length} undated articles could be dated from other articles' events; merged without their texts they stay as analysed. `
      + 'Analyse them again with "published" set to the date below (or run `newsdesk timeline FILE...`):\n');
    for (const x of anchors.slice(0, NAMED_PROBLEMS)) io.stderr(`  ${x.file}: published ${x.anchor} (from ${x.from})\n`);
    if (anchors.length > NAMED_PROBLEMS) io.stderr(`  and ${anchors.length - NAMED_PROBLEMS} more\n`);
  }
  if (args.stats) {
    const u = process.resourceUsage();
    const ms = performance.now() - started;
    io.stderr(`newsdesk: stats: ${tally.analyses} analyses, ${doc.events.length + doc.undated.length} events, ${doc.disagreements.length} disagreements, `
      + `${(ms / 1000).toFixed(2)} s, CPU ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)} s, max RSS ${(u.maxRSS / 1024).toFixed(1)} MB\n`);
  }
  return tally.unreadable > 0 ? 1 : 0;
}

function report(t: Tally, io: ReduceIo): void {
  if (t.unreadable > NAMED_PROBLEMS) io.stderr(`newsdesk: ${t.unreadable - NAMED_PROBLEMS} more unreadable lines\n`);
  if (t.failed) io.stderr(`newsdesk: ${t.failed} error lines skipped (articles the analysis could not read)\n`);
  if (t.duplicates) io.stderr(`newsdesk: ${t.duplicates} analyses skipped: the same id again (the first one is kept)\n`);
  if (t.withoutKeys) io.stderr(`newsdesk: ${t.withoutKeys} analyses older than 1.2: their figures are not compared (run the analysis again)\n`);
}

function isAnalysis(a: unknown): a is ArticleAnalysis {
  const x = a as ArticleAnalysis | undefined;
  return !!x && typeof x === 'object' && typeof x.file === 'string' && Array.isArray(x.timeline) && Array.isArray(x.entities) && Array.isArray(x.figures);
}

/**
 * What the merge reads of an analysis, and nothing else: events, entities (names, types, roles and the
 * first mention, which a role disagreement points at), figures that carry keys, quotations (for the
 * statements). Diagnostics, other mentions and spans are dropped as soon as the line is read.
 */
function slimAnalysis(a: ArticleAnalysis, words: Interner): ArticleAnalysis {
  const needDates = a.timeline.some((e) => e.explicit === undefined);
  const w = (x: string) => words.one(x);
  const ws = (xs: string[]) => xs.map(w);
  return {
    file: a.file,
    headline: null,
    sections: [],
    publishedDate: a.publishedDate ?? null,
    boilerplate: [],
    entities: a.entities.map((e): Entity => ({
      id: w(e.id), name: w(e.name), type: e.type, role: e.role === null ? null : w(e.role), aliases: ws(e.aliases), mentions: e.mentions.slice(0, 1),
    })),
    // The statements (versions of one quotation across articles) read the quotations; scare quotes never count.
    quotes: a.quotes.filter((q) => q.kind !== 'scare'),
    figures: a.figures.filter((f) => f.keys).map((f) => ({ ...f, unit: f.unit === null ? null : w(f.unit), keys: { ...f.keys!, words: ws(f.keys!.words) } })),
    dates: needDates ? a.dates : [],
    diagnostics: [],
    timeline: a.timeline.map((e): TimelineEvent => ({
      ...e, date: e.date === null ? null : w(e.date), dateText: w(e.dateText), entityIds: ws(e.entityIds),
      ...(e.keys ? { keys: { words: ws(e.keys.words), names: ws(e.keys.names) } } : {}),
    })),
  };
}

/**
 * One copy of each short string: key words, names, ids, roles and dates recur across an archive's
 * articles (its vocabulary), while each line is parsed into fresh copies. Sentences are not shared.
 */
class Interner {
  private readonly seen = new Map<string, string>();

  one(x: string): string {
    if (x.length > 64) return x;
    const had = this.seen.get(x);
    if (had !== undefined) return had;
    this.seen.set(x, x);
    return x;
  }
}

/**
 * The same bytes as `JSON.stringify(doc, null, 2)`, written an array element at a time: a timeline of
 * a million articles is larger than the longest string V8 makes.
 */
export async function writeJson(doc: TimelineDocument, write: (text: string) => Promise<void>): Promise<void> {
  const entries = Object.entries(doc);
  await write('{\n');
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const comma = i < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      await write(`  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`);
      continue;
    }
    await write(`  ${JSON.stringify(key)}: [\n`);
    for (let k = 0; k < value.length; k++) await write(`    ${indent(JSON.stringify(value[k], null, 2), '    ')}${k < value.length - 1 ? ',' : ''}\n`);
    await write(`  ]${comma}\n`);
  }
  await write('}\n');
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}
