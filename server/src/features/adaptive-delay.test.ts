// The pause before diagnostics follows the measured analysis time, within its bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveDelay, MIN_DELAY_MS } from './adaptive-delay';

test('the pause is twice the analysis time, between the minimum and the setting', () => {
  const d = new AdaptiveDelay();
  assert.equal(d.delay('a', 150), 150, 'nothing measured yet: the setting');
  d.measured('a', 11);
  assert.equal(d.delay('a', 150), 22);
  d.measured('b', 1);
  assert.equal(d.delay('b', 150), MIN_DELAY_MS, 'a tiny article still waits for a burst of keys');
  d.measured('c', 900);
  assert.equal(d.delay('c', 150), 150, 'a slow one waits the longest pause allowed');
  assert.equal(d.delay('b', 0), 0, 'a setting of 0 means no pause');
});

test('the pause follows a change of size within a few edits, and forgets a closed document', () => {
  const d = new AdaptiveDelay();
  d.measured('a', 10);
  for (let i = 0; i < 6; i++) d.measured('a', 60);
  assert.ok(d.delay('a', 500) > 100 && d.delay('a', 500) <= 120, String(d.delay('a', 500)));
  d.measured('a', Number.NaN);
  assert.ok(d.delay('a', 500) > 100, 'a bad measurement is ignored');
  d.forget('a');
  assert.equal(d.delay('a', 500), 500);
});
