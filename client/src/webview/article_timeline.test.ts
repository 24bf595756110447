import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleTimeline } from './article_timeline';
import { toTimelineView } from './timeline_model';
import { ARTICLE_TEXT, articleAnalysis } from '../test_support/fixtures';

test("one article's events become a timeline whose single source is the sentence span", () => {
  const a = articleAnalysis();
  a.timeline.push({ start: 0, end: 5, date: null, dateText: '', event: 'Undated thing', entityIds: [] });
  const doc = articleTimeline(a, ARTICLE_TEXT);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.undated.length, 1);
  assert.deepEqual(doc.events[0].sources, [{ file: a.file, start: a.timeline[0].start, end: a.timeline[0].end, text: 'August 16, 2025' }]);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const view = toTimelineView(doc, { title: 't', scope: 'article', entityName: (id) => names.get(id) });
  assert.deepEqual(view.events[0].entities, ['Vladimir Putin', 'Donald Trump', 'Alaska']);
});
