import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from './lint.test-helper';

const CODE = 'garbled.replacement-char';

test('the replacement character is flagged, without a fix', () => {
  const text = 'Talks in Gen\uFFFD\uFFFDve ended on Friday.\n';
  assert.deepEqual(flagged(text, CODE), ['\uFFFD\uFFFD']);
  assert.equal(findings(text, CODE)[0].fixes, undefined);
});

test('near miss: a question mark or a diamond symbol is not a lost character', () => {
  assert.deepEqual(flagged('Is it over? The ◆ marks the spot.\n', CODE), []);
});
