import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEntities, normalizeName } from './entity-merge';
import { entity } from './test-fixture';

const m = (text: string) => ({ start: 0, end: text.length, text });
const person = (id: string, name: string) => entity(id, name, 'person', [m(name)]);

test('spelling variants normalize alike', () => {
  assert.equal(normalizeName('Zelenskyy'), normalizeName('Zelensky'));
  assert.equal(normalizeName('Zelenskiy'), normalizeName('Zelensky'));
  assert.equal(normalizeName('Éric Zemmour'), 'eric zemour');
});

test('the same person under spelling variants across articles is one workspace entity', () => {
  const merged = mergeEntities([
    { uri: 'a', entities: [person('1', 'Volodymyr Zelensky'), person('2', 'Vladimir Putin')] },
    { uri: 'b', entities: [person('1', 'Volodymyr Zelenskyy')] },
    { uri: 'c', entities: [person('1', 'Volodymyr Zelenskiy'), person('2', 'Putin')] },
  ]);
  const z = merged.find((e) => e.name.startsWith('Volodymyr'))!;
  assert.deepEqual(z.refs.map((r) => r.uri).sort(), ['a', 'b', 'c']);
  assert.ok(z.spellings.includes('Volodymyr Zelenskyy'));
  const p = merged.find((e) => e.name === 'Vladimir Putin')!;
  assert.deepEqual(p.refs.map((r) => r.uri).sort(), ['a', 'c']);
  assert.equal(merged.length, 2);
});

test('different people are not merged: other first name, other type, ambiguous surname', () => {
  const merged = mergeEntities([
    { uri: 'a', entities: [person('1', 'Donald Trump'), person('2', 'Melania Trump'), entity('3', 'Jordan', 'place', [m('Jordan')])] },
    { uri: 'b', entities: [person('1', 'Trump'), person('2', 'Michael Jordan'), person('3', 'Marco Rubio'), person('4', 'Mario Rubio')] },
  ]);
  const names = merged.map((e) => `${e.name}:${e.refs.length}`).sort();
  assert.deepEqual(names, ['Donald Trump:1', 'Jordan:1', 'Marco Rubio:1', 'Mario Rubio:1', 'Melania Trump:1', 'Michael Jordan:1', 'Trump:1']);
});
