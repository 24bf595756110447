import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSummary, nameList } from './summary';
import type { ArticleAnalysis } from '../core';

test('a cut name list says how many more there are; a full one says nothing', () => {
  assert.equal(nameList(['A', 'B']), 'A, B');
  assert.equal(nameList(['A', 'B', 'C', 'D', 'E', 'F']), 'A, B, C, D, E, F');
  assert.equal(nameList(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']), 'A, B, C, D, E, F and 2 more');
  const entity = (i: number) => ({ id: `p${i}`, name: `Person ${i}`, type: 'person', role: null, aliases: [], mentions: [] });
  const a = { file: 'x.txt', headline: null, publishedDate: null, entities: Array.from({ length: 9 }, (_, i) => entity(i)), quotes: [], figures: [], dates: [], timeline: [], diagnostics: [], boilerplate: [], sections: [] } as unknown as ArticleAnalysis;
  assert.match(formatSummary(a), /people \(9\): Person 0, .*Person 5 and 3 more\n/);
});
