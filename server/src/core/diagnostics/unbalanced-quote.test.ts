import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from './lint.test-helper';

const CODE = 'garbled.unbalanced-quote';

test('a quotation mark with no partner is flagged', () => {
  assert.deepEqual(flagged('She said “we are leaving soon. Nobody answered.\nThe next day was calm.\n', CODE), ['“']);
});

test('near miss: balanced quotes and a quote running over paragraphs are fine', () => {
  const text = 'He said: “We are ready.”\n“We will go,” she said. “It is time.\n“We leave at dawn.”\n';
  assert.deepEqual(flagged(text, CODE), []);
});
