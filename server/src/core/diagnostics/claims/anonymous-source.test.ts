import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../lint.test-helper';
import { analyze } from '../../analyze';

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

test('an unnamed source at the start of a sentence gets the same finding as at its end', () => {
  const text = [
    'Experts say the drought will push grain prices higher this winter.',
    'The drought will push grain prices higher this winter, experts say.',
    'Critics said the new ferry terminal was far too expensive.',
    'Analysts say the merger could close by June.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), ['Experts say', 'experts say', 'Critics said', 'Analysts say']);
});

test('near miss: a capitalized source word that is part of a name, or sourced to a named body, is not flagged', () => {
  const text = [
    'Analysts at Lowell Bank said the merger could close by June.',
    'Critics of the plan, led by Mayor Tess Albury, said it was too expensive.',
    'Officials from the Harbor Authority said the terminal would open in May.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('one finding per span: "Many economists believe" is an anonymous source, not also a generalization', () => {
  const text = 'Many economists believe the central bank waited too long to cut rates.\n';
  const all = analyze(text).diagnostics.filter((d) => d.code.startsWith('claim.'));
  assert.deepEqual(all.map((d) => [d.code, text.slice(d.start, d.end)]), [['claim.anonymous-source', 'Many economists believe']]);
});

test('near miss: a spokesperson, a state\'s authorities and officials named before are identified sources', () => {
  const text = [
    'The strike closed the port, a ministry spokeswoman said on Friday.',
    'Peruvian authorities said the road would reopen on Monday.',
    'Two officials from the port board visited the site. According to the officials, the damage was light.',
  ].join('\n') + '\n';
  assert.deepEqual(flagged(text, CODE), []);
});

test('near miss of the near miss: authorities of no named body are still unnamed', () => {
  assert.deepEqual(flagged('Health authorities said the outbreak was under control.\n', CODE), ['Health authorities said']);
});
