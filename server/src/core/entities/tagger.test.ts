// The tagger's scorer (FeatureScorer) adds the same weights in the same order as scoring the feature strings,
// so the labels are the same whichever way a token is scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { samplePaths } from '../../../../test/helpers/paths';
import { Doc } from '../doc';
import { PIPELINE } from '../pipeline';
import { type Tok, capRuns, docStats, features, gazetteer, runs } from './features';
import { FeatureScorer, LABELS, type Weights, currentWeights, scoreToken, scores, tagFeatures } from './tagger';

function scoredBoth(weights: Weights, toks: Tok[], stats: ReturnType<typeof docStats>): number {
  const gaz = gazetteer(toks);
  const cr = capRuns(toks);
  const scorer = new FeatureScorer(weights);
  const byStrings = new Float64Array(LABELS.length);
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    for (const prev of LABELS) {
      scores(weights, features(toks, i, gaz, stats, cr).concat(tagFeatures(prev, toks[i])), byStrings);
      const byParts = new Float64Array(LABELS.length).fill(7); // left over from a token before: cleared
      scoreToken(scorer, toks, i, gaz, stats, cr, prev, byParts);
      assert.deepEqual([...byParts], [...byStrings], `token ${toks[i].text} after ${prev}`);
      n++;
    }
  }
  return n;
}

function tokenRuns(text: string) {
  const doc = new Doc(text, {});
  for (const c of PIPELINE) {
    c.run(doc);
    if (c.name === 'tokens') break;
  }
  const rs = runs(doc);
  return { rs, stats: docStats(rs) };
}

test('the scorer adds what the feature strings add, on every token of the samples, after every label', () => {
  let n = 0;
  for (const f of samplePaths()) {
    const { rs, stats } = tokenRuns(fs.readFileSync(f, 'utf8'));
    for (const r of rs) n += scoredBoth(currentWeights(), r.toks, stats);
  }
  assert.ok(n > 1000);
});

test('a feature whose parts hold the "|" that joins them is found by its parts', () => {
  // A table row: "|" is a token, so the pair features of its neighbours hold a "|" of their own.
  const { rs, stats } = tokenRuns('| Date | Event |\n|---|---|\n| Monday | Talks in Geneva |\n\nThe | sign, as in Geneva | Paris, is rare.');
  const row = (k: number) => Float32Array.from(LABELS, (_, j) => (j === k ? 1 + k / 8 : 0.25));
  const weights: Weights = new Map();
  let k = 0;
  for (const r of rs) {
    for (const f of r.toks.flatMap((_, i) => features(r.toks, i, gazetteer(r.toks), stats, capRuns(r.toks)))) {
      if (f.includes('|') && !weights.has(f)) weights.set(f, row(k++ % LABELS.length));
    }
  }
  weights.set('pw|w=|', row(1)); // a near miss of "pw|w=|" + "|" + something
  assert.ok([...weights.keys()].some((f) => f.split('|').length > 3), 'some feature has a "|" in a part');
  for (const r of rs) scoredBoth(weights, r.toks, stats);
});
