import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineToCsv, timelineToMarkdown, timelineToTimelineJs } from './timeline_export';
import { toTimelineView } from '../webview/timeline_model';
import { FIXTURE_NAMES, timelineFixture } from '../test_support/timeline_fixture';

const view = () => toTimelineView(timelineFixture(), { title: 'Alaska', scope: 'workspace', entityName: (id) => FIXTURE_NAMES[id] });

test('Markdown lists dated events in order, then undated ones and disagreements', () => {
  const md = timelineToMarkdown(view());
  const lines = md.split('\n');
  assert.equal(lines[0], '# Timeline: Alaska');
  assert.match(lines[2], /^- \*\*2014\*\* \(“in 2014”\): Russia annexed Crimea Source: 002\.txt\.$/);
  assert.match(md, /\*\*18 August 2025\*\* \(“Monday”; inferred \(relative to the article date\) from 001\.txt\)/);
  assert.match(md, /## Undated\n\n- \(“once”\) A deal may follow/);
  assert.match(md, /\*\*weapons deal\*\* \(figure\): \$100 billion \(001\.txt\) vs \$90-billion \(004\.txt\)/);
  assert.ok(!md.includes('<script>'), 'HTML in article text is escaped');
});

test('CSV has one row per event and defuses formulas in the sentence', () => {
  const rows = timelineToCsv(view()).trim().split('\r\n');
  assert.equal(rows[0], 'date,date_text,inferred,event,entities,source_count,sources,sentence');
  assert.equal(rows.length, 6);
  assert.ok(rows[2].endsWith(`"'=HYPERLINK(""http://x"")"`), rows[2]);
  assert.match(rows[3], /^2025-08-16,"August 16, 2025",,Summit in Alaska/);
});

test('TimelineJS JSON has dated events with split dates and escaped HTML text', () => {
  const tl = timelineToTimelineJs(view());
  assert.equal(tl.events.length, 4);
  assert.deepEqual(tl.events[0].start_date, { year: '2014', display_date: '2014' });
  assert.deepEqual(tl.events[2].start_date, { year: '2025', month: '8', day: '16', display_date: '16 August 2025' });
  assert.equal(tl.events[2].group, '2 sources');
  assert.ok(tl.events[2].text.headline.includes('&lt;script&gt;'));
  assert.ok(!JSON.stringify(tl).includes('<script>'));
  assert.ok(tl.events[3].text.text.includes('Date inferred'));
});

test('TimelineJS fields taken from file names are escaped too (a file may be named <img onerror=…>.txt)', () => {
  const hostileFile = 'file:///ws/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt';
  const fixture = timelineFixture();
  for (const e of fixture.events) for (const s of e.sources) if (s.file.endsWith('002.txt')) s.file = hostileFile;
  const tl = timelineToTimelineJs(toTimelineView(fixture, { title: 'Alaska', scope: 'workspace', entityName: (id) => FIXTURE_NAMES[id] }));
  const group = tl.events.map((e) => e.group ?? '').find((g) => g.includes('img'));
  assert.ok(group, `a group names the hostile file: ${tl.events.map((e) => e.group).join(' | ')}`);
  assert.ok(!/<img/.test(JSON.stringify(tl)), 'no live tag anywhere in the export');
});
