import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';

const CODE = 'claim.vague-attribution';

test('vague attributions with no named source are flagged', () => {
  const text = [
    'Reports suggest that discussions have already floated the idea of a deal.',
    'The general has reportedly resigned.',
    'It is believed that the talks will resume. Sources say the envoy is ready. Some say it is too late.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['Reports suggest', 'reportedly', 'It is believed', 'Sources say', 'Some say']);
});

test('near miss: a named source or a parenthetical citation in the sentence counts', () => {
  const text = [
    'Reports suggest Trump discussed a potential agreement with Putin (New York Times).',
    'Putin has reportedly indicated a willingness to talk, according to U.S. Special Envoy Steve Witkoff.',
    'The general has reportedly resigned, Lavrov said.',
    '"Reports suggest nothing," the minister said.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('more markers of nobody in particular, each one flagged in its sentence', () => {
  const text = [
    'The mine is thought to be unsafe, and it is estimated that dozens of workers are still inside.',
    'Fans are gloomy, with many saying the club will be sold.',
    'The ferry sank near the reef, according to various sources.',
    'A clerk, who asked not to be named, confirmed the sale.',
    'The vote was delayed, as latest reports claim.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['is thought to', 'it is estimated', 'many saying', 'according to various sources', 'who asked not to be named', 'latest reports claim']);
});
