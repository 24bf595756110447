import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';

const CODE = 'claim.unattributed-figure';

test('a statistic of the world with no source is flagged', () => {
  const text = 'The war grinds on. Tens of thousands are dead, and millions remain displaced. Yet talks go on.\n';
  assert.deepEqual(flagged(text, CODE), ['Tens of thousands are dead']);
});

test('a percentage of a group with no source is flagged', () => {
  assert.deepEqual(flagged('The mood has changed. Some 40 percent of voters are undecided.\n', CODE), ['40 percent of voters']);
});

test('near miss: a figure with its source in or next to the sentence, ages, money and quotes', () => {
  const text = [
    'At least 107 people were killed, according to the Civil Defense Authority.',
    'The ministry published its count on Monday. Thousands of civilians were displaced.',
    '"Thousands of people are dead," said Anton, a 32-year-old warehouse worker.',
    'Kyiv may buy $100 billion in weapons.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});
