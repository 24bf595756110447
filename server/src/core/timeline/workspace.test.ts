// The timeline across articles: small articles in, merged events, anchoring and disagreements out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze';
import type { ArticleAnalysis, Entity, Figure } from '../types';
import { buildTimeline } from './workspace';

function workspace(files: Record<string, string>) {
  const texts = new Map(Object.entries(files));
  const analyses = [...texts].map(([file, text]) => analyze(text, { file }));
  return buildTimeline(analyses, texts);
}

const TABLE = 'Key dates\n| Date | Event |\n|---|---|\n| August 16, 2025 | Trump-Putin summit held in Alaska. |\n| August 18, 2025 | Trump meets Zelenskyy in Washington. |\n';

test('the same event from two articles is one event with both sources, dated by the article that dates it', () => {
  const t = workspace({
    'a.txt': TABLE,
    'b.txt': 'Officials who attended a summit with Trump last week said little.\n',
  });
  const summit = t.events.filter((e) => /summit/i.test(e.event));
  assert.equal(summit.length, 1);
  assert.equal(summit[0].date, '2025-08-16');
  assert.deepEqual(summit[0].sources.map((s) => s.file).sort(), ['a.txt', 'b.txt']);
});

test('an undated article is anchored from an event another article dates, and its other relative dates follow', () => {
  const t = workspace({
    'a.txt': TABLE,
    'b.txt': 'Officials who attended a summit with Trump last week said little.\nPutin will host Xi on Friday in Moscow.\n',
  });
  const friday = t.events.find((e) => /Xi/.test(e.event));
  assert.ok(friday, JSON.stringify(t));
  // "last week" of 2025-08-16 puts article b on Monday 2025-08-18 at the earliest; "will host ... Friday" is 2025-08-22.
  assert.equal(friday.date, '2025-08-22');
  assert.equal(friday.inferred?.from, 'a.txt');
  assert.match(friday.inferred?.how ?? '', /2025-08-18/);
});

test('a date conflict between two sources is shown, not silently resolved', () => {
  const t = workspace({
    'a.txt': 'Russia annexed Crimea in March 2014 after a disputed referendum.\n',
    'b.txt': 'Russia annexed Crimea in March 2015 after a disputed referendum.\n',
  });
  const crimea = t.events.filter((e) => /Crimea/.test(e.event));
  assert.equal(crimea.length, 2, 'both dates stay on the timeline');
  const conflict = t.disagreements.find((d) => d.kind === 'date');
  assert.ok(conflict, JSON.stringify(t.disagreements));
  assert.deepEqual(conflict.values.map((v) => `${v.file}:${v.value}`).sort(), ['a.txt:2014-03', 'b.txt:2015-03']);
});

test('events are in date order, undated ones apart', () => {
  const t = workspace({ 'a.txt': 'Putin met Xi in Beijing in 2023. Russia annexed Crimea in 2014. Trump recently hosted Zelenskyy.\n' });
  assert.deepEqual(t.events.map((e) => e.date), ['2014', '2023']);
  assert.equal(t.undated.length, 1);
});

function article(file: string, entities: Entity[], figures: Figure[] = []): ArticleAnalysis {
  return { file, headline: null, sections: [], publishedDate: null, boilerplate: [], entities, quotes: [], figures, dates: [], diagnostics: [], timeline: [] };
}

function person(id: string, name: string, role: string | null, start: number, text: string): Entity {
  return { id, name, type: 'person', role, aliases: [], mentions: [{ start, end: start + text.length, text }] };
}

test('different roles for the same person across articles are a disagreement; a more detailed role is not', () => {
  const a = article('a.txt', [person('person:donald-trump', 'Donald Trump', 'former President', 10, 'Donald Trump')]);
  const b = article('b.txt', [person('person:donald-trump', 'Donald Trump', 'U.S. President', 0, 'Donald Trump')]);
  const c = article('c.txt', [person('person:trump', 'Trump', 'President', 0, 'Trump')]);
  const roles = buildTimeline([a, b, c]).disagreements.filter((d) => d.kind === 'role');
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0].values.map((v) => v.value).sort(), ['President', 'U.S. President', 'former President']);
  assert.equal(buildTimeline([b, c]).disagreements.length, 0);
});

test('Zelensky and Zelenskyy are one person in the merged events', () => {
  const ta = 'Zelensky met Trump at the summit on August 18, 2025.\n';
  const tb = 'Zelenskyy met Trump at the summit on August 18, 2025.\n';
  const a = { ...analyze(ta, { file: 'a.txt' }), entities: [person('person:volodymyr-zelensky', 'Volodymyr Zelensky', null, 0, 'Zelensky')] };
  const b = { ...analyze(tb, { file: 'b.txt' }), entities: [person('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy', null, 0, 'Zelenskyy')] };
  a.timeline = a.timeline.map((e) => ({ ...e, entityIds: ['person:volodymyr-zelensky'] }));
  b.timeline = b.timeline.map((e) => ({ ...e, entityIds: ['person:volodymyr-zelenskyy'] }));
  const t = buildTimeline([a, b], new Map([['a.txt', ta], ['b.txt', tb]]));
  assert.equal(t.events.length, 1);
  assert.deepEqual(t.events[0].entityIds, ['person:volodymyr-zelensky']);
  assert.equal(t.events[0].sources.length, 2);
});

test('figures for the same thing that disagree are reported, in one article or across two', () => {
  const text = 'Kyiv could buy up to $100 billion in U.S. weapons. Zelensky later cited a $90-billion figure.\nThe plant employs 900 people.\n';
  const money = (start: number, t: string, value: number): Figure => ({ start, end: start + t.length, text: t, kind: 'money', value, unit: 'USD' });
  const i100 = text.indexOf('$100 billion');
  const i90 = text.indexOf('$90-billion');
  const a = article('a.txt', [], [money(i100, '$100 billion', 100e9), money(i90, '$90-billion', 90e9)]);
  const figs = buildTimeline([a], new Map([['a.txt', text]])).disagreements.filter((d) => d.kind === 'figure');
  assert.equal(figs.length, 1);
  assert.deepEqual(figs[0].values.map((v) => v.text), ['$100 billion', '$90-billion']);
  assert.match(figs[0].subject, /\$100 billion/);
});
