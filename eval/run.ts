// The runner behind `npm run eval` (eval/launch.mjs bundles it with every eval/sets/*.ts and runs it):
// one table row per (set, area) with precision, recall, F1 and counts, a line per set that cannot run
// and why, the misses per set with --misses, and a one-line summary as the last line.
import type { Counts, EvalResult, EvalRow, EvalSet } from './types';
import { prf } from './types';

export function isEvalSet(x: unknown): x is EvalSet {
  const s = x as EvalSet;
  return !!s && typeof s === 'object' && typeof s.name === 'string' && typeof s.unavailable === 'function' && typeof s.run === 'function';
}

/** The EvalSets a module exports (default or named), in export order. */
export function setsOf(mod: Record<string, unknown>): EvalSet[] {
  return [...new Set(Object.values(mod).filter(isEvalSet))];
}

const num = (x: number) => x.toFixed(2);

export function formatTable(rows: readonly EvalRow[]): string[] {
  const head = ['set', 'area', 'P', 'R', 'F1', 'tp', 'fp', 'fn', ''];
  const body = rows.map((r) => {
    const s = prf(r.counts);
    return [r.set, r.area, num(s.precision), num(s.recall), num(s.f1), String(r.counts.tp), String(r.counts.fp), String(r.counts.fn), r.note ?? ''];
  });
  const widths = head.map((_, i) => Math.max(head[i].length, ...body.map((b) => b[i].length)));
  const right = new Set([2, 3, 4, 5, 6, 7]);
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), ...body.map(line)];
}

export function sumCounts(rows: readonly EvalRow[]): Counts {
  return rows.reduce((a, r) => ({ tp: a.tp + r.counts.tp, fp: a.fp + r.counts.fp, fn: a.fn + r.counts.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** "<set> F1 0.84" per data set named in the rows (micro-averaged over its areas), unless the set gave its own summary. */
export function summaryParts(result: EvalResult): string[] {
  if (result.summary) return [result.summary];
  const bySet = new Map<string, EvalRow[]>();
  for (const r of result.rows) bySet.set(r.set, [...(bySet.get(r.set) ?? []), r]);
  return [...bySet].map(([set, rows]) => `${set} F1 ${num(prf(sumCounts(rows)).f1)}`);
}

export interface RunOutput { lines: string[]; failed: boolean }

/** Runs every set; never throws (a failing set is reported and makes the run fail). */
export function runSets(sets: readonly EvalSet[], opts: { misses?: boolean; only?: string[] } = {}): RunOutput {
  const rows: EvalRow[] = [];
  const notes: string[] = [];
  const misses: string[] = [];
  const summary: string[] = [];
  let failed = false;
  const chosen = opts.only?.length ? sets.filter((s) => opts.only!.some((o) => s.name.includes(o))) : sets;
  for (const set of chosen) {
    let why: string | null;
    try {
      why = set.unavailable();
    } catch (e) {
      why = `cannot tell whether it can run: ${(e as Error).message}`;
    }
    if (why) {
      notes.push(`${set.name}: ${why}: skipped`);
      summary.push(`${set.name} skipped`);
      continue;
    }
    const t0 = performance.now();
    try {
      const result = set.run();
      rows.push(...result.rows);
      if (opts.misses) misses.push(`misses in ${set.name} (${result.misses.length}):`, ...result.misses.map((m) => `  ${m}`));
      summary.push(...summaryParts(result));
      notes.push(`${set.name}: ${result.rows.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed = true;
      notes.push(`${set.name}: FAILED: ${(e as Error)?.stack ?? String(e)}`);
      summary.push(`${set.name} FAILED`);
    }
  }
  const lines = [...formatTable(rows), '', ...notes];
  if (misses.length) lines.push('', ...misses);
  lines.push('', `eval: ${summary.join(' · ') || 'no evaluation set found'}`);
  return { lines, failed };
}

/** Entry point used by the bundle that eval/launch.mjs builds: modules are eval/sets/*.ts, by file name. */
export function main(modules: Array<[string, Record<string, unknown>]>, argv: string[]): void {
  const sets: EvalSet[] = [];
  const pre: string[] = [];
  for (const [file, mod] of modules) {
    const found = setsOf(mod);
    if (found.length === 0) pre.push(`eval/sets/${file} exports no EvalSet: skipped`);
    sets.push(...found);
  }
  sets.sort((a, b) => (a.name === 'seeds' ? -1 : b.name === 'seeds' ? 1 : a.name.localeCompare(b.name)));
  const only = argv.filter((a) => !a.startsWith('--'));
  const out = runSets(sets, { misses: argv.includes('--misses'), only });
  const lines = pre.length ? [...pre, ...out.lines] : out.lines;
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = out.failed ? 1 : 0;
}
