// Clock times: sentence in, dates out (text = value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate = '2025-10-30'): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

test('a clock time and the date right after it are one mention', () => {
  assert.deepEqual(dates('The offer runs until 5 p.m. EST, Nov. 6.'), ['5 p.m. EST, Nov. 6=2025-11-06T17:00']);
  assert.deepEqual(dates('The offer runs until 5 p.m. EST Nov. 9.'), ['5 p.m. EST Nov. 9=2025-11-09T17:00']);
});

test('a time with its date further off keeps its own span', () => {
  assert.deepEqual(dates('The blast came at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08'), ['10:35 a.m.=1998-08-07T10:35', 'Friday=1998-08-07']);
});

test('"high noon" is no time of day', () => {
  assert.deepEqual(dates('For the people of Poland, high noon comes today, after the film High Noon.', '1999-03-12'), ['today=1999-03-12']);
  assert.deepEqual(dates('Talks broke off at noon Thursday.', '1998-02-13'), ['noon Thursday=1998-02-12T12:00']);
});

test('"at 4 in the morning" is 4 a.m.; a count in a morning session is no time', () => {
  assert.deepEqual(dates('He will leave at 4 in the morning.', '2000-04-05'), ['4 in the morning=2000-04-05T04:00']);
  assert.deepEqual(dates('It sold 3 in the morning session.', '2000-04-05'), []);
});

test('a 24-hour clock after "at", not a score', () => {
  assert.deepEqual(dates('He spoke at 14:30 on Tuesday.', '1998-03-11'), ['14:30=1998-03-10T14:30', 'Tuesday=1998-03-10']);
  assert.deepEqual(dates('The talks begin at 09:00 GMT.', '1998-03-11'), ['09:00 GMT=1998-03-11T09:00']);
  assert.deepEqual(dates('The score was 3:30 at halftime.', '1998-03-11'), []);
});

test('a time right after its day takes that day', () => {
  assert.deepEqual(dates('Tuesday at 3 p.m. he spoke.', '1998-03-11'), ['Tuesday=1998-03-10', '3 p.m.=1998-03-10T15:00']);
});

test('a clock time next to a day counted from an undated event takes no calendar day', () => {
  // 2025-10-30 is a Thursday.
  assert.deepEqual(dates('A neighbour saw the van at 6 a.m. three days before the fire.'), ['6 a.m.=null', 'three days before=null']);
  // A time next to a dated day still takes that day.
  assert.deepEqual(dates('The polls will close at 8 p.m. Friday.'), ['8 p.m. Friday=2025-10-31T20:00']);
});
