// Dates: sentence in, dates out (text = value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate: string | null = '2025-08-20'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}${d.relative ? ' (relative)' : ''}`);
}

test('absolute dates in their usual spellings', () => {
  assert.deepEqual(dates('The summit took place on August 16, 2025 in Alaska.'), ['August 16, 2025=2025-08-16']);
  assert.deepEqual(dates('It ended on 16 Aug 2025, officials said.'), ['16 Aug 2025=2025-08-16']);
  assert.deepEqual(dates('Prices rose in March 2022 and again in mid-2023.'), ['March 2022=2022-03', 'mid-2023=2023']);
  assert.deepEqual(dates('Growth slowed in the 1990s.'), ['the 1990s=199']);
});

test('a year alone in a sentence is a date; article numbers, amounts and counts are not', () => {
  assert.deepEqual(dates('Russia annexed Crimea in 2014.'), ['2014=2014']);
  assert.deepEqual(dates('It could mirror Article 5, worth $117,033.76 to 1.5 million people in 26 countries.'), []);
  assert.deepEqual(dates('The deal was worth 2000 dollars.', null), []);
  assert.deepEqual(dates('Leaders of the 1992 protests moved on; it sold 2000 shares.', null), ['1992=1992']);
  assert.deepEqual(dates("The March accession follows December's figures.", '1999-02-10'), ['March=1999-03 (relative)', 'December=1998-12 (relative)']);
});

test('relative dates resolve against the published date', () => {
  // 2025-08-20 is a Wednesday.
  assert.deepEqual(dates('Witkoff revealed Sunday that Russia had moved.'), ['Sunday=2025-08-17 (relative)']);
  assert.deepEqual(dates('Leaders will meet Friday in Paris.'), ['Friday=2025-08-22 (relative)']);
  assert.deepEqual(dates('Officials met last week and again yesterday.'), ['last week=2025-W33 (relative)', 'yesterday=2025-08-19 (relative)']);
  assert.deepEqual(dates('Talks continue this week.'), ['this week=2025-W34 (relative)']);
  assert.deepEqual(dates('Profit fell last year.'), ['last year=2024 (relative)']);
});

test('vague references', () => {
  assert.deepEqual(dates('Trump recently hosted Zelenskyy, and now the talks resume; the future is unclear.'), [
    'recently=PAST_REF (relative)', 'now=PRESENT_REF (relative)', 'the future=FUTURE_REF (relative)',
  ]);
});

test('quarters, weeks and times of day', () => {
  assert.deepEqual(dates('Third-quarter profit rose, the company said.', '1998-10-20'), ['Third-quarter=1998-Q3 (relative)']);
  assert.deepEqual(dates('Net income in the first quarter of 1998 was flat.'), ['the first quarter of 1998=1998-Q1']);
  assert.deepEqual(dates('The blast came at 2:30 p.m. Friday.', '1998-08-08'), ['2:30 p.m. Friday=1998-08-07T14:30 (relative)']);
});

test('relations to events stay relative without a value', () => {
  assert.deepEqual(dates('This came a day after Macron announced it.'), ['a day after=null (relative)']);
  assert.deepEqual(dates('Three-and-a-half years after Russia’s invasion, the war grinds on.'), ['Three-and-a-half years after Russia’s invasion=null (relative)']);
  assert.deepEqual(dates('Details are to be finalised within 10 days.'), ['within 10 days=null (relative)']);
});

test('without any anchor a weekday keeps a partial value', () => {
  assert.deepEqual(dates('Putin on Thursday extended an invitation.', null), ['Thursday=XXXX-WXX-4 (relative)']);
});

test('front matter gives the anchor, and a dateline does when there is none', () => {
  assert.deepEqual(dates('---\npublished: 2025-08-18\n---\nTrump met Putin on Saturday.', null), ['Saturday=2025-08-16 (relative)']);
  const a = analyze('WASHINGTON, Aug. 18, 2025 (AP) — Trump met Putin on Saturday.');
  assert.equal(a.publishedDate, '2025-08-18');
  assert.equal(a.dates.find((d) => d.text === 'Saturday')?.value, '2025-08-16');
});

test('with no published date, the latest full date the article states is the anchor', () => {
  const text = 'Witkoff revealed Sunday that Russia moved.\n| Date | Event |\n|---|---|\n| August 16, 2025 | Summit in Alaska. |\n| August 18, 2025 | Meeting in Washington. |\n';
  assert.equal(analyze(text).dates.find((d) => d.text === 'Sunday')?.value, '2025-08-17');
});

test('nothing from page furniture, and no crash on odd input', () => {
  assert.doesNotThrow(() => analyze('\uD800 Monday \u0000 August 32, 2025 ' + 'x'.repeat(10000)));
  for (const d of analyze('On Monday, August 4, 1998 and Aug. 5').dates) assert.ok(d.start < d.end);
});

test('the year of the report: "the full year"; "the fiscal year" has no calendar value (issue 16); "the past year" is the one before; "the year before" is no date', () => {
  assert.deepEqual(dates('Sales for the full year rose, and the fiscal year ends soon.'), ['the full year=2025 (relative)', 'the fiscal year=null (relative)']);
  assert.deepEqual(dates('Hate groups grew over the past year.'), ['the past year=2024 (relative)']);
  assert.deepEqual(dates('Sales reached $9 million, down from $11 million the year before.'), []);
});

test('the end of the month or week is the article\'s; "the past weekend" is the one before', () => {
  assert.deepEqual(dates('They aim to put troops in the region by the end of the month.'), ['the end of the month=2025-08 (relative)']);
  assert.deepEqual(dates('By the end of the week it will be done.'), ['the end of the week=2025-W34 (relative)']);
  assert.deepEqual(dates('Over the past weekend it rained.'), ['the past weekend=2025-W33-WE (relative)']);
});

test('counted and uncounted distances: "years ago", "two weeks from today", "earlier in the week"', () => {
  assert.deepEqual(dates('Decades ago it began.'), ['Decades ago=PAST_REF (relative)']);
  assert.deepEqual(dates('Two weeks from today it ends.'), ['Two weeks from today=2025-W36 (relative)']);
  assert.deepEqual(dates('It happened earlier in the week.'), ['earlier in the week=2025-W34 (relative)']);
  assert.deepEqual(dates('In the weeks before the shooting he left.'), []);
});

test('two decades joined by "and" are two dates with no space in them', () => {
  assert.deepEqual(dates('In the 1980s and 1990s it grew.'), ['the 1980s=198', '1990s=199']);
});

test('"USA Today", "VOA Today" and "the Today show" are titles, not days', () => {
  assert.deepEqual(dates('A reporter for USA Today spotted her.'), []);
  assert.deepEqual(dates('This is VOA Today.'), []);
  assert.deepEqual(dates('Spending rose, a USA TODAY analysis shows.'), []);
  assert.deepEqual(dates('He appeared on the Today show.'), []);
  assert.deepEqual(dates('Stocks fell. Today, they rose.'), ['Today=2025-08-20 (relative)']);
});

test('"a 2000 year old tradition" and "1709 schoolchildren" are counts, not years', () => {
  assert.deepEqual(dates('It continues a 2000 year old tradition.'), []);
  assert.deepEqual(dates('A survey of 1709 schoolchildren was held.'), []);
});

test('"a brighter tomorrow" and "the people of tomorrow" are no day', () => {
  assert.deepEqual(dates('They hope for a brighter tomorrow.'), []);
  assert.deepEqual(dates('If I were choosing the people of tomorrow, I would pick him.'), []);
  assert.deepEqual(dates('He leaves tomorrow.'), ['tomorrow=2025-08-21 (relative)']);
});

test('"today\'s" before the people or world of the present era is the present, not the day; "then-current" is the past', () => {
  assert.deepEqual(dates("Smartphones shape how today's teenagers learn, the teachers' union said."), ["today's=PRESENT_REF (relative)"]);
  assert.deepEqual(dates("The film stars two of today's best-known comedians."), ["today's=PRESENT_REF (relative)"]);
  assert.deepEqual(dates("Few of today's cars would pass that test."), ["today's=PRESENT_REF (relative)"]);
  // A day's own event or edition keeps the day.
  assert.deepEqual(dates("Markets waited for today's rate decision."), ["today's=2025-08-20 (relative)"]);
  assert.deepEqual(dates("The story ran in today's editions."), ["today's=2025-08-20 (relative)"]);
  assert.deepEqual(dates('Holders could sell at the then-current share price.'), ['then-current=PAST_REF (relative)']);
  assert.deepEqual(dates('He named the then current treasurer as a witness.'), ['then current=PAST_REF (relative)']);
});

test('a year inside a name is no date: an edition, a model year, a minor planet; a year after a sentence opener or a named day still is', () => {
  assert.deepEqual(dates('Athletes flew out on Monday for Paris 2024 and the Euro 2024 final.'), ['Monday=2025-08-18 (relative)']);
  assert.deepEqual(dates('Officers stopped a 2015 Toyota Camry and a 2019 Ford F-150.'), []);
  assert.deepEqual(dates('He restored a 1974 Citroën DS and sold his 2009 Tata Nano.'), []);
  assert.deepEqual(dates('Delegates recalled the 1992 Democratic Convention.'), ['1992=1992']);
  assert.deepEqual(dates('Astronomers say the asteroid 2024 YR4 will miss Earth.'), []);
  assert.deepEqual(dates('Since 1949, it has grown. In 1988 Ford Motor Co. expanded. First 2016, then Tokyo.'), ['1949=1949', '1988=1988', '2016=2016']);
  assert.deepEqual(dates('The shop reopened at Christmas 2016, years after the 1992 Olympics.'), ['Christmas 2016=2016-12-25', '1992=1992']);
});

test('four digits that are a clock time or a house number are no year', () => {
  assert.deepEqual(dates('The ferry left at 10:15 p.m. (2115 GMT) and the tug at 1930 hours.'), ['10:15 p.m.=2025-08-20T22:15 (relative)']);
  assert.deepEqual(dates('Protesters gathered outside 1999 Broad Street and at 2010 Elm Ave. in 2003.'), ['2003=2003']);
  // A year before a street named later in the sentence is still a year.
  assert.deepEqual(dates('The hall opened in 1999 on Broad Street, and closed in 2004 Main Street traders say.'), ['1999=1999', '2004=2004']);
});

test('a year before a noun in -ics is a year, not a count of things', () => {
  assert.deepEqual(dates('The post-1989 politics of the region were calmer.'), ['1989=1989']);
  assert.deepEqual(dates('The firm sold 2000 tickets.'), []);
});

test('"since Saturday" looks back a week on a Saturday', () => {
  // 2025-08-23 is a Saturday.
  assert.deepEqual(dates('The road has been closed since Saturday, the council said.', '2025-08-23'), ['Saturday=2025-08-16 (relative)']);
  assert.deepEqual(dates('The road has been closed since Thursday.', '2025-08-23'), ['Thursday=2025-08-21 (relative)']);
});

test('"last Monday" written the day after is not decided: yesterday or a week before', () => {
  // 2025-08-19 is a Tuesday.
  assert.deepEqual(dates('The union said last Monday that talks had failed.', '2025-08-19'), ['last Monday=null (relative)']);
  assert.deepEqual(dates('The union said last Friday that talks had failed.', '2025-08-19'), ['last Friday=2025-08-15 (relative)']);
  assert.deepEqual(dates('The union said this past Monday that talks had failed.', '2025-08-19'), ['this past Monday=2025-08-18 (relative)']);
});

test('March and May between a described determiner and a noun are months; the march and the modal are not', () => {
  assert.deepEqual(dates('Riots followed the disputed March poll in the capital.', '2025-08-20'), ['March=2025-03 (relative)']);
  assert.deepEqual(dates('Turnout in its delayed May referendum was low.', '2025-08-20'), ['May=2025-05 (relative)']);
  assert.deepEqual(dates('Thousands joined the big March against austerity.', '2025-08-20'), []);
  assert.deepEqual(dates('The two firms May merge.', '2025-08-20'), []);
});

test('"on the 29th" is a day of the month last named, or of the article\'s month; a numbered thing is no date', () => {
  assert.deepEqual(dates('Dockers struck on Monday, March 3, 2025. A second strike followed on the 5th, officials said.'), ['Monday, March 3, 2025=2025-03-03', 'the 5th=2025-03-05 (relative)']);
  // 2025-08-20: the 12th of this month; a day still ahead in a past clause is last month's; ahead in a future one, this month's.
  assert.deepEqual(dates('Farmers blocked the road on the 12th and again on the 14th.'), ['the 12th=2025-08-12 (relative)', 'the 14th=2025-08-14 (relative)']);
  assert.deepEqual(dates('The lorry was stopped on the 28th at the border.'), ['the 28th=2025-07-28 (relative)']);
  assert.deepEqual(dates('Voting will close on the 28th.'), ['the 28th=2025-08-28 (relative)']);
  assert.deepEqual(dates('She sank a putt on the 12th hole and lives on the 5th floor.'), []);
  assert.deepEqual(dates('Styles changed from the 15th to the 17th century.'), ['the 17th century=16']);
});

test('"the past few years", "the next two weeks": a stretch back or ahead from now, with no calendar value', () => {
  assert.deepEqual(dates('Rents have doubled over the past few years and may rise in the next two weeks.'), ['the past few years=PAST_REF (relative)', 'the next two weeks=FUTURE_REF (relative)']);
  // Counted from a time in the text, not from now.
  assert.deepEqual(dates('The previous three months had been dry.'), ['The previous three months=null (relative)']);
  // A singular unit is a calendar unit.
  assert.deepEqual(dates('Rents rose over the past year.'), ['the past year=2024 (relative)']);
});
