// The kept people merge: the same as canonicalIds, made again only when a name changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';
import { canonicalIds } from './people';
import { KeptPeople } from './kept-people';

test('the kept people merge equals canonicalIds and is made again only when some entity name changes', () => {
  const a = analyze('Harbour master Greta Solberg closed the port of Tromsø on Monday.', { file: 'a' });
  const b = analyze('Solberg said the port would reopen when the storm passed.', { file: 'b' });
  const kept = new KeptPeople();
  const first = kept.of([a, b]);
  assert.deepEqual([...first], [...canonicalIds([a, b])]);
  // An edit that names no one else: the merge is kept as it was.
  const b2 = analyze('Solberg said the port would reopen on Thursday when the storm passed.', { file: 'b' });
  assert.equal(kept.of([a, b2]), first);
  // An edit that brings a new name: made again, and again equal to a fresh merge.
  const b3 = analyze('Solberg and deputy mayor Anton Reiss said the port would reopen.', { file: 'b' });
  const third = kept.of([a, b3]);
  assert.notEqual(third, first);
  assert.deepEqual([...third], [...canonicalIds([a, b3])]);
  // The same articles in another order: made again (the merge takes the first article's ids).
  assert.deepEqual([...kept.of([b3, a])], [...canonicalIds([b3, a])]);
});
