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
