import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTriage, eventKey, readTriage, shownOnly } from './timeline_triage';
import { toTimelineView } from './timeline_model';
import { timelineFixture } from '../test_support/timeline_fixture';

test('an event key survives a refresh (positions change) and tells apart dates and words', () => {
  const a = toTimelineView(timelineFixture(), { title: 't', scope: 'workspace' });
  const doc = timelineFixture();
  doc.events.reverse();
  const b = toTimelineView(doc, { title: 't', scope: 'workspace' });
  const crimea = (v: typeof a) => v.events.find((e) => e.event === 'Russia annexed Crimea')!;
  assert.equal(crimea(a).key, crimea(b).key);
  assert.notEqual(eventKey({ date: '2014', event: 'Russia annexed Crimea' }), eventKey({ date: '2015', event: 'Russia annexed Crimea' }));
});

test('triage read from the workspace state defensively, changed by hide, unhide and pin', () => {
  assert.deepEqual(readTriage(undefined), { hidden: [], source: null });
  assert.deepEqual(readTriage({ hidden: ['a', 3], source: 7 }), { hidden: ['a'], source: null });
  let t = applyTriage(readTriage(undefined), { hide: 'k1' });
  t = applyTriage(t, { hide: 'k1' });
  t = applyTriage(t, { hide: 'k2', source: 'file:///a.txt' });
  assert.deepEqual(t, { hidden: ['k1', 'k2'], source: 'file:///a.txt' });
  assert.deepEqual(applyTriage(t, { unhide: 'k1', source: null }), { hidden: ['k2'], source: null });
});

test('an export holds the events shown, and all of them when the webview named none', () => {
  const v = toTimelineView(timelineFixture(), { title: 't', scope: 'workspace' });
  const keep = [v.events[0].key, v.undated[0].key];
  const shown = shownOnly(v, keep);
  assert.deepEqual([...shown.events, ...shown.undated].map((e) => e.key), keep);
  assert.equal(shown.disagreements.length, v.disagreements.length);
  assert.equal(shownOnly(v, undefined), v);
});
