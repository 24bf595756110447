import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition, highlights, references } from './navigation';
import { mergeEntities } from './entity-merge';
import { spansOf, ZELENSKY_TEXT, zelenskyArticle } from './test-fixture';

const offsetOf = (needle: string) => spansOf(ZELENSKY_TEXT, needle)[0].start + 1;

test('definition is the first full-name mention; highlights are every mention', () => {
  const a = zelenskyArticle();
  const def = definition(a, offsetOf('Zelensky’s'))!;
  assert.equal(a.doc.offsetAt(def.range.start), ZELENSKY_TEXT.indexOf('Volodymyr Zelensky'));
  assert.equal(highlights(a, offsetOf('Zelensky’s')).length, 2);
});

test('references span the workspace, and never use a stale analysis of the current article', () => {
  const a = zelenskyArticle('file:///t/a.news');
  const b = zelenskyArticle('file:///t/b.news');
  const older = zelenskyArticle('file:///t/a.news'); // the analysis the last merge saw, before an edit
  const merged = mergeEntities([{ uri: older.uri, entities: older.analysis!.entities }, { uri: b.uri, entities: b.analysis!.entities }]);
  const group = (name: string) => merged.find((m) => m.name === name);
  const refs = references(a, offsetOf('Zelensky’s'), () => group('Volodymyr Zelensky'), (uri) => (uri === b.uri ? b : undefined));
  assert.deepEqual(refs.map((r) => r.uri), [a.uri, a.uri, b.uri, b.uri]);
  const ownEntity = a.analysis!.entities[0];
  assert.deepEqual(refs.slice(0, 2).map((r) => a.doc.offsetAt(r.range.start)), ownEntity.mentions.map((m) => m.start));
});
