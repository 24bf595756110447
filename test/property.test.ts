// Property tests of the core over thousands of generated hostile texts (seeded, repeatable, bounded in
// time): analyze() never throws, every range lies inside the text and on code-point boundaries, each
// span's text is its slice, the result matches the JSON Schema, and analysing a text again (after
// another text) gives the same JSON. A failure is shrunk to a short input and printed with its seed.
// NEWSDESK_PROPERTY_SEED and NEWSDESK_PROPERTY_MS change the seed and the time budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { analyze } from '../server/src/core';
import type { ArticleAnalysis } from '../server/src/core/types';
import { ROOT, samplePaths } from './helpers/paths';
import { generate } from './property-input';
import { onCodePointBoundary, problems } from './property-check';

const SEED = Number(process.env.NEWSDESK_PROPERTY_SEED ?? 20261124);
const BUDGET_MS = Number(process.env.NEWSDESK_PROPERTY_MS ?? 15_000);
const MIN_INPUTS = 50;
const MAX_INPUTS = 50_000;

const samples = samplePaths().map((p) => fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'article-analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

/** Analyses a text and returns what is wrong (null when nothing), and its JSON. */
function check(text: string): { problem: string | null; json: string } {
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
  let again: string;
  try {
    again = JSON.stringify(analyze(text, { file: 'prop.txt' }));
  } catch (e) {
    return { problem: `analyze threw the second time: ${(e as Error)?.message}`, json };
  }
  if (again !== json) return { problem: 'analysing the same text twice gave different JSON', json };
  return { problem: null, json };
}

/** Deletes chunks of the text while it still fails, to print a short reproducer. */
function shrink(text: string, fails: (t: string) => boolean, budgetMs = 5_000): string {
  const until = Date.now() + budgetMs;
  let cur = text;
  for (let chunk = Math.max(1, cur.length >> 1); chunk >= 1 && Date.now() < until; chunk = chunk >> 1) {
    for (let i = 0; i < cur.length && Date.now() < until;) {
      const cand = cur.slice(0, i) + cur.slice(i + chunk);
      if (cand !== cur && fails(cand)) cur = cand;
      else i += chunk;
    }
    if (chunk === 1) break;
  }
  return cur;
}

function report(i: number, kind: string, text: string, problem: string, fails: (t: string) => boolean): never {
  const small = shrink(text, fails);
  assert.fail(`input #${i} (${kind}, seed ${SEED}, ${text.length} chars) fails:\n${problem}\n`
    + `shrunk to ${small.length} chars: ${JSON.stringify(small.slice(0, 2000))}\n`
    + `problem on the shrunk input:\n${check(small).problem}`);
}

test('the checker itself catches broken analyses (so a pass means something)', () => {
  const text = 'A😀B';
  const ok = analyze(text);
  assert.deepEqual(problems(text, ok), []);
  assert.equal(onCodePointBoundary(text, 2), false);
  const bad: ArticleAnalysis = { ...ok, dates: [{ start: 0, end: 2, text: 'A\uD83D', value: null, relative: false }], figures: [{ start: 3, end: 5, text: 'B', kind: 'count', value: NaN, unit: null }] };
  const found = problems(text, bad).join('\n');
  assert.match(found, /dates\[0\]: 0\.\.2 splits a surrogate pair/);
  assert.match(found, /figures\[0\]: range 3\.\.5 outside the text/);
  const wrongText: ArticleAnalysis = { ...ok, quotes: [{ start: 0, end: 1, text: 'B', kind: 'direct', speaker: { entityId: 'nobody', name: 'X' } }] };
  assert.match(problems(text, wrongText).join('\n'), /is not the slice "A"[\s\S]*speaker entity nobody does not exist/);
});

test('analyze() on generated hostile texts (thousands when the core is fast; bounded by time): no throw, ranges sound, spans are their text, deterministic', (t) => {
  const started = Date.now();
  const kinds = new Map<string, number>();
  let chars = 0;
  let n = 0;
  let prev: { text: string; json: string } | null = null;
  for (; n < MAX_INPUTS && (n < MIN_INPUTS || Date.now() - started < BUDGET_MS); n++) {
    const { kind, text } = generate(SEED, n, samples);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    chars += text.length;
    const r = check(text);
    if (r.problem) report(n, kind, text, r.problem, (s) => check(s).problem !== null);
    // The previous text again, after this one: no state may leak from one analysis into the next.
    if (prev && n % 3 === 0) {
      const again = JSON.stringify(analyze(prev.text, { file: 'prop.txt' }));
      if (again !== prev.json) report(n - 1, 'repeat', prev.text, 'analysing a text again after another one gave different JSON', () => false);
    }
    prev = { text, json: r.json };
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const mix = [...kinds].map(([k, v]) => `${k} ${v}`).join(', ');
  t.diagnostic(`property: ${n} inputs (${(chars / 1e6).toFixed(1)} M chars; ${mix}) in ${secs} s, seed ${SEED}`);
  console.log(`property: ${n} inputs run (${(chars / 1e6).toFixed(1)} M chars) in ${secs} s, seed ${SEED}`);
  assert.ok(n >= MIN_INPUTS);
});

test('every sample article cut at a dozen points: prefixes and suffixes analyse soundly', () => {
  let n = 0;
  for (const s of samples) {
    const step = Math.max(1, Math.floor(s.length / 12));
    for (let i = 0; i <= s.length; i += step) {
      for (const text of [s.slice(0, i), s.slice(i)]) {
        const r = check(text);
        if (r.problem) report(n, 'cut', text, r.problem, (x) => check(x).problem !== null);
        n++;
      }
    }
  }
  assert.ok(n > 100);
});
