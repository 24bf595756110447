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

test('halves of a year, written out or as a code; a fiscal half and a game half have no calendar value', () => {
  assert.deepEqual(dates('Analysts expect a recovery in the second half of 2026.', '2026-03-02'), ['the second half of 2026=2026-H2']);
  assert.deepEqual(dates('Orders slumped in the latter half of last year.', '2026-03-02'), ['the latter half of last year=2025-H2']);
  assert.deepEqual(dates('Prices should stay high through the first two quarters of 2027.', '2026-10-02'), ['the first two quarters of 2027=2027-H1']);
  assert.deepEqual(dates('Shipments doubled in the first half of the year.', '2026-08-02'), ['the first half of the year=2026-H1']);
  assert.deepEqual(dates('The chipmaker guided H2 2026 revenue higher.', '2026-08-02'), ['H2 2026=2026-H2']);
  assert.deepEqual(dates('Profit rose in the first half of fiscal 2026.', '2026-08-02'), ['the first half of fiscal 2026=null']);
  assert.deepEqual(dates('He scored twice in the second half.', '2026-08-02'), []);
});

test('a quarter that ends where no calendar quarter ends is a fiscal one, with no calendar value', () => {
  assert.deepEqual(dates('The retailer said its fourth quarter ended Sept. 30 was weak.', '2026-10-20'), ['fourth quarter=null', 'Sept. 30=2026-09-30']);
  assert.deepEqual(dates('In the quarter ended 31 July, the grocer lost money.', '2026-09-01'), ['the quarter=null', '31 July=2026-07-31']);
  // A calendar quarter ending where it should keeps its value.
  assert.deepEqual(dates('Revenue for the third quarter ended Sept. 30 rose.', '2026-10-20'), ['the third quarter=2026-Q3', 'Sept. 30=2026-09-30']);
});

test('the year-ago quarter named by its ordinal is that quarter a year before; a quarter-to-quarter comparison is no date', () => {
  const text = 'The bank reported third-quarter net of $40 million. In the year-earlier third quarter, it earned $31 million. The quarter-to-quarter change was small; the quarter was its best.';
  assert.deepEqual(dates(text, '2025-10-28'), ['third-quarter=2025-Q3', 'the year-earlier third quarter=2024-Q3', 'the quarter=2025-Q3']);
});
