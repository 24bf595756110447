// Numbers that are never figures: contest results, telephone numbers, markup and addresses, reference
// markers, clock times, long codes, and numbers named by the word before them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureLines as figs } from './test-helpers';

test('contest results read like ranges but are none', () => {
  assert.deepEqual(figs('Rovers beat the visitors 3-1 at home.'), []);
  assert.deepEqual(figs('The league leaders drew 2–2 in the rain.'), []);
  assert.deepEqual(figs('The bench split 6 to 3 on the appeal.'), []);
  assert.deepEqual(figs('A 5-4 ruling ended the case.'), []);
  assert.deepEqual(figs('United slumped to a 0-3 defeat.'), []);
});

test('telephone numbers', () => {
  assert.deepEqual(figs('For tickets call 312-555-0187 before noon.'), []);
  assert.deepEqual(figs('Readers can phone (020) 7946 0958 or +44 20 7946 0958.'), []);
  assert.deepEqual(figs('The hotline is 0800 123 4567.'), []);
});

test('numbers inside web addresses, markup, entities and parameters', () => {
  assert.deepEqual(figs('Read more at https://news.example.org/2024/05/story-4471.html today.'), []);
  assert.deepEqual(figs('<div class="ad" data-slot="728"><img src="/px.gif?cb=193847562&w=300"></div>'), []);
  assert.deepEqual(figs('Write to desk42@example.com for details.'), []);
});

test('reference markers, clock times and long codes', () => {
  assert.deepEqual(figs('The theory was disputed [14] and later revised [15].'), []);
  assert.deepEqual(figs('The ferry leaves at 7 a.m. and returns at 9pm; the jet lands at 1830 GMT.'), []);
  assert.deepEqual(figs('Quote reference 48203377 when you write.'), []);
});

test('numbers named by the word before them', () => {
  assert.deepEqual(figs('Under section 12 of the act, see paragraph 4 and page 30.'), []);
  assert.deepEqual(figs('She has stage 3 cancer and takes route 9 home.'), []);
  assert.deepEqual(figs('As § 7 of the code says.'), []);
});

test('real figures next to those stay figures', () => {
  assert.deepEqual(figs('Rovers, who beat the visitors 3-1, sold 41,000 tickets.'), ['count 41000 tickets: 41,000 tickets']);
  assert.deepEqual(figs('The trip took 3-5 days.'), ['duration 3 day 3..5: 3-5 days']);
});

test('product names with a number are names', () => {
  assert.deepEqual(figs('The airline flies an Airbus A350 and a Boeing 787 between the cities.'), []);
  assert.deepEqual(figs('She bought an iPhone 15 last week.'), []);
});

test('each markup pattern is scanned whenever it can match: its gate lets through every text it matches', async () => {
  const { MARKUP } = await import('./exclusions');
  // Upper and mixed case, addresses at the very start and end, markup without spaces around it.
  const texts = ['HTTPS://EXAMPLE.ORG/A/B', 'see Www.Example.com/x', 'ftp://files.example.net', 'MAIL Desk.Two@Example.Co.Uk',
    '<BR/>', '</P>', '&AMP; &#8211; &#x2014;', 'id=4&ref=twitter', 'Photo: IMG_2041.JPEG', 'the report (final.PDF)',
    'filed under news/world/africa', 'a/b/c', 'plain text with no markup at all, 2024.'];
  for (const t of texts) {
    for (const [gate, re] of MARKUP) {
      if ([...t.matchAll(re)].length) assert.ok(gate(t), `${re} matches ${JSON.stringify(t)} but its gate says no`);
    }
  }
  assert.ok(!MARKUP.some(([gate, re]) => gate(texts[texts.length - 1]) && re.source.includes('@')));
});
