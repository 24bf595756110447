// Property tests of the core over generated hostile texts (fast-check: seeded, repeatable, shrunk on
// failure): analyze() never throws, every range lies inside the text and on code-point boundaries, each
// span's text is its slice, the result matches the JSON Schema, and analysing a text again (also after
// another text) gives the same JSON. This file: the checker itself, very long lines and the samples cut
// at a dozen points; the 10,000 generated articles are in test/property-articles-*.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core';
import type { ArticleAnalysis } from '../server/src/core/types';
import { longLine } from './property-input';
import { onCodePointBoundary, problems } from './property-check';
import { LONG_RUNS, assertProperty, check, samples } from './property-run';

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

test(`analyze() on ${LONG_RUNS} very long lines (10-30 K characters without a break): the same properties`, () => {
  const { runs } = assertProperty(longLine, LONG_RUNS);
  assert.ok(runs >= LONG_RUNS);
});

test('every sample article cut at a dozen points: prefixes and suffixes analyse soundly', () => {
  let n = 0;
  for (const s of samples) {
    const step = Math.max(1, Math.floor(s.length / 12));
    for (let i = 0; i <= s.length; i += step) {
      for (const text of [s.slice(0, i), s.slice(i)]) {
        const r = check(text);
        assert.equal(r.problem, null, `a sample cut at ${i} (${text.length} chars): ${r.problem}`);
        n++;
      }
    }
  }
  assert.ok(n > 100);
});
