// A greedy averaged-perceptron BIO tagger over the features of features.ts. Its weights
// (data/model.json) are trained by scripts/train-ner.ts; see data/README.md for the data used.
import type { EntityType } from '../types';
import { type DocStats, type Tok, capRuns, features, gazetteer, plainlyOutside, shapeOf } from './features';
import model from './data/model.json';

export const LABELS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'];

export type Weights = Map<string, Float32Array>;

export interface TaggedSpan {
  /** Token indexes [from, to) in the run. */
  from: number;
  to: number;
  type: EntityType;
}

let loaded: Weights | null = null;
let override: Weights | null = null;

/** Runs fn with other weights than the shipped ones: cross-validation scores models trained without the scored documents. */
export function withWeights<T>(weights: Weights, fn: () => T): T {
  const prior = override;
  override = weights;
  try {
    return fn();
  } finally {
    override = prior;
  }
}

function shippedWeights(): Weights {
  if (override) return override;
  if (loaded) return loaded;
  const m = model as { labels: string[]; scale: number; weights: Record<string, number[]> };
  const w: Weights = new Map();
  for (const [feat, row] of Object.entries(m.weights)) {
    const arr = new Float32Array(LABELS.length);
    for (let k = 0; k < row.length; k++) arr[k] = row[k] / m.scale;
    w.set(feat, arr);
  }
  loaded = w;
  return w;
}

export function tagFeatures(prev: string, tok: Tok): string[] {
  return [`t=${prev}`, `tsh=${prev}|${shapeOf(tok)}`, `tw=${prev}|${tok.cap ? '<cap>' : tok.lower}`];
}

/** Whether label may follow prev (I-x only after B-x or I-x). */
export function allowed(prev: string, label: string): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2);
}

export function scores(weights: Weights, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const row = weights.get(f);
    if (!row) continue;
    for (let k = 0; k < out.length; k++) out[k] += row[k];
  }
}

/** Labels for a token run, greedily left to right. */
export function tagRun(toks: Tok[], stats: DocStats, weights: Weights = shippedWeights()): string[] {
  const gaz = gazetteer(toks);
  const cr = capRuns(toks);
  const out: string[] = [];
  const s = new Float64Array(LABELS.length);
  let prev = 'O';
  for (let i = 0; i < toks.length; i++) {
    if (prev === 'O' && plainlyOutside(toks[i])) {
      out.push('O');
      continue;
    }
    const feats = features(toks, i, gaz, stats, cr).concat(tagFeatures(prev, toks[i]));
    scores(weights, feats, s);
    let best = 0;
    for (let k = 1; k < LABELS.length; k++) if (allowed(prev, LABELS[k]) && s[k] > s[best]) best = k;
    prev = LABELS[best];
    out.push(prev);
  }
  return out;
}

export function spansOf(labels: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'O') continue;
    const type = labels[i].slice(2) as EntityType;
    let j = i + 1;
    while (j < labels.length && labels[j] === `I-${type}`) j++;
    out.push({ from: i, to: j, type });
    i = j - 1;
  }
  return out;
}
