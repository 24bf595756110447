import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';

const CODE = 'claim.unattributed-figure';

test('a statistic of the world with no source is flagged', () => {
  const text = 'The war grinds on. Tens of thousands are dead, and millions remain displaced. Yet talks go on.\n';
  assert.deepEqual(flagged(text, CODE), ['Tens of thousands are dead']);
});

test('a percentage of a group with no source is flagged', () => {
  assert.deepEqual(flagged('The mood has changed. Some 40 percent of voters are undecided.\n', CODE), ['40 percent of voters are undecided']);
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

test('a rough toll of a regime or a war, with its fate as the verb, is flagged', () => {
  const text = [
    'The junta ruled the island for two decades. More than 4,000 people, most of them students, disappeared in those years.',
    'The civil war lasted nine years. Thousands more were jailed or forced into exile.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['4,000 people, most of them students, disappeared', 'Thousands more were jailed']);
});

test('near miss: the count of one event, a crowd, a population and a group make-up are reporting, not claims', () => {
  const text = [
    'Nine passengers were killed in the crash on Tuesday, while 14 were injured.',
    'Eleven people died in the flooding, with hundreds more stranded on rooftops.',
    'Tens of thousands of fans lined the streets for the parade after the final.',
    'The drought has displaced millions of herders in the region.',
    'About 60 percent of Mauritians are Hindu, and they vote in large numbers.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});
