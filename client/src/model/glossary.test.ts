import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossary } from './glossary';

test('a glossary is an array of named, typed entries', () => {
  const g = parseGlossary('[{"name": "Elena Marsh", "type": "person", "aliases": ["Marsh", 3], "role": "Mayor"}, {"name": "Harbor City", "type": "place"}]');
  assert.deepEqual(g.entries, [
    { name: 'Elena Marsh', type: 'person', aliases: ['Marsh'], role: 'Mayor' },
    { name: 'Harbor City', type: 'place' },
  ]);
  assert.deepEqual(g.problems, []);
});

test('an object with entries works too, and bad entries are skipped with a reason', () => {
  const g = parseGlossary('\uFEFF{"entries": [{"name": "X", "type": "planet"}, {"type": "person"}, {"name": "Okafor", "type": "person"}]}');
  assert.deepEqual(g.entries.map((e) => e.name), ['Okafor']);
  assert.equal(g.problems.length, 2);
  assert.match(g.problems[0], /^entry 1:/);
});

test('bad JSON or a wrong shape gives no entries and says why', () => {
  assert.match(parseGlossary('{nope').problems[0], /not valid JSON/);
  assert.match(parseGlossary('{"a": 1}').problems[0], /expected an array/);
  assert.deepEqual(parseGlossary('null').entries, []);
});
