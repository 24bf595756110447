// Counts: the noun a count counts across its modifiers, numbers in words that are counts by the words
// around them, compounds ("3,000-strong"), thousands written K. Sentences written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('the counted noun is the plural head after up to three modifiers, proper adjectives included', () => {
  assert.deepEqual(figs('Police detained four Dutch football supporters.'), ['count 4 supporters: four Dutch football supporters']);
  assert.deepEqual(figs('The ferry carried 12 Danish tourists.'), ['count 12 tourists: 12 Danish tourists']);
  assert.deepEqual(figs('Nine U.N. inspectors arrived.'), ['count 9 inspectors: Nine U.N. inspectors']);
  assert.deepEqual(figs('About 2.1 million Peruvians voted early.'), ['count 2100000 Peruvians about: 2.1 million Peruvians']);
  assert.deepEqual(figs('The school sent ten children home.'), ['count 10 children: ten children']);
  assert.deepEqual(figs('The bank closed nearly 800 rural branches.'), ['count 800 branches nearly: 800 rural branches']);
});

test('a number before a capitalised name with no plural head is still no count', () => {
  assert.deepEqual(figs('She appeared on 60 Minutes last year.'), []);
  assert.deepEqual(figs('Both the Under 21 Men’s and Under 19 Women’s squads travelled.'), []);
});

test('numbers in words with no noun are counts after a qualifier, as casualties, or as a part', () => {
  assert.deepEqual(figs('The fire destroyed at least nine.'), ['count 9 null at least: nine']);
  assert.deepEqual(figs('Three dead, two missing after the landslide.'), ['count 3 null: Three', 'count 2 null: two']);
  assert.deepEqual(figs('Eleven were injured when the stand collapsed.'), ['count 11 null: Eleven']);
  assert.deepEqual(figs('The blast hit a bus, killing four.'), ['count 4 null: four']);
  assert.deepEqual(figs('The death toll rose to nineteen.'), ['count 19 null: nineteen']);
  assert.deepEqual(figs('Only three of eight reactors are running.'), ['count 3 null: three', 'count 8 reactors: eight reactors']);
  assert.deepEqual(figs('Five or more buses were late.'), ['count 5 null at least: Five']);
});

test('numbers in words that stay no count', () => {
  assert.deepEqual(figs('Two is company.'), []);
  assert.deepEqual(figs('The two met in Lisbon.'), []);
  assert.deepEqual(figs('One of the pilots was hurt.'), []);
});

test('compounds that count, and those that do not', () => {
  assert.deepEqual(figs('A 5,000-strong crowd gathered.'), ['count 5000 null: 5,000-strong']);
  assert.deepEqual(figs('The 27-nation bloc agreed.'), ['count 27 nation: 27-nation']);
  assert.deepEqual(figs('They read the 400-page ruling.'), ['count 400 page: 400-page']);
  assert.deepEqual(figs('It was a three-way contest.'), []);
  assert.deepEqual(figs('Two-thirds of members agreed.'), []);
  assert.deepEqual(figs('They stayed at a five-star hotel.'), []);
});

test('thousands written K count only before what they count', () => {
  assert.deepEqual(figs('The storm left 12K homeless and damaged 40K homes.'), ['count 12000 homeless: 12K homeless', 'count 40000 homes: 40K homes']);
  assert.deepEqual(figs('She ran the 10K on Sunday.'), []);
});

test('a unit of time written with "a" is a duration after a qualifier or as "half an hour"', () => {
  assert.deepEqual(figs('The queue took half an hour.'), ['duration 0.5 hour: half an hour']);
  assert.deepEqual(figs('The strike lasted almost a month.'), ['duration 1 month nearly: a month']);
  assert.deepEqual(figs('Rent is paid once a month.'), []);
  assert.deepEqual(figs('The plant opened about a year ago.'), []);
});
