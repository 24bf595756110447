// Calendar dates by name, and ranges of days: sentence in, dates out (text = value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate = '2025-02-10'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

test('both days of a range are dates, and a year after the range is both days\' year', () => {
  assert.deepEqual(dates('The summit is set for April 24-25 in Washington.'), ['April 24=2025-04-24', '25=2025-04-25']);
  assert.deepEqual(dates('The NATO summit on April 24 and 25 will mark it.'), ['April 24=2025-04-24', '25=2025-04-25']);
  assert.deepEqual(dates('The talks on April 24-25, 1998 failed.'), ['April 24=1998-04-24', '25, 1998=1998-04-25']);
});

test('a number after "and" that counts something is no day', () => {
  assert.deepEqual(dates('On Feb. 5 and 6 people died.'), ['Feb. 5=2025-02-05']);
  assert.ok(!dates('Inflation was 2.4 percent on April 24 - 25 percent higher than before.').some((d) => d.startsWith('25')));
});

test('"the week of March 16" is that day\'s ISO week', () => {
  assert.deepEqual(dates('A hearing is set for the week of March 16.', '1998-03-11'), ['the week of March 16=1998-W12']);
  assert.deepEqual(dates('The week of March 16, 1997 was calm.', '1998-03-11'), ['The week of March 16, 1997=1997-W11']);
});

test('"the Sept. 11 attacks" are those of 2001, whatever the article\'s year', () => {
  assert.deepEqual(dates('She cited her work after the Sept. 11 terrorist attacks.', '2016-09-30'), ['Sept. 11=2001-09-11']);
  assert.deepEqual(dates('The meeting on Sept. 11 was calm.', '2016-09-30'), ['Sept. 11=2016-09-11']);
});

test('a month or day "of last year", "of next year" takes that year', () => {
  assert.deepEqual(dates('Leaders agreed on a reform plan by March of next year.', '2016-09-18'), ['March of next year=2017-03']);
  assert.deepEqual(dates('We started this journey on June 16th of last year.', '2016-10-02'), ['June 16th of last year=2015-06-16']);
  assert.deepEqual(dates('Prices rose in July last year.', '2016-10-02'), ['July last year=2015-07']);
});
