// The machinery of the property tests (test/property.test.ts, test/property-articles-*.test.ts): the
// check of one analysis against every invariant and the JSON Schema, and fast-check's run of it over an
// arbitrary, failing with the shrunk counterexample. A fixed number of articles per run, not a time
// budget, so a slow machine takes longer rather than testing less: NEWSDESK_PROPERTY_RUNS (default
// 10,000, in four shards so no test file nears the runner's time cap) and NEWSDESK_PROPERTY_SEED.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { analyze } from '../server/src/core';
import type { ArticleAnalysis } from '../server/src/core/types';
import { ROOT, samplePaths } from './helpers/paths';
import { problems } from './property-check';

export const SEED = Number(process.env.NEWSDESK_PROPERTY_SEED ?? 20261124);
/** Generated articles per run, over all the shards (test/property-articles-*.test.ts). */
export const RUNS = Number(process.env.NEWSDESK_PROPERTY_RUNS ?? 10_000);
export const SHARDS = 4;
export const LONG_RUNS = Math.max(10, Math.round(RUNS / 100));

export const samples = samplePaths().map((p) => fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'article-analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

/** Analyses a text and returns what is wrong (null when nothing), and its JSON; `twice`: also that a second analysis gives the same JSON. */
export function check(text: string, twice = true): { problem: string | null; json: string } {
  let a: ArticleAnalysis;
  try {
    a = analyze(text, { file: 'prop.txt' });
  } catch (e) {
    return { problem: `analyze threw: ${(e as Error)?.stack ?? String(e)}`, json: '' };
  }
  const json = JSON.stringify(a);
  const found = problems(text, a);
  if (found.length) return { problem: found.slice(0, 5).join('\n'), json };
  if (!validate({ version: 1, articles: [JSON.parse(json)] })) return { problem: `schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`, json };
  if (!twice) return { problem: null, json };
  let again: string;
  try {
    again = JSON.stringify(analyze(text, { file: 'prop.txt' }));
  } catch (e) {
    return { problem: `analyze threw the second time: ${(e as Error)?.message}`, json };
  }
  if (again !== json) return { problem: 'analysing the same text twice gave different JSON', json };
  return { problem: null, json };
}

/** fast-check's verdict as an assertion: the shrunk counterexample, with the problem found on it. */
export function assertProperty(arb: fc.Arbitrary<string>, numRuns: number, seed = SEED): { runs: number; chars: number } {
  let runs = 0;
  let chars = 0;
  // The previous text, analysed again after this one now and then: no state may leak between analyses.
  let prev: { text: string; json: string } | null = null;
  const details = fc.check(fc.property(arb, (text) => {
    runs++;
    chars += text.length;
    // Each third text is analysed twice (the same JSON), each third after another text (below): the
    // same checks as before at two thirds of the cost.
    const r = check(text, runs % 3 === 1);
    if (r.problem) throw new Error(r.problem);
    if (prev && runs % 3 === 0 && JSON.stringify(analyze(prev.text, { file: 'prop.txt' })) !== prev.json) {
      throw new Error(`analysing a text again after another one gave different JSON (the earlier text: ${JSON.stringify(prev.text.slice(0, 500))})`);
    }
    prev = { text, json: r.json };
  }), { seed, numRuns, endOnFailure: false });
  if (details.failed) {
    const text = details.counterexample?.[0] ?? '';
    assert.fail(`seed ${seed}, path ${details.counterexamplePath}: after ${details.numRuns} runs and ${details.numShrinks} shrinks, `
      + `${text.length} chars: ${JSON.stringify(text.slice(0, 2000))}\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  }
  return { runs, chars };
}

