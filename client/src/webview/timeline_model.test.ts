import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, dateParts, toTimelineView } from './timeline_model';
import { FIXTURE_NAMES, timelineFixture } from '../test_support/timeline_fixture';

const view = () => toTimelineView(timelineFixture(), { title: 'Workspace', scope: 'workspace', entityName: (id) => FIXTURE_NAMES[id] });

test('events come out in date order, a bare year first and an ISO week at its Monday', () => {
  assert.deepEqual(view().events.map((e) => e.date), ['2014', '2025-W33', '2025-08-16', '2025-08-18']);
});

test('entity ids become names and sources get short labels', () => {
  const alaska = view().events[2];
  assert.deepEqual(alaska.entities, ['Vladimir Putin', 'Donald Trump']);
  assert.deepEqual(alaska.sources.map((s) => s.label), ['001.txt', '003.txt']);
});

test('undated events and events with unplaceable dates are listed apart', () => {
  const doc = timelineFixture();
  doc.events.push({ ...doc.events[0], date: 'PAST_REF' });
  const v = toTimelineView(doc, { title: 't', scope: 'article' });
  assert.equal(v.events.length, 4);
  assert.equal(v.undated.length, 2);
  assert.equal(v.undated[0].dateLabel, 'Undated');
});

test('dates read as people write them', () => {
  assert.equal(dateLabel('2025-08-16'), '16 August 2025');
  assert.equal(dateLabel('2025-08'), 'August 2025');
  assert.equal(dateLabel('2025-W33'), 'Week 33, 2025');
  assert.deepEqual(dateParts('2025-W33'), { year: 2025, month: 8, day: 11 });
  assert.deepEqual(dateParts('2026-W01'), { year: 2025, month: 12, day: 29 });
});

test('a statement quoted by several sources is one entry with every source, the changed versions counted and their difference in words', () => {
  const [st] = view().statements!;
  assert.equal(st.speaker, 'Vladimir Putin');
  assert.equal(st.text, '“We are ready to talk now.”');
  assert.deepEqual(st.versions.map((v) => `${v.label} ${v.cls}`), ['001.txt fullest', '003.txt shortened', '004.txt altered']);
  assert.equal(st.flagged, 1);
  assert.equal(st.versions[1].diff, 'We are ready to talk …');
  assert.match(st.versions[2].diff, /^We are \{\+never /);
  assert.deepEqual(toTimelineView({ version: 1, events: [], undated: [], disagreements: [] }, { title: 't', scope: 'article' }).statements, []);
});
