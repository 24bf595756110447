// Which side of the article's date a weekday or a month without a year falls on: sentence in, dates out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate = '2025-08-20'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

// 2025-08-20 is a Wednesday.
test('a past reporting verb right before the weekday dates the saying, whatever the plan it reports', () => {
  assert.deepEqual(dates('The bank said Monday that it intends to raise its offer.'), ['Monday=2025-08-18']);
});

test('a plan that lay ahead in the past perfect is already past', () => {
  assert.deepEqual(dates('The offer had been due to expire Friday.'), ['Friday=2025-08-15']);
  assert.deepEqual(dates('Until Thursday, the police had not named a suspect.'), ['Thursday=2025-08-14']);
});

test('reported plans and expectations look ahead', () => {
  assert.deepEqual(dates('His lawyer said he would be flying to Rome Thursday.'), ['Thursday=2025-08-21']);
  assert.deepEqual(dates('They expect the deal to close by Dec. 15.'), ['Dec. 15=2025-12-15']);
  assert.deepEqual(dates('The talks are supposed to conclude by May.', '2025-03-22'), ['May=2025-05']);
});

test('a month up to two months ahead is this year without a future cue; further ahead in a past sentence, last year', () => {
  assert.deepEqual(dates('The hearing is in October.', '2025-08-20'), ['October=2025-10']);
  assert.deepEqual(dates('The plant closed in November.', '2025-08-20'), ['November=2024-11']);
});

test('a month ahead of the article\'s in a clause about a finished event is last year\'s, however near', () => {
  assert.deepEqual(dates('The mill closed in September after a long strike.'), ['September=2024-09']);
  assert.deepEqual(dates('Its lease ran out on Aug. 31 and was not renewed.'), ['Aug. 31=2024-08-31']);
  assert.deepEqual(dates('The council has spent less since the depot was sold in October.'), ['October=2024-10']);
  assert.deepEqual(dates('Investigators have gathered new evidence in the September robbery.'), ['September=2024-09']);
  // The article's own month is never the year before.
  assert.deepEqual(dates('In August, ticket sales fell by a third.'), ['August=2025-08']);
});

test('a month ahead stays this year\'s when the past tense is a saying, a deadline, a plan or a present passive', () => {
  assert.deepEqual(dates('The ministry said the census starts in September.'), ['September=2025-09']);
  assert.deepEqual(dates('The filing deadline was extended to Sept. 15.'), ['Sept. 15=2025-09-15']);
  assert.deepEqual(dates('The regulator asked the utility to publish its accounts in October.'), ['October=2025-10']);
  assert.deepEqual(dates('The merger, which is expected in October, needs one more vote.'), ['October=2025-10']);
  assert.deepEqual(dates('Her lawyers want bail when the appeal is heard in September.'), ['September=2025-09']);
  assert.deepEqual(dates('The board ordered repairs by Oct. 1.'), ['Oct. 1=2025-10-01']);
});

test('a quarter still ahead is a forecast: later "a year ago" and "the quarter" refer to the last quarter reported', () => {
  const text = 'Analysts expect losses through the third quarter of 2026. Third-quarter sales fell from a year ago.';
  assert.deepEqual(dates(text, '2025-10-26'), ['the third quarter of 2026=2026-Q3', 'Third-quarter=2025-Q3', 'a year ago=2024-Q3']);
});

test('an evening keeps its part of the day', () => {
  assert.deepEqual(dates('A woman was killed Tuesday evening in Brooklyn.'), ['Tuesday evening=2025-08-19TEV']);
});

test('in a report on a quarter, a comparison with last year is that quarter a year before, unless a longer period is compared', () => {
  const dct = '2025-10-26';
  assert.deepEqual(dates('Profit rose in the third quarter, compared with $3 million last year.', dct), ['the third quarter=2025-Q3', 'last year=2024-Q3']);
  assert.deepEqual(dates('Profit rose in the third quarter. For the nine months, sales rose from $9 million a year earlier.', dct), ['the third quarter=2025-Q3', 'a year earlier=2024']);
  assert.deepEqual(dates('Profit rose in the third quarter. Last year the plant was closed.', dct), ['the third quarter=2025-Q3', 'Last year=2024']);
});

test('the tense is judged where the date starts: "through January" looks ahead, unless it closes a range begun just before', () => {
  assert.deepEqual(dates('The loans run through January.', '2025-10-30'), ['January=2026-01']);
  assert.deepEqual(dates('The fund reported its sales picture this year through August.', '2025-10-27'), ['this year=2025', 'August=2025-08']);
});

test('names joined by "and" do not end the clause that carries the future cue', () => {
  assert.deepEqual(dates('Qantas will double its flights between Australia and India by August.', '2025-02-13'), ['August=2025-08']);
  // A date's own name is no such name.
  assert.deepEqual(dates('He resigned Monday and Smith will replace him.'), ['Monday=2025-08-18']);
});

test('a clause reported after the date ("saying ... will") does not move the date', () => {
  // 2025-08-23 is a Saturday.
  assert.deepEqual(dates('The ambassadors issued a joint statement Friday saying their entry will change Europe.', '2025-08-23'), ['Friday=2025-08-22']);
});

test('a date set before its clause takes that clause\'s tense', () => {
  // 2025-08-18 is a Monday.
  assert.deepEqual(dates('On Tuesday, the league will publish its report.', '2025-08-18'), ['Tuesday=2025-08-19']);
  // ... unless that clause reports a saying: the date is the saying's.
  assert.deepEqual(dates('On Tuesday, Smith said he would resign.'), ['Tuesday=2025-08-19']);
});

test('deadlines and agreed plans look ahead', () => {
  assert.deepEqual(dates('The program is to pay down the loan by February.', '2025-10-30'), ['February=2026-02']);
  assert.deepEqual(dates('It agreed to buy the unit for $22 million in February.', '2025-10-30'), ['February=2026-02']);
  // ... but "by" after a plain past counts what had happened by then.
  assert.deepEqual(dates('The hashtag was used over one million times by Thursday night.', '2015-09-22'), ['Thursday night=2015-09-17']);
  assert.deepEqual(dates('The United Nations must decide by Friday.', '2015-09-22'), ['Friday=2015-09-25']);
  // A fronted "By ..." takes its clause's tense.
  assert.deepEqual(dates('By 9 a.m. Sunday, Al Sharpton began to tweet.', '2016-09-19'), ['9 a.m. Sunday=2016-09-18T09:00']);
  assert.deepEqual(dates('By Friday, the company will decide.', '2016-09-19'), ['Friday=2016-09-23']);
});

test('a possessive weekday names an event: its own verb dates it, else the nearer day does', () => {
  // 2025-08-22 is a Friday.
  assert.deepEqual(dates("They would look for ways to get around Wednesday's ruling.", '2025-08-22'), ["Wednesday's=2025-08-20"]);
  assert.deepEqual(dates("Sunday's vote will decide the matter.", '2025-08-22'), ["Sunday's=2025-08-24"]);
  // 2016-09-25 is a Sunday.
  assert.deepEqual(dates("A majority of voters expect Clinton to win Monday's debate.", '2016-09-25'), ["Monday's=2016-09-26"]);
});

test('a present-tense modal makes a weekday future; its perfect, past "could" and a saying between do not', () => {
  // 2025-08-20 is a Wednesday.
  const d = (t: string) => analyze(t, { publishedDate: '2025-08-20' }).dates.map((x) => `${x.text}=${x.value}`);
  assert.deepEqual(d('The prime minister may visit the flooded towns on Friday.'), ['Friday=2025-08-22']);
  assert.deepEqual(d('Residents can return to their homes Sunday, the mayor said.'), ['Sunday=2025-08-24']);
  assert.deepEqual(d('The climber may have fallen Sunday, rescuers said.'), ['Sunday=2025-08-17']);
  assert.deepEqual(d('The owner could not be reached Monday.'), ['Monday=2025-08-18']);
  assert.deepEqual(d('The governor on Tuesday said the state may close its schools.'), ['Tuesday=2025-08-19']);
  assert.deepEqual(d('The results will be announced Friday.'), ['Friday=2025-08-22']);
  // The month May is no modal.
  assert.deepEqual(d('Exports fell in May, the ministry said Monday.'), ['May=2025-05', 'Monday=2025-08-18']);
});

test('a scheduled event in the simple present lies ahead: "the summit opens Monday"', () => {
  // 2025-08-20 is a Wednesday.
  assert.deepEqual(dates('The trade fair opens Monday in Hanover.'), ['Monday=2025-08-25']);
  assert.deepEqual(dates('Both delegations meet separately Friday with the mediator.'), ['Friday=2025-08-22']);
  assert.deepEqual(dates('The school year begins on Tuesday, the district said.'), ['Tuesday=2025-08-26']);
  // The past, or a negated past, stays behind.
  assert.deepEqual(dates('The fair opened Monday in Hanover.'), ['Monday=2025-08-18']);
  assert.deepEqual(dates('The delegations did not meet Friday.'), ['Friday=2025-08-15']);
});

test('a one-word aside in parentheses does not cut the clause that carries the tense', () => {
  assert.deepEqual(dates('Ten rowers are to be picked for the European Masters Regatta (EMR) finals in Ghent in November.'), ['November=2025-11']);
  // A longer aside still ends the clause: its own verb is not the date's.
  assert.deepEqual(dates('The club (which will close soon) opened in November.'), ['November=2024-11']);
});
