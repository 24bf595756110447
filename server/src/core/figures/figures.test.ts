import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';
import { parseNumber } from './numbers';

/** Each figure as "kind value unit: text". */
const figs = (text: string) => annotate(text).figures.map((f) => `${f.kind} ${f.value} ${f.unit}: ${f.text}`);

test('money with currency and scale', () => {
  assert.deepEqual(figs('The fund holds $100 billion in bonds.'), ['money 100000000000 USD: $100 billion']);
  assert.deepEqual(figs('He quoted a $90-billion figure for the jets.'), ['money 90000000000 USD: $90-billion']);
  assert.deepEqual(figs('The club paid €5m for the striker.'), ['money 5000000 EUR: €5m']);
  assert.deepEqual(figs('The grant was 2.5 million euros this year.'), ['money 2500000 EUR: 2.5 million euros']);
  assert.deepEqual(figs('A ticket costs £1.2bn, said nobody.'), ['money 1200000000 GBP: £1.2bn']);
});

test('percentages', () => {
  assert.deepEqual(figs('Shares rose 4.09% on Friday.'), ['percent 4.09 %: 4.09%']);
  assert.deepEqual(figs('Turnout fell by 5 percent and then by seven per cent.'), ['percent 5 %: 5 percent', 'percent 7 %: seven per cent']);
});

test('counts, including vague ones in words', () => {
  assert.deepEqual(figs('Delegates from 26 countries attended.'), ['count 26 countries: 26 countries']);
  assert.deepEqual(figs('The storm left 1,700 injured.'), ['count 1700 injured: 1,700 injured']);
  assert.deepEqual(figs('Tens of thousands marched and millions watched.'), ['count null null: Tens of thousands', 'count null null: millions']);
  assert.deepEqual(figs('The council named five new judges.'), ['count 5 judges: five new judges']);
});

test('ages', () => {
  assert.deepEqual(figs('A 32-year-old nurse was hurt.'), ['age 32 year: 32-year-old']);
  assert.deepEqual(figs('Her son, aged 7, was safe.'), ['age 7 year: aged 7']);
});

test('durations, in digits and words', () => {
  assert.deepEqual(figs('The lease runs for fifteen years.'), ['duration 15 year: fifteen years']);
  assert.deepEqual(figs('Three-and-a-half years later, the road opened.'), ['duration 3.5 year: Three-and-a-half years']);
  assert.deepEqual(figs('It took three and a half years to finish.'), ['duration 3.5 year: three and a half years']);
  assert.deepEqual(figs('The three-year drought ended.'), ['duration 3 year: three-year']);
  assert.deepEqual(figs('A deal is due within 10 days.'), ['duration 10 day: 10 days']);
});

test('ordinals before a noun of sequence', () => {
  assert.deepEqual(figs('The strike is in its fourth week.'), ['ordinal 4 week: fourth week']);
  assert.deepEqual(figs('She finished 3rd in the race.'), ['ordinal 3 null: 3rd']);
  assert.deepEqual(figs('For the first time, the plant closed.'), []);
});

test('quantities with units', () => {
  assert.deepEqual(figs('The convoy drove 40 km north.'), ['quantity 40 km: 40 km']);
  assert.deepEqual(figs('Output reached 1.2 million barrels a day.'), ['quantity 1200000 barrel: 1.2 million barrels a day']);
  assert.deepEqual(figs('The ship carried 30,000 tonnes of grain.'), ['quantity 30000 t: 30,000 tonnes']);
});

test('a range is one figure valued at its low bound', () => {
  assert.deepEqual(figs('Prices rose between 10 and 15 percent.'), ['percent 10 %: between 10 and 15 percent']);
  assert.deepEqual(figs('Talks may last 3-5 days.'), ['duration 3 day: 3-5 days']);
});

test('years, dates, identifiers and clock times are not figures', () => {
  assert.deepEqual(figs('Russia annexed Crimea in 2014.'), []);
  assert.deepEqual(figs('The summit was held on August 16, 2025.'), []);
  assert.deepEqual(figs('The treaty mirrors Article 5 of the charter. Flight 17 landed at 10:30.'), []);
  assert.deepEqual(figs('The F-16 jets arrived.'), []);
});

test('nothing is taken from page furniture', () => {
  const text = [
    'Markets Open Higher',
    'The index rose on Friday after a calm week.',
    'Bitcoin', '$117,033.76', 'BTC 4.09%', 'Ethereum', '$4,866.17', 'ETH 14.74%', 'NEO', '$7.17', 'NEO 5.43%',
  ].join('\n');
  assert.deepEqual(figs(text), []);
});

test('numbers in words parse to values', () => {
  assert.equal(parseNumber('two hundred and ten thousand'), 210000);
  assert.equal(parseNumber('twenty-five'), 25);
  assert.equal(parseNumber('a dozen'), 12);
  assert.equal(parseNumber('1.5 million'), 1500000);
});

test('"a hundred", "a million" and "two more weeks"', () => {
  assert.deepEqual(figs('The feud lasted almost a hundred years.'), ['duration 100 year: a hundred years']);
  assert.deepEqual(figs('The city spent a million dollars.'), ['money 1000000 USD: a million dollars']);
  assert.deepEqual(figs('Talks need two more weeks.'), ['duration 2 week: two more weeks']);
});

test('"one day" as "some time" and a capitalised title are not durations', () => {
  assert.deepEqual(figs('She hopes to one day run the company.'), []);
  assert.deepEqual(figs('He spoke to 60 Minutes on Sunday.'), []);
  assert.deepEqual(figs('The fair lasts for one day only.'), ['duration 1 day: one day']);
});

test('an age between commas after a name; numbered names are not ordinals', () => {
  assert.deepEqual(figs('Maria Ortiz, 59, of Dayton was there.'), ['age 59 year: 59']);
  assert.deepEqual(figs('The 13th Amendment was cited.'), []);
  assert.deepEqual(figs('Even at 86 she still works.'), ['count 86 null: 86']);
});

test('a number too long for a double is a figure without a value, never Infinity', () => {
  const figs = annotate(`Prices rose by ${'9'.repeat(400)} dollars.`).figures;
  assert.ok(figs.every((f) => f.value === null || Number.isFinite(f.value)));
});

test('pounds of weight, hyphenated units, and the noun a count counts', () => {
  assert.deepEqual(figs('The parcel weighs 150 pounds.'), ['quantity 150 lb: 150 pounds']);
  assert.deepEqual(figs('They sailed on a 17-foot boat.'), ['quantity 17 ft: 17-foot']);
  assert.deepEqual(figs('The blasts killed 257 people in the city.'), ['count 257 people: 257 people']);
  assert.deepEqual(figs('The club was sold for 40 million pounds.'), ['money 40000000 GBP: 40 million pounds']);
});

test('data rates and sizes, and index points written with decimals, are quantities', () => {
  assert.deepEqual(figs('The link carried 40 gigabits per second.'), ['quantity 40 gigabit per second: 40 gigabits per second']);
  assert.deepEqual(figs('Home lines run at 300 Mbps.'), ['quantity 300 megabit per second: 300 Mbps']);
  assert.deepEqual(figs('The phone stores 128 gigabytes.'), ['quantity 128 GB: 128 gigabytes']);
  assert.deepEqual(figs('The Nikkei shed 212.35 points.'), ['quantity 212.35 point: 212.35 points']);
  // A whole number of points is a score or a tally; "TB" is a disease.
  assert.deepEqual(figs('She scored 31 points.'), ['count 31 points: 31 points']);
  assert.deepEqual(figs('The clinic saw 40 TB patients.'), ['count 40 patients: 40 TB patients']);
});
