import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from './lint.test-helper';

const TEXT = 'The talks resume soon.\nIt hinges on territorial disputes.Reports suggest a deal, and it was ofen delayed.\n';

test('without silencing, the findings are there', () => {
  assert.deepEqual(flagged(TEXT, 'garbled.typo'), ['ofen']);
  assert.deepEqual(flagged(TEXT, 'garbled.missing-space'), ['disputes.Reports']);
});

test('a front-matter key silences codes or whole families for the file', () => {
  const text = '---\ntitle: Talks\nnewsdesk-ignore: garbled.typo, claim\n---\n' + TEXT;
  assert.deepEqual(flagged(text, 'garbled.typo'), []);
  assert.deepEqual(flagged(text, 'claim.vague-attribution'), []);
  assert.deepEqual(flagged(text, 'garbled.missing-space'), ['disputes.Reports']);
});

test('a checked finding is silenced by its code and text, wherever it moves', () => {
  const options = { silenced: [{ code: 'garbled.typo', text: 'ofen' }] };
  assert.deepEqual(flagged(TEXT, 'garbled.typo', options), []);
  assert.deepEqual(flagged('New first line.\n' + TEXT, 'garbled.typo', options), []);
  assert.deepEqual(flagged(TEXT, 'garbled.missing-space', options), ['disputes.Reports']);
});
