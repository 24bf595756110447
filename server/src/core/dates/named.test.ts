// Holidays, seasons and days counted from a date before: sentence in, dates out (text = value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate = '2025-10-26'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

test('US Election Day is the Tuesday after the first Monday of November; one a few days ahead is awaited', () => {
  assert.deepEqual(dates('They campaigned hard from now to Election Day.'), ['now=PRESENT_REF', 'Election Day=2025-11-04']);
  assert.deepEqual(dates('Turnout was high on Election Day 2024.'), ['Election Day 2024=2024-11-05']);
});

test('a holiday more than two months ahead in a past sentence is last year\'s', () => {
  assert.deepEqual(dates('Sales rose at Christmas.', '2025-08-20'), ['Christmas=2024-12-25']);
  assert.deepEqual(dates('Sales will rise at Christmas.', '2025-08-20'), ['Christmas=2025-12-25']);
  assert.deepEqual(dates('Fund-raisers multiply as Election Day grows near.', '2016-09-21'), ['Election Day=2016-11-08']);
});

test('"the next morning" is the day after the date last named', () => {
  assert.deepEqual(dates('The raid came on Aug. 3. He appeared in court the next morning.'), ['Aug. 3=2025-08-03', 'the next morning=2025-08-04']);
});

test('a season after "into the" keeps its article', () => {
  assert.deepEqual(dates('Demand stayed weak well into the summer.'), ['the summer=2025-SU']);
});

test('a season after "of the", "from the", "after the" is a time too, as after "in the"', () => {
  assert.deepEqual(dates('Bookings recovered from the lows of the early summer.'), ['the early summer=2025-SU']);
  assert.deepEqual(dates('Prices have climbed steadily since before the spring.'), ['the spring=2025-SP']);
  // A season alone, with no article before it, stays what it usually is: a kind of thing ("summer jobs").
  assert.deepEqual(dates('Students look for summer jobs.'), []);
});

test('Christmas trees and Christmas Island are no dates', () => {
  assert.deepEqual(dates('He sold Christmas trees from Oregon.', '2025-08-20'), []);
  assert.deepEqual(dates('He flew to Christmas Island.', '2025-08-20'), []);
});

test('a holiday name after a given name is a surname', () => {
  assert.deepEqual(dates('He wrote it with illustrator Johnnie Christmas.', '2025-08-20'), []);
});

test('year-end is the article\'s year (the one before after "since"); "year-end results" is no date', () => {
  assert.deepEqual(dates('The sale should close by year-end.', '1989-11-02'), ['year-end=1989']);
  assert.deepEqual(dates('Rules should be in place by year\'s end.', '1989-11-02'), ["year's end=1989"]);
  assert.deepEqual(dates('The index is up 12% since year-end.', '1989-11-02'), ['year-end=1988']);
  assert.deepEqual(dates('Its year-end net was low.', '1989-11-02'), []);
});

test('"that night" is the day last named; "9/11" is the day of the attacks', () => {
  assert.deepEqual(dates('On Oct. 3 he was arrested. He escaped that night.'), ['Oct. 3=2025-10-03', 'that night=2025-10-03']);
  assert.deepEqual(dates('The 9/11 attacks changed it; the score was 19/11.'), ['9/11=2001-09-11']);
});
