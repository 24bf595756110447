// TempEval-3 (TimeBank + AQUAINT) temporal expressions: span F1 and value F1 of `dates` against the
// gold DATE and TIME TIMEX3s. Each document goes through analyze() with its creation date as front
// matter (`published:`); offsets are shifted back by the front matter's length.
// Scoring: a found date overlapping a gold DATE/TIME is a span hit (one-to-one, in text order); a value
// hit also needs the normalized value equal to the gold one (week numbers compared zero-padded: gold
// writes both 2000-W7 and 2000-W07). Found dates that overlap only a gold DURATION or SET are neither
// hits nor false alarms (those are figures, or left out, per issue #6).
// Values are compared in one notation where TimeML writes one value two ways (canonicalValue).
// Value F1 is given per source too (the wire or paper of the document id: WSJ, APW, NYT, ...): TimeBank's
// Wall Street Journal quarters and AQUAINT's wire weekdays fail for different reasons.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { prf, type Counts, type EvalResult, type EvalSet } from '../types';

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface TimexDoc {
  id: string;
  text: string;
  dct: string;
  timexes: Timex[];
}

function repoRoot(): string {
  let dir = process.cwd();
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'eval', 'types.ts'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

const DATA = (): string => path.resolve(repoRoot(), '..', 'shared', 'data', 'timex', 'dev.jsonl');

/**
 * One notation for values TimeML writes two ways with the same meaning (ISO 8601 reduced precision, which
 * TIMEX3 values follow): a week number with or without its leading zero (2000-W7 = 2000-W07); seconds or
 * minutes of zero at the end of a clock time (T17:00:00 = T17:00 = T17, the hour); trailing unspecified
 * fields, which add nothing to the coarser value they follow (1948-XX = 1948-XX-XX = 1948, the year;
 * 1998-10-XX = 1998-10); a decade or century with its unspecified last digits written out (196X = 196, the
 * 1960s; 19XX = 19). An unspecified field inside a value (1989-WXX, XXXX-10) is not equated with any
 * specific one: that would count a guess as right.
 */
export function canonicalValue(v: string | null): string {
  if (v === null) return '';
  return v
    .replace(/-W(\d)(?!\d)/, '-W0$1')
    .replace(/(T\d{2}:\d{2}):00$/, '$1')
    .replace(/(T\d{2})$/, '$1:00')
    .replace(/^(\d{4}(?:-\d{2})?)(?:-XX)+$/, '$1')
    .replace(/^(\d{3})X$/, '$1')
    .replace(/^(\d{2})XX$/, '$1');
}

/** The source of a document, from its id: the wire or paper (APW19980818.0515 → APW, wsj_0006 → WSJ). */
export function sourceOf(id: string): string {
  return (/^[A-Za-z]+/.exec(id)?.[0] ?? 'other').toUpperCase();
}

export interface TimexScore {
  span: Counts;
  value: Counts;
  /** Value counts per source (sourceOf), sources in order of first document. */
  bySource: Map<string, Counts>;
  misses: string[];
  ms: number;
}

export function scoreTimex(docs: TimexDoc[]): TimexScore {
  const span: Counts = { tp: 0, fp: 0, fn: 0 };
  const value: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const bySource = new Map<string, Counts>();
  let ms = 0;
  for (const d of docs) {
    const src = bySource.get(sourceOf(d.id)) ?? { tp: 0, fp: 0, fn: 0 };
    bySource.set(sourceOf(d.id), src);
    const before = { ...value };
    const prefix = `---\npublished: ${d.dct}\n---\n`;
    const t0 = performance.now();
    const a = analyze(prefix + d.text, { file: d.id });
    ms += performance.now() - t0;
    const found = a.dates.map((x) => ({ ...x, start: x.start - prefix.length, end: x.end - prefix.length }));
    const gold = d.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const ignore = d.timexes.filter((t) => t.type === 'DURATION' || t.type === 'SET');
    const used = new Set<number>();
    for (const f of found) {
      const gi = gold.findIndex((g, i) => !used.has(i) && f.start < g.end && g.start < f.end);
      const ctx = JSON.stringify(d.text.slice(Math.max(0, f.start - 40), f.end + 20));
      if (gi < 0) {
        if (ignore.some((g) => f.start < g.end && g.start < f.end)) continue;
        span.fp++;
        value.fp++;
        misses.push(`${d.id} false alarm "${f.text}"=${f.value} in ${ctx}`);
        continue;
      }
      used.add(gi);
      span.tp++;
      const g = gold[gi];
      if (canonicalValue(f.value) === canonicalValue(g.value)) value.tp++;
      else {
        value.fp++;
        value.fn++;
        misses.push(`${d.id} (dct ${d.dct}) value "${f.text}"=${f.value} gold "${g.text}"=${g.value} in ${ctx}`);
      }
    }
    gold.forEach((g, i) => {
      if (used.has(i)) return;
      span.fn++;
      value.fn++;
      misses.push(`${d.id} (dct ${d.dct}) missed "${g.text}"=${g.value} in ${JSON.stringify(d.text.slice(Math.max(0, g.start - 40), g.end + 20))}`);
    });
    src.tp += value.tp - before.tp;
    src.fp += value.fp - before.fp;
    src.fn += value.fn - before.fn;
  }
  return { span, value, bySource, misses, ms };
}

export function loadTimex(file: string): TimexDoc[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TimexDoc);
}

export const timex: EvalSet = {
  name: 'timex',
  unavailable() {
    return fs.existsSync(DATA()) ? null : `${path.relative(repoRoot(), DATA())} not present`;
  },
  run(): EvalResult {
    const docs = loadTimex(DATA());
    const s = scoreTimex(docs);
    const note = `${docs.length} documents, ${(s.ms / docs.length).toFixed(2)} ms each`;
    const sources = [...s.bySource].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn));
    return {
      rows: [
        { set: 'timex/dev', area: 'dates span', counts: s.span, note },
        { set: 'timex/dev', area: 'dates value', counts: s.value },
        ...sources.map(([src, counts]) => ({ set: 'timex/dev', area: `  value ${src}`, counts })),
      ],
      misses: s.misses,
      summary: `timex/dev value F1 ${prf(s.value).f1.toFixed(2)}`,
    };
  },
};

export default timex;
