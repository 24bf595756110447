import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.missing-space';

test('sentences run together are flagged, with a space as the fix', () => {
  const text = 'It hinges on territorial disputes.Reports suggest more. The U.S.is a mediator. It adds stability.However, not all agree.\n';
  assert.deepEqual(flagged(text, CODE), ['disputes.Reports', 'U.S.is', 'stability.However']);
  assert.equal(fixed(text, CODE), 'It hinges on territorial disputes. Reports suggest more. The U.S. is a mediator. It adds stability. However, not all agree.\n');
});

test('a stop glued to an opening quote is flagged', () => {
  assert.deepEqual(flagged('Witnesses said.``It was a bomb,\'\' one said.\n', CODE), ['said.``It']);
});

test('near miss: abbreviations, initials, decimals, times, URLs and domains are left alone', () => {
  const text = [
    'J.R.R. Tolkien has a Ph.D. from Oxford, e.g. in philology, and the U.S. Army agreed.',
    'Shares rose 3.5 percent at 10.30 a.m. on Friday.',
    'For more, visit joburgetc.com or https://example.org/News.Today and www.Site.Com today.',
    'Mr. Smith met St.Louis officials.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('after a closing bracket or quote, and before a quotation mark', () => {
  const text = 'It joined the alliance (NATO).The talks went on. He called it “a deal”.It was not. She said."It is over."\n';
  assert.deepEqual(flagged(text, CODE), ['NATO).The', 'deal”.It', 'said."It']);
});

test('a capitalized abbreviation after the stop is no domain name', () => {
  assert.deepEqual(flagged('He met Attorney General Janet Reno.Gov. Jeb Bush also asked.\n', CODE), ['Reno.Gov']);
});

test('near miss: a dotted name in brackets, as a source credit, is one word', () => {
  assert.deepEqual(flagged('BOSTON (WBZ.News) The mayor opened the new library on Monday.\n', CODE), []);
});
