// Dates that point back at the date last named: sentence in, dates out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate = '2025-08-20'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

test('"later that year" and "the following year" count from the date last named', () => {
  assert.deepEqual(dates('He fled to Spain in June 2011 and returned later that year.'), ['June 2011=2011-06', 'later that year=2011']);
  assert.deepEqual(dates('On May 22, 2015, she was promoted, and the following year she left.'), ['May 22, 2015=2015-05-22', 'the following year=2016']);
  assert.deepEqual(dates('The plan was unveiled in March 2019. The following month, it was shelved.'), ['March 2019=2019-03', 'The following month=2019-04']);
});

test('"that day" with no day named before it is not a date', () => {
  assert.deepEqual(dates('Traders lost money on trades made that day.'), []);
  assert.deepEqual(dates('He was shot on Oct. 23, 2018. Earlier that day, the family had called the police.'), ['Oct. 23, 2018=2018-10-23', 'Earlier that day=2018-10-23']);
});

test('"two years later" counts from the date the story last named, not from the article', () => {
  assert.deepEqual(dates('He was arrested on March 3, 1997. Two years later he was freed.'), ['March 3, 1997=1997-03-03', 'Two years later=1999']);
  assert.deepEqual(dates('It opened in June 1995; a month later it closed.'), ['June 1995=1995-06', 'a month later=1995-07']);
  assert.deepEqual(dates('Three days later he died.'), ['Three days later=null']);
});

test('"the previous Friday", "the following Tuesday" count from the day last named', () => {
  // 2025-08-15 is a Friday, 2025-08-19 a Tuesday.
  assert.deepEqual(dates('The index closed at 812 on Friday, Aug. 15, 2025, down 2% from the previous Friday.'), ['Friday, Aug. 15, 2025=2025-08-15', 'the previous Friday=2025-08-08']);
  assert.deepEqual(dates('The ferry sank on Tuesday, Aug. 19, 2025. Divers reached the wreck the following Saturday.'), ['Tuesday, Aug. 19, 2025=2025-08-19', 'the following Saturday=2025-08-23']);
  // After a month only, the text does not say which Saturday.
  assert.deepEqual(dates('The ferry sank in June 2024. Divers reached it the following Saturday.'), ['June 2024=2024-06', 'the following Saturday=null']);
  // With no date before it, the article's day (a Wednesday) is the one it counts from.
  assert.deepEqual(dates('Talks resume the following Monday.'), ['the following Monday=2025-08-25']);
});
