import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../index';

const quoted = (text: string) => annotate(text).quotes.map((q) => q.text);

test('curly and straight double quotes are paired', () => {
  assert.deepEqual(quoted('“Ready,” she said. He replied: "Not yet."'), ['“Ready,”', '"Not yet."']);
});

test('TeX-style `` and \'\' marks are paired', () => {
  assert.deepEqual(quoted("The mayor said, ``We will rebuild the bridge.'' Work starts soon."), ["``We will rebuild the bridge.''"]);
});

test('an apostrophe inside a quote is not a quotation mark', () => {
  assert.deepEqual(quoted('“It’s over and we can’t wait,” the coach said.'), ['“It’s over and we can’t wait,”']);
  assert.deepEqual(quoted("\"It's over,\" the coach said of the players' season."), ['"It\'s over,"']);
});

test('nested single quotes stay inside the double quote', () => {
  assert.deepEqual(quoted('“They kept saying ‘not now’ to every request,” the aide said.'), ['“They kept saying ‘not now’ to every request,”']);
});

test('single quotes outside double quotes are a quote; possessives and elisions are not', () => {
  assert.deepEqual(quoted('Minister Hails ‘Turning Point’ in Grain Talks'), ['‘Turning Point’']);
  assert.deepEqual(quoted('The farmers’ union met in the ’90s style hall.'), []);
});

test('a quote that spans sentences is one quote', () => {
  assert.deepEqual(quoted('“We tried. We failed. We will try again,” the captain said.'), ['“We tried. We failed. We will try again,”']);
});

test('a quote continued in the next paragraph is one quote', () => {
  const text = '“The first part of the plan is done.\n“The second part starts in spring,” the mayor said.\n';
  assert.deepEqual(quoted(text), ['“The first part of the plan is done.\n“The second part starts in spring,”']);
});

test('a quote that opens in one paragraph and closes in the next is one quote', () => {
  const text = 'Office Memo\nThe memo was short and it read: “All staff will return\nto the office by Monday,” according to the memo.\n';
  assert.deepEqual(quoted(text), ['“All staff will return\nto the office by Monday,”']);
});

test('an unbalanced opening mark is recorded and does not swallow the paragraph', () => {
  const doc = annotate('She said “we are leaving soon. Nobody answered.\nThe next day was calm.\n');
  assert.deepEqual(doc.quotes, []);
  assert.equal(doc.unbalancedQuotes.length, 1);
  assert.equal(doc.text.slice(doc.unbalancedQuotes[0].start, doc.unbalancedQuotes[0].end), '“');
});

test('a stray closing mark is recorded; the quote after it is still found', () => {
  const doc = annotate('It was over” he wrote. Then “a new start” came.');
  assert.deepEqual(doc.quotes.map((q) => q.text), ['“a new start”']);
  assert.equal(doc.unbalancedQuotes.length, 1);
});

test('odd inputs never throw', () => {
  for (const text of ['"', '“', '”', "''", '``', '"\u0000"', '\uD800"x"', '“'.repeat(5000), '" '.repeat(3000)]) {
    assert.doesNotThrow(() => annotate(text));
    for (const q of annotate(text).quotes) assert.equal(q.text, text.slice(q.start, q.end));
  }
});

test('quotes nested in a quote that is never closed stand on their own', () => {
  const doc = annotate('The report said:\n"She was calm, a nurse wrote, and the form read “stable condition” in the end.\n');
  assert.deepEqual(doc.quotes.map((q) => q.text), ['“stable condition”']);
  assert.equal(doc.unbalancedQuotes.length, 1);
});

test('a quote nested in the same marks, closed by two closing marks, stays inside', () => {
  assert.deepEqual(quoted('“I’d rather live in what he calls “hell” than live with him as president.” ― Ada Ruiz'), [
    '“I’d rather live in what he calls “hell” than live with him as president.”',
  ]);
});
