// The shape shared by every evaluation set (eval/sets/<name>.ts) and the runner (`npm run eval`).

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalRow {
  /** The data set, e.g. "seeds", "ner/dev", "timex/dev", "quotes/dev", "garbling". */
  set: string;
  /** What is scored, e.g. "entities/person", "dates value", "quotes", "speakers", "garbled". */
  area: string;
  counts: Counts;
  /** Extra figure for the table, e.g. "false alarms 0.4 per 5,000 words". */
  note?: string;
}

export interface EvalResult {
  rows: EvalRow[];
  /** Human-readable misses and false alarms, listed with --misses. */
  misses: string[];
  /**
   * Optional: this set's part of the runner's one-line summary, e.g. "timex/dev value F1 0.81" or
   * "garbling recall 0.74 false alarms 0.4/5k words". Without it the runner prints "<set> F1 <micro F1 over its rows>".
   */
  summary?: string;
}

export interface EvalSet {
  name: string;
  /** Null when the set can run; otherwise why not (e.g. "../shared/data/ner/dev.jsonl not present"). */
  unavailable(): string | null;
  run(): EvalResult;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
