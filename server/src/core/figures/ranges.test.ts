// Ranges as low and high (value = low, as before); changes "from X to Y" as two figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('a range keeps both ends', () => {
  assert.deepEqual(figs('Offenders face 5-8 years in prison.'), ['duration 5 year 5..8: 5-8 years']);
  assert.deepEqual(figs('The survey covered people aged 30-39.'), ['age 30 year 30..39: aged 30-39']);
  assert.deepEqual(figs('Rents rose between 20 and 30 percent.'), ['percent 20 % 20..30: between 20 and 30 percent']);
  assert.deepEqual(figs('Fares will climb by 10 to 15 percent.'), ['percent 10 % 10..15: 10 to 15 percent']);
  assert.deepEqual(figs('Each flat should sell for $5m-$7m.'), ['money 5000000 USD 5000000..7000000: $5m-$7m']);
});

test('the low end shares the scale of the high end', () => {
  assert.deepEqual(figs('The bridge may cost $10-15 billion.'), ['money 10000000000 USD 10000000000..15000000000: $10-15 billion']);
  assert.deepEqual(figs('Between five and seven million tourists come.'), ['count 5000000 tourists 5000000..7000000: Between five and seven million tourists']);
});

test('a bare pair of numbers that goes up is a range of counts', () => {
  assert.deepEqual(figs('Groups of 30-39 pupils are common.'), ['count 30 pupils 30..39: 30-39 pupils']);
});

test('"from X to Y" after a verb of change is two figures, not a range', () => {
  assert.deepEqual(figs('Turnout fell from 64 to 58 percent.'), ['percent 64 %: 64', 'percent 58 %: 58 percent']);
  assert.deepEqual(figs('The shares dropped $2.50 to $31.75 on Friday.'), ['money 2.5 USD: $2.50', 'money 31.75 USD: $31.75']);
  // "ranged from" is a range.
  assert.deepEqual(figs('Estimates ranged from 5 to 7 percent.'), ['percent 5 % 5..7: 5 to 7 percent']);
});

test('the low end shares the last scale word of the high end, in capitals too', () => {
  assert.deepEqual(figs('THE PLAN COSTS TWENTY TO THIRTY MILLION DOLLARS.'), ['money 20000000 USD 20000000..30000000: TWENTY TO THIRTY MILLION DOLLARS']);
  assert.deepEqual(figs('Repairs cost ten to two hundred million euros.'), ['money 10000000 EUR 10000000..200000000: ten to two hundred million euros']);
});
