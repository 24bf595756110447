import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';

const CODE = 'garbled.sentence-case';

test('a paragraph or sentence that starts in lower case is flagged', () => {
  const text = 'The talks in Alaska ended.\nwhile details of the talks remain limited, both sides spoke. the envoy left.\n';
  assert.deepEqual(flagged(text, CODE), ['while', 'the']);
  assert.ok(fixed(text, CODE).includes('While details'));
});

test('near miss: list items, abbreviations, wire line breaks and quotes that go on are fine', () => {
  const text = [
    'The embassy was closed on Friday after the warning.',
    'Officials at the U.S. embassy and the FBI. bulletin said so, and Anheuser-Busch Cos. said it',
    'plans to expand. "We are ready. and we will go," he said.',
    '- first item in a list',
    'Visit www.example.com for more.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss: a title or name that ends in "?" or "!" goes on in lower case', () => {
  const text = 'The band said its single Are We There Yet? was recorded in a week. The portal Yahoo! reported a loss.\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss of the near miss: a question in lower case before a lower-case start is flagged', () => {
  assert.deepEqual(flagged('Who will pay for the bridge? nobody on the council would say.\n', CODE), ['nobody']);
});
