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

test('near miss: an interview label set off by a space before its colon is layout, not a slip', () => {
  const text = 'Reporter : What did you train for?\nAna María Ruiz : The marathon, every day.\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss of the near miss: a space before a colon inside a sentence is flagged', () => {
  assert.deepEqual(flagged('The council listed three causes : rain, wind and neglect.\n', CODE), ['causes : rain']);
});
