import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from './lint.test-helper';

const CODE = 'garbled.typo';

test('a capitalized word with two neighbouring letters swapped is flagged with the name it should be', () => {
  const text = 'Flights from Bagdhad resumed on Monday, and the ferry to Gibarltar runs again.\n';
  assert.deepEqual(flagged(text, CODE), ['Bagdhad', 'Gibarltar']);
  assert.deepEqual(findings(text, CODE).map((d) => d.fixes![0].title), ['Change to "Baghdad"', 'Change to "Gibraltar"']);
});

test('near miss: a name whose swap is a common word, or a name the article spells two ways, is left alone', () => {
  const text = 'Coach Tamsin Okerlund named her squad. Later, Okerlnud said the squad was ready, and Okerlund left. Judge Marta Rnater agreed.\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss: unknown names, names written the same way twice, and words of another language are left alone', () => {
  const text = [
    'Mayor Siobhan Kerrigan met Ngozi Okonjo-Iweala and Tadeusz Wiśniewski in Bydgoszcz.',
    'Okerlnud spoke first, and Okerlnud spoke last.',
    'The crowd sang Señora Alegría through the night.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});
