import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens';

test('tokens that share their strings across blocks keep their own text, offsets and kind', () => {
  // Two blocks of one text with the same words, marks and possessives ("Okafor’s" splits into two tokens).
  const text = 'Okafor’s ferry “stalled” again.\nThe ferry’s engine “stalled” again, Okafor’s crew said.';
  const cut = text.indexOf('\n');
  const shared = new Map<string, string>();
  const out = tokenize(text, 0, cut, [], shared);
  tokenize(text, cut + 1, text.length, out, shared);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text, JSON.stringify(t));
  assert.deepEqual(out.slice(0, 4).map((t) => [t.text, t.kind]), [['Okafor', 'word'], ['’s', 'word'], ['ferry', 'word'], ['“', 'punct']]);
  assert.deepEqual(out.filter((t) => t.text === 'stalled').map((t) => t.start), [text.indexOf('stalled'), text.lastIndexOf('stalled')]);
  // The same tokens as each block alone, with no shared strings.
  assert.deepEqual(out, [...tokenize(text, 0, cut), ...tokenize(text, cut + 1, text.length)]);
});
