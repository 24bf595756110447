import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';

const CODE = 'claim.anonymous-source';

test('sources that are not named are flagged', () => {
  const text = [
    'Moscow could accept the guarantees, according to American officials who attended a summit.',
    'Political analysts note that the relationship is a positive sign.',
    'A senior official said the plan was ready.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['according to American officials', 'Political analysts note', 'A senior official said']);
});

test('near miss: named sources are not anonymous', () => {
  const text = [
    'According to Zelenskyy, any long term guarantees would require approval.',
    'Geneva is one possible venue, according to French President Emmanuel Macron.',
    'Analyst Jane Roe said the plan was ready.',
    '"Officials said nothing," he told reporters.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});
