import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.html';

test('entities are flagged and decoded', () => {
  const text = 'Procter &amp; Gamble said it&#8217;s ready.&nbsp;Shares rose.\n';
  assert.deepEqual(flagged(text, CODE), ['&amp;', '&#8217;', '&nbsp;']);
  assert.equal(fixed(text, CODE), 'Procter & Gamble said it’s ready. Shares rose.\n');
});

test('stray tags are flagged and removed', () => {
  const text = 'The vote was close.<br/> Turnout was <b>low</b>.\n';
  assert.deepEqual(flagged(text, CODE), ['<br/>', '<b>', '</b>']);
  assert.equal(fixed(text, CODE), 'The vote was close.  Turnout was low.\n');
});

test('near miss: AT&T, R&D, "x < y" and an unknown &name; are not HTML', () => {
  assert.deepEqual(flagged('AT&T and R&D spending; 3 < 4 and 5 > 2; the &foo; tag.\n', CODE), []);
});

test('any HTML5 entity name is known, not only the common ones', () => {
  const text = 'Fares rose 4&nbsp;% &rarr; the council voted &minus;3 &ndash; a loss &hellip; and &alpha;-tests went on.\n';
  assert.deepEqual(flagged(text, CODE), ['&nbsp;', '&rarr;', '&minus;', '&ndash;', '&hellip;', '&alpha;']);
  assert.equal(fixed(text, CODE), 'Fares rose 4 % → the council voted −3 – a loss … and α-tests went on.\n');
  // One finding per span: the entity's name is not also a typo.
  assert.deepEqual(flagged(text, 'garbled.typo'), []);
});

test('near miss: names HTML does not have, and "&" in company names, stay', () => {
  assert.deepEqual(flagged('Marks &Spencer; M&S; the &rarrow; sign; Q&A; B&Q.\n', CODE), []);
});
