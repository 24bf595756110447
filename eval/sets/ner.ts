// Named entities on GUM news (../shared/data/ner/dev.jsonl): every entity mention of the analysis,
// flattened to (start, end, type), against the gold flat `entities`, exact span and type.
// A predicted span equal to a gold `nestedEntities` span (e.g. "Texas" inside "University of Texas
// Arlington") is forgiven: it counts neither as a hit nor as a false alarm.
// The shipped tagger is trained on all of dev (scripts/train-ner.ts), so its score there is a training
// figure. What predicts unseen news is the cross-validated row: dev is cut in four, and each quarter is
// analysed with a tagger trained by the same recipe on everything but that quarter. Misses are the
// cross-validated ones.
import path from 'node:path';
import { analyze } from '../../server/src/core';
import { withWeights } from '../../server/src/core/entities/tagger';
import { type NerDoc, RECIPE, extraNote, readExtra, readNer, train, trainingSentences } from '../../scripts/ner/trainer';
import type { Counts, EvalRow, EvalSet } from '../types';
import { SHARED, missing } from '../paths';

const dir = () => path.join(SHARED, 'data', 'ner');
const TYPES = ['person', 'organization', 'place'];
export const FOLDS = 4;

export function emptyCounts(): Record<string, Counts> {
  const counts: Record<string, Counts> = {};
  for (const t of ['all', ...TYPES]) counts[t] = { tp: 0, fp: 0, fn: 0 };
  return counts;
}

/** Adds the scores of docs to counts (and their misses to misses, when given). */
export function scoreDocs(docs: NerDoc[], counts: Record<string, Counts>, misses: string[] | null): void {
  for (const d of docs) {
    const a = analyze(d.text, { file: d.id });
    const pred = new Map<string, string>();
    for (const e of a.entities) for (const m of e.mentions) pred.set(`${m.start}:${m.end}:${e.type}`, m.text);
    const gold = new Map(d.entities.map((g) => [`${g.start}:${g.end}:${g.type}`, g.text]));
    const nested = new Set((d.nestedEntities ?? []).map((g) => `${g.start}:${g.end}`));
    for (const [k, text] of pred) {
      const type = k.split(':')[2];
      if (gold.has(k)) { counts[type].tp++; counts.all.tp++; continue; }
      const [s, e] = k.split(':');
      if (nested.has(`${s}:${e}`)) continue;
      counts[type].fp++;
      counts.all.fp++;
      misses?.push(`${d.id}: false alarm ${type} "${text}"`);
    }
    for (const [k, text] of gold) {
      if (pred.has(k)) continue;
      const type = k.split(':')[2];
      counts[type].fn++;
      counts.all.fn++;
      misses?.push(`${d.id}: missed ${type} "${text}"`);
    }
  }
}

const rowsOf = (set: string, counts: Record<string, Counts>, note?: string): EvalRow[] =>
  ['all', ...TYPES].map((t) => ({ set, area: `entities/${t}`, counts: counts[t], ...(note ? { note } : {}) }));

export const nerSet: EvalSet = {
  name: 'ner',
  unavailable() {
    return missing(path.join(dir(), 'dev.jsonl')) ?? missing(path.join(dir(), 'train-other-genres.jsonl'));
  },
  run() {
    const dev = readNer(path.join(dir(), 'dev.jsonl'));
    const other = readNer(path.join(dir(), 'train-other-genres.jsonl'));
    // The extra corpora (not news of dev) are in every fold's training, as in the shipped model's.
    const extra = readExtra();
    const shipped = emptyCounts();
    scoreDocs(dev, shipped, null);
    const cv = emptyCounts();
    const misses: string[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const { weights } = train(trainingSentences(other, dev.filter((_, i) => i % FOLDS !== k), RECIPE, extra));
      withWeights(weights, () => scoreDocs(dev.filter((_, i) => i % FOLDS === k), cv, misses), RECIPE.decoding);
    }
    // The genres the recipe leaves out of training (voyage guides, court transcripts) are unseen text of
    // another kind: a check that the rules after the tagger are not tuned to news alone.
    // While a recipe is being tried (NER_RECIPE set), they are scored with a model trained by that recipe on all
    // of dev, as the shipped model would be after retraining; otherwise with the shipped model.
    const unseen = emptyCounts();
    const unseenDocs = other.filter((d) => RECIPE.skipGenres.some((g) => d.id.includes(g)));
    if (process.env.NER_RECIPE) withWeights(train(trainingSentences(other, dev, RECIPE, extra)).weights, () => scoreDocs(unseenDocs, unseen, null), RECIPE.decoding);
    else scoreDocs(unseenDocs, unseen, null);
    return {
      rows: [
        ...rowsOf('ner/dev shipped', shipped, 'trained on these documents'),
        ...rowsOf(`ner/dev ${FOLDS}-fold`, cv, `each quarter by a tagger trained without it (extra corpora: ${extraNote(extra)})`),
        ...rowsOf('ner/unseen genres', unseen, `GUM ${RECIPE.skipGenres.join(' and ')} texts, not news, never trained on`).slice(0, 1),
      ],
      misses,
      summary: `ner/dev ${FOLDS}-fold cross-validated F1 ${f1(cv.all).toFixed(2)} (shipped model on its own training documents ${f1(shipped.all).toFixed(2)})`,
    };
  },
};

function f1(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

export default nerSet;
