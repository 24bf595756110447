// Trains the entity tagger's averaged perceptron (server/src/core/entities/data/model.json).
// Usage: node scripts/train-ner.mjs [--epochs 8] [--min 0.05]
// Data: ../shared/data/ner/train-other-genres.jsonl (all) + the even-numbered half of ../shared/data/ner/dev.jsonl;
// the odd-numbered half of dev is held out and scored at the end (the same half eval/sets/ner.ts reports apart).
import fs from 'node:fs';
import path from 'node:path';
import { Doc } from '../server/src/core/doc';
import { frontMatter } from '../server/src/core/structure/front-matter';
import { blocks } from '../server/src/core/structure/blocks';
import { sentences } from '../server/src/core/structure/sentences';
import { tokens } from '../server/src/core/tokens';
import { type CapRuns, capRuns, docStats, features, gazetteer, plainlyOutside, runs, type DocStats, type Tok } from '../server/src/core/entities/features';
import { LABELS, allowed, scores, tagFeatures, type Weights } from '../server/src/core/entities/tagger';

interface Gold { start: number; end: number; type: string }
interface Sent { toks: Tok[]; gold: string[]; stats: DocStats }

const root = path.resolve(__dirname, '..');
const data = path.resolve(root, '..', 'shared', 'data', 'ner');
const arg = (name: string, def: number) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : def; };
const EPOCHS = arg('--epochs', 8);
const MIN = arg('--min', 0.05);
const FOLD = arg("--fold", 1);

function read(file: string): Array<{ id: string; text: string; entities: Gold[] }> {
  return fs.readFileSync(path.join(data, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function sents(doc: { text: string; entities: Gold[] }): Sent[] {
  const d = new Doc(doc.text);
  for (const c of [frontMatter, blocks, sentences, tokens]) c.run(d);
  d.boilerplate = [];
  const rs = runs(d);
  const stats = docStats(rs);
  return rs.map((r) => ({
    toks: r.toks,
    stats,
    gold: r.toks.map((t) => {
      const g = doc.entities.find((e) => t.start >= e.start && t.start < e.end);
      if (!g) return 'O';
      return `${t.start === g.start ? 'B' : 'I'}-${g.type}`;
    }),
  }));
}

export function heldOut(index: number): boolean {
  return index % 2 === FOLD;
}

const dev = read('dev.jsonl');
const train: Sent[] = [];
const SKIP = (process.argv.find((a) => a.startsWith('--skip=')) ?? '--skip=').slice(7).split(',').filter(Boolean);
for (const d of read('train-other-genres.jsonl')) if (!SKIP.some((g) => d.id.includes(g))) train.push(...sents(d));
const DEV_WEIGHT = arg('--dev-weight', 1);
dev.forEach((d, i) => { if (!heldOut(i)) for (let k = 0; k < DEV_WEIGHT; k++) train.push(...sents(d)); });
const test: Sent[] = [];
dev.forEach((d, i) => { if (heldOut(i)) test.push(...sents(d)); });
console.log(`train sentences ${train.length}, held-out ${test.length}`);

const L = LABELS.length;
let w: Weights = new Map();
let totals = new Map<string, Float64Array>();
let stamps = new Map<string, Float64Array>();
let clock = 0;
function update(f: string, k: number, delta: number): void {
  let row = w.get(f);
  if (!row) { row = new Float32Array(L); w.set(f, row); totals.set(f, new Float64Array(L)); stamps.set(f, new Float64Array(L)); }
  const tot = totals.get(f)!;
  const st = stamps.get(f)!;
  tot[k] += (clock - st[k]) * row[k];
  st[k] = clock;
  row[k] += delta;
}

function featsAt(s: Sent, gaz: string[], i: number, prev: string, cr: CapRuns): string[] {
  return features(s.toks, i, gaz, s.stats, cr).concat(tagFeatures(prev, s.toks[i]));
}
const buf = new Float64Array(L);
function decode(s: Sent, weights: Weights, learn: boolean): string[] {
  const gaz = gazetteer(s.toks);
  const cr = capRuns(s.toks);
  const out: string[] = [];
  let prev = 'O';
  for (let i = 0; i < s.toks.length; i++) {
    if (!learn && prev === 'O' && plainlyOutside(s.toks[i])) {
      prev = learn ? s.gold[i] : 'O';
      out.push(prev);
      continue;
    }
    const feats = featsAt(s, gaz, i, prev, cr);
    scores(weights, feats, buf);
    let best = 0;
    for (let k = 1; k < L; k++) if (allowed(prev, LABELS[k]) && buf[k] > buf[best]) best = k;
    const guess = LABELS[best];
    if (learn) {
      clock++;
      const truth = s.gold[i];
      if (guess !== truth) {
        const t = LABELS.indexOf(truth);
        for (const f of feats) { update(f, t, 1); update(f, best, -1); }
      }
      prev = truth;
    } else prev = guess;
    out.push(prev);
  }
  return out;
}

// --seeds N: N perceptrons trained on N shuffles of the data, their averaged weights averaged again
// (less dependence on one presentation order; measured on both folds, see data/README.md).
const SEEDS = arg('--seeds', 1);
const avg: Weights = new Map();
for (let r = 0; r < SEEDS; r++) {
  w = new Map(); totals = new Map(); stamps = new Map(); clock = 0;
  let seed = 7 + 1000 * r;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let e = 0; e < EPOCHS; e++) {
    const order = train.map((_, i) => i).sort(() => rand() - 0.5);
    for (const i of order) decode(train[i], w, true);
  }
  console.log(`run ${r + 1}: ${EPOCHS} epochs`);
  for (const [f, row] of w) {
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    let a = avg.get(f);
    if (!a) { a = new Float32Array(L); avg.set(f, a); }
    for (let k = 0; k < L; k++) a[k] += (tot[k] + (clock - st[k]) * row[k]) / clock / SEEDS;
  }
}
// Prune small weights and quantize.
const SCALE = arg("--scale", 100);
const kept: Record<string, number[]> = {};
let n = 0;
for (const [f, a] of avg) {
  let max = 0;
  for (const x of a) max = Math.max(max, Math.abs(x));
  if (max < MIN) continue;
  const q = Array.from(a, (x) => Math.round(x * SCALE));
  while (q.length && q[q.length - 1] === 0) q.pop();
  kept[f] = q;
  n++;
}
const pruned: Weights = new Map(Object.entries(kept).map(([f, q]) => {
  const a = new Float32Array(L);
  q.forEach((x, k) => { a[k] = x / SCALE; });
  return [f, a];
}));
console.log(`features ${avg.size}, kept ${n}`);

function spans(labels: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'O') continue;
    const type = labels[i].slice(2);
    let j = i + 1;
    while (j < labels.length && labels[j] === `I-${type}`) j++;
    out.push(`${i}:${j}:${type}`);
    i = j - 1;
  }
  return out;
}
const EVAL_ON = process.argv.includes('--on-train') ? train.slice(0, 600) : test;
const c: Record<string, { tp: number; fp: number; fn: number }> = {};
for (const s of EVAL_ON) {
  const g = new Set(spans(s.gold));
  const p = new Set(spans(decode(s, pruned, false)));
  for (const x of p) { const t = x.split(':')[2]; c[t] ??= { tp: 0, fp: 0, fn: 0 }; if (g.has(x)) c[t].tp++; else c[t].fp++; }
  for (const x of g) { const t = x.split(':')[2]; c[t] ??= { tp: 0, fp: 0, fn: 0 }; if (!p.has(x)) c[t].fn++; }
}
const all = { tp: 0, fp: 0, fn: 0 };
for (const [t, v] of Object.entries(c)) {
  all.tp += v.tp; all.fp += v.fp; all.fn += v.fn;
  const p = v.tp / (v.tp + v.fp), r = v.tp / (v.tp + v.fn);
  console.log(`tagger held-out ${t}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)}`);
}
{
  let tp = 0, np = 0, ng = 0;
  for (const s of EVAL_ON) {
    const g = new Set(spans(s.gold).map((x) => x.split(':').slice(0, 2).join(':')));
    const p = spans(decode(s, pruned, false)).map((x) => x.split(':').slice(0, 2).join(':'));
    np += p.length; ng += g.size; for (const x of p) if (g.has(x)) tp++;
    if (process.argv.includes('--confusion')) {
      const gt = new Map(spans(s.gold).map((x) => [x.split(':').slice(0, 2).join(':'), x.split(':')[2]]));
      for (const x of spans(decode(s, pruned, false))) {
        const k = x.split(':').slice(0, 2).join(':');
        const t = gt.get(k);
        if (t && t !== x.split(':')[2]) console.log(`CONF gold ${t} got ${x.split(':')[2]}: ${s.toks.slice(+k.split(':')[0], +k.split(':')[1]).map((q) => q.text).join(' ')}`);
      }
    }
  }
  console.log(`untyped spans: P ${(tp / np).toFixed(3)} R ${(tp / ng).toFixed(3)}`);
}
const P = all.tp / (all.tp + all.fp), R = all.tp / (all.tp + all.fn);
console.log(`tagger held-out all (token-run spans): P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)}`);
if (!process.argv.includes('--dry')) {
  const out = path.join(root, 'server/src/core/entities/data/model.json');
  fs.writeFileSync(out, JSON.stringify({ labels: LABELS, scale: SCALE, weights: kept }));
  console.log(`wrote ${out} (${fs.statSync(out).size} bytes)`);
}
if (process.argv.includes('--errors')) {
  for (const s of test) {
    const p = decode(s, pruned, false);
    const gs = new Set(spans(s.gold)), ps = new Set(spans(p));
    const txt = (x: string) => { const [a, b, t] = x.split(':'); return `${s.toks.slice(+a, +b).map((k) => k.text).join(' ')}/${t}`; };
    const fn = [...gs].filter((x) => !ps.has(x)).map(txt), fp = [...ps].filter((x) => !gs.has(x)).map(txt);
    if (fn.length || fp.length) console.log(`FN ${fn.join(' ; ')}  || FP ${fp.join(' ; ')}`);
  }
}
