// The generated-article property test, in shards (one test file each, run in parallel by the runner and
// each far from its time cap): shard i checks RUNS / SHARDS articles drawn from the seed + i.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article } from './property-input';
import { RUNS, SEED, SHARDS, assertProperty, samples } from './property-run';

export function articlesTest(shard: number): void {
  const runs = Math.ceil(RUNS / SHARDS);
  test(`analyze() on ${runs.toLocaleString('en')} generated hostile articles (shard ${shard + 1} of ${SHARDS}): no throw, ranges sound, spans are their text, deterministic`, (t) => {
    const started = Date.now();
    const done = assertProperty(article(samples), runs, SEED + shard);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    t.diagnostic(`property: ${done.runs} articles (${(done.chars / 1e6).toFixed(1)} M chars) in ${secs} s, seed ${SEED + shard}`);
    assert.ok(done.runs >= runs, `only ${done.runs} of ${runs} articles ran`);
  });
}
