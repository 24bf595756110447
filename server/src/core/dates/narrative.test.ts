// Issue 16: dates right on any news, or unresolved where the text does not decide. Sentences written for
// these tests (no development or wild-set article).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate: string | null = '2025-06-11'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}${d.anchor ? ` <${d.anchor} ${d.anchorDate}>` : ''}`);
}

test('a copy\'s view, retrieval or change stamp is no publication date and anchors nothing', () => {
  const text = 'Ferry fares rise\nViewed on: 2024-12-23\n\nThe ferry company raised fares on Tuesday, its director said.\n\nRetrieved 20 December 2024. This page was last modified on 22 December 2024.\n';
  const a = analyze(text);
  assert.equal(a.publishedDate, null);
  assert.equal(a.dates.find((d) => d.text === 'Tuesday')?.value, 'XXXX-WXX-2');
  // An update stamp near the headline is not the publication date either; a "Published" line is.
  assert.equal(analyze('Ferry fares rise\nUpdated: March 3, 2025\n\nFares rose on Tuesday.').publishedDate, null);
  assert.equal(analyze('Ferry fares rise\nPublished: March 3, 2025\n\nFares rose on Tuesday.').publishedDate, '2025-03-03');
});

test('each resolved relative date says what it was counted from', () => {
  // 2025-06-11 is a Wednesday.
  assert.deepEqual(dates('The mill closed on Monday. The land was sold in May 2019, and later that year the owners left.'), [
    'Monday=2025-06-09 <published 2025-06-11>',
    'May 2019=2019-05',
    'later that year=2019 <text 2019-05>',
  ]);
  // With no publication date, the latest date of the text is the anchor: a date in the text.
  assert.deepEqual(dates('The dam failed on 3 April 2021 and repairs began the next day.', null), [
    '3 April 2021=2021-04-03',
    'the next day=2021-04-04 <text 2021-04-03>',
  ]);
});

test('"N years earlier/later" count from the time the story set, not from the publication date', () => {
  assert.deepEqual(dates('Her uncle learned he had the disease at 52. Ten years earlier, his brother had died of it.'), ['Ten years earlier=null']);
  assert.deepEqual(dates('The poet was 24 when she left Lagos. A decade later she came back.'), ['A decade later=null']);
  assert.deepEqual(dates('The bakery opened in 1998. Six years later it moved across the river.'), ['1998=1998', 'Six years later=2004 <text 1998>']);
  // A comparison "than a year earlier" stays the year before the report.
  assert.deepEqual(dates('Exports were 4 percent higher than a year earlier.'), ['a year earlier=2024 <published 2025-06-11>']);
});

test('"that morning" and "that year" inside an anecdote with no date stay unresolved', () => {
  const text = 'The senator spoke on Friday about her past. When she was in college, she worked nights at a diner. That morning she missed her exam.';
  assert.deepEqual(dates(text), ['Friday=2025-06-06 <published 2025-06-11>', 'That morning=null']);
  const summer = 'The coach retired on Sunday. As a teenager he had cleaned boats, and in the summer he sold ice cream on the pier.';
  assert.deepEqual(dates(summer), ['Sunday=2025-06-08 <published 2025-06-11>', 'the summer=null']);
});

test('a year that names a budget, plan, season or fiscal year is no event date', () => {
  assert.deepEqual(dates('Lawmakers finally approved the 2020 budget in a late session.'), ['2020=null']);
  assert.deepEqual(dates('The club has struggled all through the 2023 season.'), ['2023=null']);
  assert.deepEqual(dates('The kingdom promotes tourism under Vision 2030.'), ['2030=null']);
  assert.deepEqual(dates('Revenue in fiscal 2024 rose sharply.'), ['fiscal 2024=null']);
  // A plain year still dates an event.
  assert.deepEqual(dates('The bridge collapsed in 2020 after heavy rain.'), ['2020=2020']);
});

test('a fiscal quarter is no calendar quarter, nor is "the quarter" that refers back to it', () => {
  assert.deepEqual(dates('The retailer lost money in its fiscal second quarter. Sales in the quarter fell.'), ['fiscal second quarter=null', 'the quarter=null']);
  assert.deepEqual(dates('Chip sales in Q3 FY2025 beat forecasts.'), ['Q3=null']);
  assert.deepEqual(dates('Chip sales in the third quarter of 2024 beat forecasts.'), ['the third quarter of 2024=2024-Q3']);
});

test('with no publication date, a latest full date older than a year the text names anchors nothing', () => {
  // A life story: the one full date is a birth, the article speaks from after 2011.
  assert.deepEqual(dates('The sculptor fell ill last week. She was born on 4 May 1931 in Bergen and exhibited until 2011.', null), [
    'last week=null',
    '4 May 1931=1931-05-04',
    '2011=2011',
  ]);
});

test('an approximate distance back fixes no calendar date; an exact one does', () => {
  assert.deepEqual(dates('The pier was rebuilt about a decade ago.'), ['a decade ago=null']);
  assert.deepEqual(dates('She left the island nearly 30 years ago.'), ['30 years ago=null']);
  assert.deepEqual(dates('The pier was rebuilt three years ago.'), ['three years ago=2022 <published 2025-06-11>']);
});

test('the day before or after a named day, and the eve of one', () => {
  assert.deepEqual(dates('The day before Christmas the market closed.', '2026-01-10'), ['The day before Christmas=2025-12-24 <published 2026-01-10>']);
  assert.deepEqual(dates('They met on the eve of 9 March 2024.'), ['the eve of 9 March 2024=2024-03-08']);
});

test('a year written "fiscal year 2017" in lower case is a fiscal year, with no calendar value', () => {
  assert.deepEqual(dates('Spending since the start of fiscal year 2017 reached $4 million.'), ['2017=null']);
});
