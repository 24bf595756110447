import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from './lint.test-helper';
import { repair } from './mojibake';

const CODE = 'garbled.mojibake';

test('an apostrophe and quotes read as Windows-1252 are flagged and restored', () => {
  const text = 'The minister said it wasnâ€™t over. â€œWe will see,â€\u009d she said.\n';
  assert.deepEqual(flagged(text, CODE), ['â€™', 'â€œ', 'â€\u009d']);
  assert.equal(fixed(text, CODE), 'The minister said it wasn’t over. “We will see,” she said.\n');
});

test('accented letters read as Latin-1 are restored', () => {
  const text = 'They met at a cafÃ© in SÃ£o Paulo with FranÃ§ois.\n';
  assert.equal(fixed(text, CODE), 'They met at a café in São Paulo with François.\n');
});

test('text garbled twice is restored in one fix', () => {
  assert.equal(repair('Ã¢â‚¬â„¢'), '’');
});

test('near miss: real accented text and a lone Â are left alone', () => {
  assert.deepEqual(flagged('Ângela Merkel visited Curaçao and the Côte d’Ivoire. Â is a letter.\n', CODE), []);
});

test('"â€" whose last byte was lost is flagged as a closing quotation mark', () => {
  const text = 'â€œWe will see,â€ she said.\n';
  assert.deepEqual(flagged(text, CODE), ['â€œ', 'â€']);
  assert.equal(fixed(text, CODE), '“We will see,” she said.\n');
});
