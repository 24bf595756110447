// An averaged-perceptron BIO tagger over the features of features.ts, decoded greedily or by Viterbi. Its weights
// (data/model.json) are trained by scripts/train-ner.ts; see data/README.md for the data used.
import type { EntityType } from '../types';
import { type CapRuns, type DocStats, type FeatureSink, FeatureStrings, type Tok, capRuns, features, featuresInto, gazetteer, plainlyOutside, shapeOf } from './features';
import model from './data/model.json';

export const LABELS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'];

export type Weights = Map<string, Float32Array>;

export interface TaggedSpan {
  /** Token indexes [from, to) in the run. */
  from: number;
  to: number;
  type: EntityType;
}

/** How a run's labels are chosen: left to right one at a time, or the best sequence (Viterbi). */
export type Decoding = 'greedy' | 'viterbi';
interface Model { weights: Weights; decoding: Decoding }

let loaded: Model | null = null;
let override: Model | null = null;

/** Runs fn with other weights than the shipped ones: cross-validation scores models trained without the scored documents. */
export function withWeights<T>(weights: Weights, fn: () => T, decoding: Decoding = 'greedy'): T {
  const prior = override;
  override = { weights, decoding };
  try {
    return fn();
  } finally {
    override = prior;
  }
}

function shipped(): Model {
  if (override) return override;
  if (loaded) return loaded;
  const m = model as { labels: string[]; scale: number; decoding?: Decoding; weights: Record<string, number[]> };
  const w: Weights = new Map();
  // One array for all rows, each row a view of it: a typed array of its own per feature (6,000 of them)
  // was most of the model's loading, which the first article of a process waits for (issue 17).
  const feats = Object.keys(m.weights);
  const flat = new Float32Array(feats.length * LABELS.length);
  for (let i = 0; i < feats.length; i++) {
    const row = m.weights[feats[i]];
    const at = i * LABELS.length;
    for (let k = 0; k < row.length; k++) flat[at + k] = row[k] / m.scale;
    w.set(feats[i], flat.subarray(at, at + LABELS.length));
  }
  loaded = { weights: w, decoding: m.decoding ?? 'greedy' };
  return loaded;
}

/** The weights tagRun uses (the shipped ones, or those of withWeights). */
export function currentWeights(): Weights {
  return shipped().weights;
}

export function tagFeatures(prev: string, tok: Tok): string[] {
  return tagFeaturesInto(prev, tok, new FeatureStrings()).list;
}

/** The features pairing the previous label with this token, into a sink (see FeatureSink). */
function tagFeaturesInto<S extends FeatureSink>(prev: string, tok: Tok, f: S): S {
  f.one('t=', prev);
  f.two('tsh=', prev, shapeOf(tok));
  f.two('tw=', prev, tok.cap ? '<cap>' : tok.lower);
  return f;
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

/**
 * Adds the weights of the features a token is given straight into its scores, in the order scores() adds
 * them (so the sums are the same to the last bit), without making the feature strings: a templated
 * feature is looked up by its parts in maps keyed by the parts (the words and shapes are the tokens' own
 * strings, whose hashes are kept). Making and hashing some 25 strings per scored token was most of the
 * tagger's time (issue 17). The maps of a template are built from the weights the first time it is used:
 * every feature string that starts with it, under every way of cutting the rest at a "|", so a lookup by
 * parts finds exactly the feature whose string is the parts joined.
 */
export class FeatureScorer implements FeatureSink {
  private readonly ones = new Map<string, Map<string, Float32Array>>();
  private readonly twos = new Map<string, Map<string, Map<string, Float32Array>>>();
  /** The features by their head (up to the first "=" or "|"), made on first use: a template's features share its head. */
  private heads: Map<string, Array<[string, Float32Array]>> | null = null;
  out: Float64Array = new Float64Array(LABELS.length);

  constructor(private readonly weights: Weights) {}

  /**
   * The features that may start with the template: those of its head. Building a template's maps from
   * these instead of from every feature keeps the first article's start short (a one-line file built
   * some 25 maps from all 6,000 features).
   */
  private startingWith(template: string): Array<[string, Float32Array]> {
    if (!this.heads) {
      this.heads = new Map();
      for (const [f, row] of this.weights) {
        const h = f.slice(0, headEnd(f));
        let list = this.heads.get(h);
        if (!list) this.heads.set(h, (list = []));
        list.push([f, row]);
      }
    }
    const end = headEnd(template);
    // A template without "=" or "|" may start features of longer heads: all of them are looked at.
    const candidates = end === template.length && !/[=|]$/.test(template) ? [...this.weights] : this.heads.get(template.slice(0, end)) ?? [];
    return candidates.filter(([f]) => f.startsWith(template));
  }

  private add(row: Float32Array | undefined): void {
    if (!row) return;
    const out = this.out;
    for (let k = 0; k < out.length; k++) out[k] += row[k];
  }

  push(feature: string): void {
    this.add(this.weights.get(feature));
  }

  one(template: string, value: string): void {
    let m = this.ones.get(template);
    if (!m) {
      m = new Map();
      for (const [f, row] of this.startingWith(template)) m.set(f.slice(template.length), row);
      this.ones.set(template, m);
    }
    this.add(m.get(value));
  }

  two(template: string, a: string, b: string): void {
    let m = this.twos.get(template);
    if (!m) {
      m = new Map();
      for (const [f, row] of this.startingWith(template)) {
        const rest = f.slice(template.length);
        for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) {
          const head = rest.slice(0, bar);
          let inner = m.get(head);
          if (!inner) m.set(head, (inner = new Map()));
          inner.set(rest.slice(bar + 1), row);
        }
      }
      this.twos.set(template, m);
    }
    this.add(m.get(a)?.get(b));
  }
}

/** A token's scores after label prev: what scores() gives for its features and tagFeatures(prev), found by the scorer. */
export function scoreToken(scorer: FeatureScorer, toks: Tok[], i: number, gaz: string[], stats: DocStats, cr: CapRuns, prev: string, out: Float64Array): void {
  out.fill(0); // as scores() starts
  scorer.out = out;
  tagFeaturesInto(prev, toks[i], featuresInto(toks, i, gaz, stats, cr, scorer));
}

/** The end of a feature's head: just after its first "=" or "|" (the whole string when it has neither). */
function headEnd(f: string): number {
  for (let i = 0; i < f.length; i++) if (f[i] === '=' || f[i] === '|') return i + 1;
  return f.length;
}

const scorers = new WeakMap<Weights, { size: number; scorer: FeatureScorer }>();

/** The scorer of a set of weights, made again if features were added to them since (a trainer's weights grow). */
export function scorerOf(weights: Weights): FeatureScorer {
  let s = scorers.get(weights);
  if (!s || s.size !== weights.size) scorers.set(weights, (s = { size: weights.size, scorer: new FeatureScorer(weights) }));
  return s.scorer;
}

const N = LABELS.length;
const O = 0;
/** LABELS index -> may it follow LABELS index (I-x only after B-x or I-x). */
const ALLOWED: boolean[][] = LABELS.map((prev) => LABELS.map((label) => allowed(prev, label)));
const IS_B = LABELS.map((l) => l.startsWith('B-'));

/**
 * The best label sequence for a token run: Viterbi over the BIO lattice, where a token's score under a
 * label is the sum of its features' weights (features()) plus the weights of the transition features
 * (tagFeatures(), which pair the previous label with this token). A name opens only on a capitalized
 * token, a token without a capital is in one only as a connector of a capitalized run; a token that
 * is not capitalized and follows only O is O without being scored (most tokens).
 * `feats` caches each token's features (the trainer reads them back for its update). `domain` is for
 * training only (see inDomain); the shipped weights have the domains folded in.
 */
export function decode(toks: Tok[], stats: DocStats, weights: Weights, feats: (string[] | null)[] = [], domain = ''): string[] {
  const n = toks.length;
  if (n === 0) return [];
  const gaz = gazetteer(toks);
  const cr = capRuns(toks);
  const back = new Int8Array(n * N);
  let delta = new Float64Array(N).fill(-Infinity);
  let next = new Float64Array(N);
  const em = new Float64Array(N);
  const tr = new Float64Array(N);
  delta[O] = 0; // before the run: as after an O
  let onlyO = true;
  for (let i = 0; i < n; i++) {
    const outside = plainlyOutside(toks[i]);
    // A token without a capital is inside a name only as a connector of a capitalized run
    // ("University of Texas", "Bank of America"): elsewhere it is O.
    const forcedO = outside && !cr.tag[i];
    if (onlyO && outside) {
      feats[i] = null;
      back[i * N] = O;
      continue; // delta unchanged: O after O, the same for every path
    }
    let f: string[] | null = null;
    if (forcedO) em.fill(0); // O's own score is the same on every path: only the transitions into it count
    else {
      f = inDomain(features(toks, i, gaz, stats, cr), domain);
      scores(weights, f, em);
    }
    feats[i] = f;
    next.fill(-Infinity);
    for (let p = 0; p < N; p++) {
      if (delta[p] === -Infinity) continue;
      scores(weights, inDomain(tagFeatures(LABELS[p], toks[i]), domain), tr);
      for (let k = 0; k < N; k++) {
        if (!ALLOWED[p][k] || (outside && IS_B[k]) || (forcedO && k !== O)) continue;
        const v = delta[p] + tr[k] + em[k];
        if (v > next[k]) { next[k] = v; back[i * N + k] = p; }
      }
    }
    const t = delta; delta = next; next = t;
    onlyO = true;
    for (let k = 1; k < N; k++) if (delta[k] !== -Infinity) { onlyO = false; break; }
  }
  const out = new Array<string>(n);
  let k = 0;
  for (let j = 1; j < N; j++) if (delta[j] > delta[k]) k = j;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = LABELS[k];
    k = back[i * N + k];
  }
  return out;
}

/**
 * A training sentence's features with a copy marked by its corpus ("G:" GUM, ...), as in Daumé's
 * "frustratingly easy" domain adaptation: the plain copy learns what all corpora share, the marked copy
 * each corpus's own conventions. The shipped weights are the plain ones plus GUM's marked ones, so the
 * tagger at run time scores the plain features alone ('' = no copy).
 */
export function inDomain(feats: string[], domain: string): string[] {
  if (!domain) return feats;
  const out = feats.slice();
  for (const f of feats) out.push(domain + f);
  return out;
}

/** Labels for a token run, greedily left to right (each label chosen with the previous one fixed). */
export function greedy(toks: Tok[], stats: DocStats, weights: Weights, domain = ''): string[] {
  const gaz = gazetteer(toks);
  const cr = capRuns(toks);
  const out: string[] = [];
  const s = new Float64Array(LABELS.length);
  let prev = 'O';
  // At run time (no domain copies) the weights are added as the features are found; in training, from their strings.
  const scorer = domain ? null : scorerOf(weights);
  for (let i = 0; i < toks.length; i++) {
    if (prev === 'O' && plainlyOutside(toks[i])) {
      out.push('O');
      continue;
    }
    if (scorer) scoreToken(scorer, toks, i, gaz, stats, cr, prev, s);
    else scores(weights, inDomain(features(toks, i, gaz, stats, cr).concat(tagFeatures(prev, toks[i])), domain), s);
    let best = 0;
    for (let k = 1; k < LABELS.length; k++) if (allowed(prev, LABELS[k]) && s[k] > s[best]) best = k;
    prev = LABELS[best];
    out.push(prev);
  }
  return out;
}

/** Labels for a token run, decoded as the model was trained to be (model.json `decoding`). */
export function tagRun(toks: Tok[], stats: DocStats): string[] {
  const m = shipped();
  return m.decoding === 'viterbi' ? decode(toks, stats, m.weights) : greedy(toks, stats, m.weights);
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
