import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.a-an';

test('"a" before a vowel sound is flagged and changed to "an"', () => {
  const text = 'The council hired a engineer to inspect the bridge. A unconfirmed report said it was unsafe.\n';
  assert.deepEqual(flagged(text, CODE), ['a engineer', 'A unconfirmed']);
  assert.equal(fixed(text, CODE), 'The council hired an engineer to inspect the bridge. An unconfirmed report said it was unsafe.\n');
});

test('near miss: vowel letters sounded as consonants, labels, acronyms and another language are fine', () => {
  const text = [
    'It was a one-day strike at a once-busy port, a European first and a unique case for a union and a user group.',
    'Plan A is ready. He is a FIFA official with a usual routine, a utility truck and a ubiquitous smile.',
    'The coach said: vamos a ir a una final, sin duda.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});
