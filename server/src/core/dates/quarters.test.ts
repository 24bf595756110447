// Quarters in earnings reports: sentence in, dates out (text = value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';

function dates(text: string, publishedDate: string): string[] {
  return analyze(text, { publishedDate }).dates.map((d) => `${d.text}=${d.value}`);
}

test('the current quarter, named first in a past report, is the one "a year earlier" and "the latest period" refer to', () => {
  const text = 'The company reported a 47% decline in fourth-quarter earnings. It earned $45 million, compared with $85 million a year earlier. Sales in the latest period rose.';
  assert.deepEqual(dates(text, '2025-11-02'), ['fourth-quarter=2025-Q4', 'a year earlier=2024-Q4', 'the latest period=2025-Q4']);
});

test('the current quarter named after the reported one is an outlook, not the report', () => {
  const text = 'Third-quarter net fell. The company has no estimate of the impact on fourth-quarter results. In the latest quarter, it lost $23 million, compared with earnings of $33 million last year.';
  assert.deepEqual(dates(text, '2025-10-30'), ['Third-quarter=2025-Q3', 'fourth-quarter=2025-Q4', 'the latest quarter=2025-Q3', 'last year=2024-Q3']);
});

test('a quarter of long ago does not give its year to the quarter reported', () => {
  const text = 'The company stopped paying a dividend in the third quarter of 2020. It reported third-quarter net of $68 million, up from $66 million a year ago.';
  assert.deepEqual(dates(text, '2025-10-27'), ['the third quarter of 2020=2020-Q3', 'third-quarter=2025-Q3', 'a year ago=2024-Q3']);
});
