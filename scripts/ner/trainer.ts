// Training of the entity tagger's averaged structured perceptron, shared by scripts/train-ner.ts (which writes the
// shipped weights) and eval/sets/ner.ts (which cross-validates the same recipe on GUM news).
import fs from 'node:fs';
import path from 'node:path';
import { Doc } from '../../server/src/core/doc';
import { frontMatter } from '../../server/src/core/structure/front-matter';
import { blocks } from '../../server/src/core/structure/blocks';
import { sentences } from '../../server/src/core/structure/sentences';
import { tokens } from '../../server/src/core/tokens';
import { capRuns, docStats, features, gazetteer, runs, type DocStats, type Tok } from '../../server/src/core/entities/features';
import { type Decoding, LABELS, allowed, decode, inDomain, scores, tagFeatures, type Weights } from '../../server/src/core/entities/tagger';

export interface GoldSpan { start: number; end: number; type: string; text: string }
export interface NerDoc { id: string; text: string; entities: GoldSpan[]; nestedEntities?: GoldSpan[] }
export interface Sent {
  toks: Tok[];
  gold: string[];
  stats: DocStats;
  /** The corpus's mark for domain adaptation (GUM_DOMAIN, or the extra corpus's name with ":"). */
  domain: string;
}
/** The mark of GUM's own copy of the features, folded into the shipped weights (see inDomain). */
export const GUM_DOMAIN = 'G:';

/**
 * The recipe of the shipped model, measured in data/README.md: ten epochs; four perceptrons on four
 * shuffles, averaged; GUM news counted twice; voyage guides and court transcripts left out (they hurt
 * news); features whose weights all stay under 1 pruned, the rest stored as integers ×100.
 */
export const RECIPE = {
  epochs: 10, seeds: 4, newsWeight: 2, skipGenres: ['voyage', 'court'], min: 1, scale: 100,
  /** Times each extra corpus (scripts/ner/convert-corpora.mjs, read from $NER_EXTRA) is counted; 0 leaves it out. */
  extra: { wikigold: 0, btc: 0, wnut17: 0 } as Record<string, number>,
  /** Domain adaptation (see inDomain): each corpus also trains its own copy of the features; GUM's ships. */
  domains: false,
  /** How the tagger decodes (model.json `decoding`), and how it learns: token by token with the gold previous label ('local'), or from whole decoded sentences ('structured', Viterbi only). */
  decoding: 'greedy' as Decoding,
  learning: 'local' as 'local' | 'structured',
};
export type Recipe = typeof RECIPE;
// For trying a recipe without editing it: NER_RECIPE='{"seeds":2}' overrides fields (never set for the shipped model).
if (process.env.NER_RECIPE) Object.assign(RECIPE, JSON.parse(process.env.NER_RECIPE));

/** The extra corpora converted by scripts/ner/convert-corpora.mjs into $NER_EXTRA (none when unset or absent). */
export function readExtra(dir: string | undefined = process.env.NER_EXTRA): Record<string, NerDoc[]> {
  const out: Record<string, NerDoc[]> = {};
  if (!dir) return out;
  for (const name of Object.keys(RECIPE.extra)) {
    const file = path.join(dir, `${name}.jsonl`);
    if (fs.existsSync(file)) out[name] = readNer(file);
  }
  return out;
}

/** The extra corpora the recipe uses that are present, as "wikigold×1 btc×1", or "none". */
export function extraNote(extra: Record<string, NerDoc[]>, recipe: Recipe = RECIPE): string {
  const used = Object.entries(recipe.extra).filter(([n, w]) => w > 0 && extra[n]).map(([n, w]) => `${n}×${w}`);
  return used.length ? used.join(' ') : 'none';
}

export function readNer(file: string): NerDoc[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A document's sentence runs with gold BIO labels (page furniture is not dropped: GUM has none). */
export function sentencesOf(doc: { text: string; entities: GoldSpan[] }, domain = GUM_DOMAIN): Sent[] {
  const d = new Doc(doc.text);
  for (const c of [frontMatter, blocks, sentences, tokens]) c.run(d);
  d.boilerplate = [];
  const rs = runs(d);
  const stats = docStats(rs);
  const byStart = [...doc.entities].sort((a, b) => a.start - b.start);
  return rs.map((r) => ({
    toks: r.toks,
    stats,
    domain,
    gold: r.toks.map((t) => {
      const g = byStart.find((e) => t.start >= e.start && t.start < e.end);
      if (!g) return 'O';
      return `${t.start === g.start ? 'B' : 'I'}-${g.type}`;
    }),
  }));
}

/** The training sentences of the recipe: the other genres (minus the skipped ones) and the given news documents. */
export function trainingSentences(otherGenres: NerDoc[], news: NerDoc[], recipe: Recipe = RECIPE, extra: Record<string, NerDoc[]> = {}): Sent[] {
  const out: Sent[] = [];
  for (const [name, docs] of Object.entries(extra)) {
    const times = recipe.extra[name] ?? 0;
    if (!times) continue;
    const s = docs.flatMap((d) => sentencesOf(d, recipe.domains ? `${name}:` : GUM_DOMAIN));
    for (let k = 0; k < times; k++) out.push(...s);
  }
  for (const d of otherGenres) if (!recipe.skipGenres.some((g) => d.id.includes(g))) out.push(...sentencesOf(d));
  for (const d of news) {
    const s = sentencesOf(d);
    for (let k = 0; k < recipe.newsWeight; k++) out.push(...s);
  }
  return out;
}

const L = LABELS.length;

/** One averaged perceptron (lazy averaging: each weight's running total is brought up to date when it changes). */
class Perceptron {
  w = new Map<string, Float32Array>();
  private totals = new Map<string, Float64Array>();
  private stamps = new Map<string, Float64Array>();
  clock = 0;

  update(f: string, k: number, delta: number): void {
    let row = this.w.get(f);
    if (!row) {
      row = new Float32Array(L);
      this.w.set(f, row);
      this.totals.set(f, new Float64Array(L));
      this.stamps.set(f, new Float64Array(L));
    }
    const tot = this.totals.get(f)!;
    const st = this.stamps.get(f)!;
    tot[k] += (this.clock - st[k]) * row[k];
    st[k] = this.clock;
    row[k] += delta;
  }

  /**
   * Learns from one sentence as a structured perceptron: decodes it with the tagger's own Viterbi under
   * the current weights and, where the best path differs from the gold one, moves the weights of the
   * gold path's features up and those of the predicted path down (token features and transition features).
   */
  learnStructured(s: Sent): void {
    const feats: (string[] | null)[] = [];
    const dom = s.domain && RECIPE.domains ? s.domain : '';
    const pred = decode(s.toks, s.stats, this.w, feats, dom);
    this.clock++;
    let gaz: string[] | null = null;
    let cr: ReturnType<typeof capRuns> | null = null;
    for (let i = 0; i < s.toks.length; i++) {
      const g = s.gold[i];
      const p = pred[i];
      const gp = i ? s.gold[i - 1] : 'O';
      const pp = i ? pred[i - 1] : 'O';
      if (g === p && gp === pp) continue;
      const gk = LABELS.indexOf(g);
      const pk = LABELS.indexOf(p);
      if (g !== p) {
        let f = feats[i];
        if (!f) f = inDomain(features(s.toks, i, (gaz ??= gazetteer(s.toks)), s.stats, (cr ??= capRuns(s.toks))), dom);
        for (const x of f) { this.update(x, gk, 1); this.update(x, pk, -1); }
      }
      for (const x of inDomain(tagFeatures(gp, s.toks[i]), dom)) this.update(x, gk, 1);
      for (const x of inDomain(tagFeatures(pp, s.toks[i]), dom)) this.update(x, pk, -1);
    }
  }

  /** Learns from one sentence token by token, teacher-forced on the gold previous label. */
  learnLocal(s: Sent): void {
    const dom = s.domain && RECIPE.domains ? s.domain : '';
    const gaz = gazetteer(s.toks);
    const cr = capRuns(s.toks);
    const buf = new Float64Array(L);
    let prev = 'O';
    for (let i = 0; i < s.toks.length; i++) {
      const feats = inDomain(features(s.toks, i, gaz, s.stats, cr).concat(tagFeatures(prev, s.toks[i])), dom);
      scores(this.w, feats, buf);
      let best = 0;
      for (let k = 1; k < L; k++) if (allowed(prev, LABELS[k]) && buf[k] > buf[best]) best = k;
      this.clock++;
      const truth = s.gold[i];
      if (LABELS[best] !== truth) {
        const t = LABELS.indexOf(truth);
        for (const f of feats) { this.update(f, t, 1); this.update(f, best, -1); }
      }
      prev = truth;
    }
  }

  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, row] of this.w) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      const a = new Float64Array(L);
      for (let k = 0; k < L; k++) a[k] = (tot[k] + (this.clock - st[k]) * row[k]) / this.clock;
      out.set(f, a);
    }
    return out;
  }
}

export interface Trained {
  /** Pruned, quantized weights as the tagger loads them. */
  weights: Weights;
  /** The same as stored in model.json: feature -> integers ×scale, trailing zeros dropped. */
  stored: Record<string, number[]>;
  features: number;
}

/** Trains `recipe.seeds` perceptrons on as many shuffles of the sentences and averages them. Deterministic. */
export function train(sents: Sent[], recipe: Recipe = RECIPE, log: (s: string) => void = () => {}): Trained {
  const avg = new Map<string, Float64Array>();
  for (let r = 0; r < recipe.seeds; r++) {
    const p = new Perceptron();
    let seed = 7 + 1000 * r;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let e = 0; e < recipe.epochs; e++) {
      const order = sents.map((_, i) => i).sort(() => rand() - 0.5);
      for (const i of order) if (recipe.learning === 'structured') p.learnStructured(sents[i]); else p.learnLocal(sents[i]);
    }
    log(`run ${r + 1}: ${recipe.epochs} epochs`);
    for (const [f, a] of p.averaged()) {
      let acc = avg.get(f);
      if (!acc) { acc = new Float64Array(L); avg.set(f, acc); }
      for (let k = 0; k < L; k++) acc[k] += a[k] / recipe.seeds;
    }
  }
  // Fold GUM's copy into the plain features and drop the other corpora's copies (see inDomain).
  if (recipe.domains) {
    for (const [f, a] of [...avg]) {
      if (!/^[A-Za-z0-9]+:/.test(f)) continue; // plain features start with a name and "=" or are a bare word
      if (f.startsWith(GUM_DOMAIN)) {
        const plain = f.slice(GUM_DOMAIN.length);
        const acc = avg.get(plain) ?? new Float64Array(L);
        for (let k = 0; k < L; k++) acc[k] += a[k];
        avg.set(plain, acc);
      }
      avg.delete(f);
    }
  }
  const stored: Record<string, number[]> = {};
  const weights: Weights = new Map();
  for (const [f, a] of avg) {
    if (!a.some((x) => Math.abs(x) >= recipe.min)) continue;
    const q = Array.from(a, (x) => Math.round(x * recipe.scale));
    while (q.length && q[q.length - 1] === 0) q.pop();
    stored[f] = q;
    const row = new Float32Array(L);
    q.forEach((x, k) => { row[k] = x / recipe.scale; });
    weights.set(f, row);
  }
  return { weights, stored, features: avg.size };
}
