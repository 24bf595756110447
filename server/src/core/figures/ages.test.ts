// Ages: "age 45", "aged 45", "45-year-old", "45 years of age", "(45)" after a name, "45, of Chicago".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('ages written with "age"', () => {
  assert.deepEqual(figs('She left school at age 15.'), ['age 15 year: age 15']);
  assert.deepEqual(figs('He retired at the age of 61.'), ['age 61 year: age of 61']);
  assert.deepEqual(figs('Adults ages 18 to 24 were asked.'), ['age 18 year 18..24: ages 18 to 24']);
  assert.deepEqual(figs('The man, 52 years of age, was released.'), ['age 52 year: 52 years of age']);
  assert.deepEqual(figs('A six-month-old calf survived.'), ['age 6 month: six-month-old']);
});

test('an age beside a person', () => {
  assert.deepEqual(figs('Amaka Obi (34) was named chief executive.'), ['age 34 year: 34']);
  assert.deepEqual(figs('The driver, 27, was unhurt.'), ['age 27 year: 27']);
  assert.deepEqual(figs('A cyclist, 61, of Bristol was hurt.'), ['age 61 year: 61']);
  assert.deepEqual(figs('The farm belonged to Tomas Lindqvist, 78.'), ['age 78 year: 78']);
});

test('numbers in brackets or after commas that are no ages', () => {
  // A minute of play in brackets after a name.
  assert.deepEqual(figs('Hakim Ziyech (67) scored the winning goal.'), []);
  // A tally after single names is no age.
  assert.deepEqual(figs('Votes: Smith, 45; Jones, 40.'), ['count 45 null: 45', 'count 40 null: 40']);
  // A list marker.
  assert.deepEqual(figs('The rules are (2) brief.'), []);
});

test('the age at an event of a life', () => {
  assert.deepEqual(figs('Painter Ida Moss dies at 91'), ['age 91 year: 91']);
  assert.deepEqual(figs('He began sailing when he was 12, his sister said.'), ['age 12 year: 12']);
  assert.deepEqual(figs('She was 12 points ahead when she was 3 laps from home.'), ['count 12 points: 12 points', 'count 3 laps: 3 laps']);
});
