import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.spacing';

test('a space before a comma is flagged and removed', () => {
  const text = 'He posts on Facebook, Twitter , TikTok and Instagram.\n';
  assert.deepEqual(flagged(text, CODE), ['Twitter , TikTok']);
  assert.equal(fixed(text, CODE), 'He posts on Facebook, Twitter, TikTok and Instagram.\n');
});

test('doubled spaces inside a sentence are flagged', () => {
  const text = 'The talks  ended without a deal.\n';
  assert.equal(fixed(text, CODE), 'The talks ended without a deal.\n');
});

test('near miss: two spaces after a full stop, an ellipsis and a column layout are fine', () => {
  const text = 'The talks ended.  A deal came later . . . maybe.\nName    Age    Town    Job\n';
  assert.deepEqual(flagged(text, CODE), []);
});
