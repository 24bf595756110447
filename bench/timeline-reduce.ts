// `npm run bench -- --reduce-only` (and the timeline lines of the whole bench): the timeline of an archive
// as map and reduce (issue 18). Spliced articles (bench/splice.ts), each dated, are written to files and
// analysed once (`analyze --files-from`, the map step); the timeline is then made two ways on the same
// articles, from scratch (`timeline FILE...`) and from the analyses (`timeline --from-jsonl`), and the
// two outputs are compared byte for byte. Larger archives are made by splicing the analyses (each
// line again under a new id), fed to the reducer on standard input: time and peak memory.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spliceSource, splicedArticle } from './splice';
import { line } from './stats';

export interface ReduceBenchOptions { base: number; sizes: number[] }

export function reduceOptions(argv: readonly string[]): ReduceBenchOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    base: Number(value('--reduce-base') ?? 2000),
    sizes: (value('--reduce-sizes') ?? '10000,100000').split(',').map(Number).filter((n) => n > 0),
  };
}

interface Run { wallS: number; peakMB: number; stdout: string; stdoutBytes: number; stderr: string }

/** Peak resident memory of a running process so far (Linux VmHWM), in MB. */
function peakOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Runs the CLI; `input` lines (if any) are written with back-pressure; stdout kept only when `keep`. */
async function run(cli: string, args: string[], input: Iterable<string> | null, keep: boolean): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let peak = NaN;
  const sampler = setInterval(() => {
    const p = peakOf(child.pid!);
    if (!Number.isNaN(p)) peak = p;
  }, 100);
  const out: Buffer[] = [];
  let bytes = 0;
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    bytes += d.length;
    if (keep) out.push(d);
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  if (input) {
    for (const l of input) if (!child.stdin!.write(l)) await new Promise((r) => child.stdin!.once('drain', r));
    child.stdin!.end();
  }
  const code = await closed;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`newsdesk ${args.slice(0, 2).join(' ')} exited ${code}: ${stderr.slice(0, 500)}`);
  // The reducer's own figure (getrusage) is exact; the sampled one is a lower bound for the others.
  const stats = /max RSS ([\d.]+) MB/.exec(stderr);
  return { wallS: (performance.now() - started) / 1000, peakMB: stats ? Number(stats[1]) : peak, stdout: Buffer.concat(out).toString('utf8'), stdoutBytes: bytes, stderr };
}

/** The analysis lines again and again, each under a new id: `count` lines in all, one string at a time. */
function* splicedAnalyses(lines: readonly string[], count: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    const l = lines[i % lines.length];
    const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(l);
    if (!m) throw new Error(`not an analysis line: ${l.slice(0, 80)}`);
    const id = JSON.stringify(`r${i}`);
    // The id and the analysis's file (the same string) take the new name.
    yield l.replace(m[1], id).replace(`"file":${m[1]}`, `"file":${id}`) + '\n';
  }
}

export async function reduceLines(root: string, opts: ReduceBenchOptions): Promise<void> {
  const cli = path.join(root, 'dist', 'cli.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-reduce-'));
  try {
    const src = spliceSource(path.join(root, 'samples'));
    const files: string[] = [];
    for (let i = 0; i < opts.base; i++) {
      const a = splicedArticle(src, i, 4);
      const file = path.join(dir, `${a.id}.txt`);
      // Dated, as an archive's articles are: an undated one is dated from the others by analysing it again.
      fs.writeFileSync(file, `---\npublished: ${a.published ?? `2025-06-${String(1 + (i % 28)).padStart(2, '0')}`}\n---\n${a.text}`);
      files.push(file);
    }
    const list = path.join(dir, 'files.txt');
    fs.writeFileSync(list, files.join('\n') + '\n');
    const n = opts.base.toLocaleString('en');

    const map = await run(cli, ['analyze', '--files-from', list, '--jobs', '2'], null, true);
    const analyses = map.stdout.split('\n').filter(Boolean);
    const perAnalysis = map.stdoutBytes / analyses.length / 1024;
    line(`map: analyze --files-from, ${n} articles (--jobs 2)`, `${map.wallS.toFixed(1)} s  (${(map.stdoutBytes / 1048576).toFixed(1)} MB of analyses, ${perAnalysis.toFixed(1)} KB each)`);

    const scratch = await run(cli, ['timeline', ...files, '--json'], null, true);
    line(`timeline from scratch, ${n} articles`, `${scratch.wallS.toFixed(1)} s, peak RSS ${scratch.peakMB.toFixed(0)} MB (sampled)`);
    const reduced = await run(cli, ['timeline', '--from-jsonl', '-', '--json', '--stats'], analyses.map((l) => l + '\n'), true);
    const same = reduced.stdout === scratch.stdout ? 'the same JSON byte for byte' : 'DIFFERENT JSON';
    const doc = JSON.parse(reduced.stdout) as { events: unknown[]; undated: unknown[]; disagreements: unknown[] };
    line(`reduce: timeline --from-jsonl, ${n} analyses`, `${reduced.wallS.toFixed(1)} s, peak RSS ${reduced.peakMB.toFixed(0)} MB  (${same}: ${doc.events.length + doc.undated.length} events, ${doc.disagreements.length} disagreements)`);

    for (const count of opts.sizes) {
      const r = await run(cli, ['timeline', '--from-jsonl', '-', '--json', '--stats'], splicedAnalyses(analyses, count), false);
      const stats = /stats: (\d+) analyses, (\d+) events, (\d+) disagreements/.exec(r.stderr);
      line(`reduce: timeline --from-jsonl, ${count.toLocaleString('en')} analyses`, `${r.wallS.toFixed(1)} s, peak RSS ${r.peakMB.toFixed(0)} MB  (${stats ? `${Number(stats[2]).toLocaleString('en')} events, ${stats[3]} disagreements` : 'no stats'}; ${(count * perAnalysis / 1024).toFixed(0)} MB in, ${(r.stdoutBytes / 1048576).toFixed(0)} MB out)`);
    }
    process.stdout.write(`  (articles spliced from the samples, a headline and 2-4 paragraphs, each dated; the larger archives repeat the ${n} analyses under new ids, so each event has ${opts.sizes.map((c) => Math.round(c / opts.base)).join(' / ')} sources)\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
