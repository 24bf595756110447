import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.punctuation';

test('a comma between an adverb and its adjective is flagged and removed', () => {
  const text = 'Both leaders are at least verbally, open to direct talks.\n';
  assert.deepEqual(flagged(text, CODE), ['verbally, open']);
  assert.equal(fixed(text, CODE), 'Both leaders are at least verbally open to direct talks.\n');
});

test('near miss: an aside in commas, "likely, according to" and a list are fine', () => {
  const text = 'He is, frankly, open to talks. A deal is likely, according to aides. The mood was calm, hopeful, and open to change.\n';
  assert.deepEqual(flagged(text, CODE), []);
});
