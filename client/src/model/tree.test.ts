import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntityTree, buildFigureTree, buildQuoteTree, summaryText } from './tree';
import { LineIndex } from './text';
import { ARTICLE_TEXT, articleAnalysis } from '../test_support/fixtures';

const one = [{ analysis: articleAnalysis(), text: ARTICLE_TEXT }];

test('entities are grouped into People, Organizations and Places, most mentioned first', () => {
  const tree = buildEntityTree(one);
  assert.deepEqual(tree.roots.map((r) => `${r.label} ${r.description}`), ['People 3', 'Organizations 1', 'Places 1']);
  const people = tree.roots[0].children!;
  assert.deepEqual(people.map((p) => p.label), ['Vladimir Putin', 'Volodymyr Zelensky', 'Donald Trump']);
  assert.equal(people[0].description, '3 mentions · Russian President');
  assert.equal(people[2].description, '1 mention');
});

test('an entity expands to its mentions with a line preview, and each mention reveals its span', () => {
  const putin = buildEntityTree(one).roots[0].children![0];
  assert.equal(putin.children!.length, 3);
  const m = putin.children![1];
  assert.equal(m.description, 'line 3');
  assert.match(m.label, /Russian President Vladimir Putin met Donald Trump/);
  assert.equal(ARTICLE_TEXT.slice(m.location!.start, m.location!.end), 'Vladimir Putin');
});

test('the filter keeps entities whose name, alias or role matches, and drops empty groups', () => {
  const tree = buildEntityTree(one, 'president');
  assert.deepEqual(tree.roots.map((r) => r.label), ['People']);
  assert.deepEqual(tree.roots[0].children!.map((c) => c.label), ['Vladimir Putin']);
  assert.deepEqual(buildEntityTree(one, 'zelensky').roots[0].children!.map((c) => c.label), ['Volodymyr Zelensky']);
});

test('node ids are stable across rebuilds, so the view updates in place', () => {
  const ids = (t: ReturnType<typeof buildEntityTree>) => JSON.stringify(t.roots.map((r) => [r.id, r.children!.map((c) => c.id)]));
  assert.equal(ids(buildEntityTree(one)), ids(buildEntityTree([{ analysis: articleAnalysis(), text: ARTICLE_TEXT }])));
});

test('across articles the same person is one entity with the mentions of both', () => {
  const two = [...one, { analysis: articleAnalysis('file:///ws/two.txt'), text: ARTICLE_TEXT }];
  const putin = buildEntityTree(two).roots[0].children![0];
  assert.equal(putin.label, 'Vladimir Putin');
  assert.equal(putin.description, '6 mentions · Russian President · 2 articles');
  assert.equal(putin.children![5].description, 'two.txt:4');
});

test('quotes are grouped by speaker, with unattributed quotes apart and last', () => {
  const tree = buildQuoteTree(one);
  assert.deepEqual(tree.roots.map((r) => r.label), ['Vladimir Putin', 'Unattributed']);
  assert.equal(tree.roots[0].children![0].label, '“This was the first time,”');
  assert.equal(tree.roots[1].children![0].row![0], '');
});

test('figures and dates list value, kind and line', () => {
  const tree = buildFigureTree(one);
  const [figures, dates] = tree.roots;
  assert.equal(figures.children![0].description, 'money · 100,000,000,000 USD · line 4');
  assert.deepEqual(dates.children!.map((d) => d.description), ['2025-08-16 · line 3', '2025-08-17 · relative · line 6']);
});

test('the status text counts entities, quotes and claims', () => {
  assert.equal(summaryText(articleAnalysis()), '5 entities · 2 quotes · 1 claim');
});

test('line previews clip long lines around the mention', () => {
  const long = `${'word '.repeat(40)}Target here ${'tail '.repeat(40)}`;
  const ix = new LineIndex(`first\r\n${long}`);
  const at = long.indexOf('Target') + 7;
  const p = ix.preview(at, at + 6, 60);
  assert.ok(p.includes('Target here'), p);
  assert.ok(p.startsWith('…') && p.endsWith('…'), p);
  assert.ok(p.length <= 64, `${p.length}`);
  assert.equal(ix.lineOf(at), 1);
});

test('in workspace scope the server-merged entities are used: spelling variants stay one person', () => {
  const a = articleAnalysis('file:///ws/one.txt');
  const zel = a.entities[1];
  const ws = [{
    name: 'Volodymyr Zelensky', type: 'person' as const, role: 'Ukrainian President', aliases: ['Zelensky', 'Zelenskyy'],
    files: [{ file: 'file:///ws/one.txt', mentions: zel.mentions }, { file: 'file:///ws/gone.txt', mentions: [{ start: 0, end: 9, text: 'Zelenskyy' }] }],
  }];
  const tree = buildEntityTree([{ analysis: a, text: ARTICLE_TEXT }, { analysis: articleAnalysis('file:///ws/two.txt'), text: ARTICLE_TEXT }], '', ws);
  const people = tree.roots[0].children!;
  assert.deepEqual(people.map((p) => p.label), ['Volodymyr Zelensky']);
  assert.equal(people[0].description, '3 mentions · Ukrainian President · 2 articles');
  assert.match(people[0].children![0].label, /Zelensky to meet/);
  // A file whose text the client could not read still lists the mention, by its own text.
  assert.equal(people[0].children![2].label, 'Zelenskyy');
  assert.equal(people[0].children![2].description, 'gone.txt:1');
});

test('a quote whose speaker has no entity id goes under the person with that alias', () => {
  const a = articleAnalysis();
  a.quotes[1].speaker = { entityId: null, name: 'Zelensky' };
  const tree = buildQuoteTree([{ analysis: a, text: ARTICLE_TEXT }]);
  assert.deepEqual(tree.roots.map((r) => r.label), ['Vladimir Putin', 'Volodymyr Zelensky']);
});
