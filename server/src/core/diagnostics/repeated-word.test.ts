import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.repeated-word';

test('a word written twice is flagged and the repeat removed', () => {
  const text = 'The deal expires at the the end of November. The the talks resume.\n';
  assert.deepEqual(flagged(text, CODE), ['the the', 'The the']);
  assert.equal(fixed(text, CODE), 'The deal expires at the end of November. The talks resume.\n');
});

test('near miss: "had had", "that that", names and emphasis in capitals are fine', () => {
  const text = 'He had had enough. She said that that was all. Nick Rhodes of Duran Duran was there. It is the first FIRST Global contest.\n';
  assert.deepEqual(flagged(text, CODE), []);
});
