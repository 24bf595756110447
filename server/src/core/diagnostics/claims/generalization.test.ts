import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';

const CODE = 'claim.generalization';

test('sweeping statements about a group are flagged', () => {
  const text = [
    "Many Ukrainians question Putin's sincerity, pointing to broken promises.",
    'Veterans and civilians alike express doubts that Russia can be trusted.',
    'Everyone knows the war will not end soon.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['Many Ukrainians question', 'Veterans and civilians alike express', 'Everyone knows']);
});

test('near miss: a poll, a named speaker or a quote is a source', () => {
  const text = [
    'Many Ukrainians question the deal, a Kyiv International Institute of Sociology poll found.',
    'Many Ukrainians doubt the plan, Zelenskyy said.',
    '"Many Ukrainians question everything," he said.',
    'Many buildings were damaged in the strike.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('a group word that opens with a letter outside ASCII is flagged whole, and a long run of letters is no slowdown', () => {
  const text = 'Élus and électeurs alike say the reform came too late.\n';
  assert.deepEqual(flagged(text, CODE), ['Élus and électeurs alike say']);
  // Letters mixing ASCII and others with no space: nothing to flag, and found in one pass.
  assert.deepEqual(flagged('aé'.repeat(20000) + ' and more.\n', CODE), []);
});
