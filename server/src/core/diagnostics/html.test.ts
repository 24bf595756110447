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
