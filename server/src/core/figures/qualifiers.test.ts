// Qualifiers as a field of the figure, normalized, and only where the words qualify the number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('"just below", "about" and "above" the same number are three different figures', () => {
  assert.deepEqual(figs('Unemployment was just below 8% in May, about 8% in June and above 8% in July.'), [
    'percent 8 % nearly: 8%', 'percent 8 % about: 8%', 'percent 8 % more than: 8%',
  ]);
});

test('bounds before the number keep their meaning', () => {
  assert.deepEqual(figs('More than 120,000 fans attended.'), ['count 120000 fans more than: 120,000 fans']);
  assert.deepEqual(figs('The quake destroyed at least 40 homes.'), ['count 40 homes at least: 40 homes']);
  assert.deepEqual(figs('Fewer than 900 pupils sat the exam.'), ['count 900 pupils less than: 900 pupils']);
  assert.deepEqual(figs('The bill allows fines of up to $2 million.'), ['money 2000000 USD up to: $2 million']);
  assert.deepEqual(figs('Guests may bring no more than 3 bags.'), ['count 3 bags at most: 3 bags']);
  assert.deepEqual(figs('The rebels hold no fewer than 12 towns.'), ['count 12 towns at least: 12 towns']);
});

test('approximations: about, around, roughly, some, an estimated, nearly, almost', () => {
  assert.deepEqual(figs('Roughly 70 percent of the crop was lost.'), ['percent 70 % about: 70 percent']);
  assert.deepEqual(figs('An estimated 2.4 million people voted.'), ['count 2400000 people about: 2.4 million people']);
  assert.deepEqual(figs('Some 26 ships waited offshore.'), ['count 26 ships about: 26 ships']);
  assert.deepEqual(figs('The drought lasted almost three years.'), ['duration 3 year nearly: three years']);
});

test('qualifiers after the number', () => {
  assert.deepEqual(figs('The storm felled 500 or more trees.'), ['count 500 null at least: 500']);
  assert.deepEqual(figs('A 40-plus crew worked the night.'), ['count 40 null more than: 40']);
});

test('words that only look like qualifiers', () => {
  // "about" after a verb of speech is what the talk concerns.
  assert.deepEqual(figs('The mayor talked about 3 plans for the park.'), ['count 3 plans: 3 plans']);
  // "over" after a quarrel is what it concerns; "over ten years" is a span of time.
  assert.deepEqual(figs('A dispute over $5 million split the board.'), ['money 5000000 USD: $5 million']);
  assert.deepEqual(figs('Prices doubled over ten years.'), ['duration 10 year: ten years']);
  // "up to" after a verb of motion is where a total arrived.
  assert.deepEqual(figs('The new cases brought the toll up to 31 deaths.'), ['count 31 deaths: 31 deaths']);
});
