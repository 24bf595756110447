import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticleMatcher } from './glob';

test('globs as VS Code writes them', () => {
  const m = (glob: string) => makeArticleMatcher([glob]);
  assert.ok(m('**/*.txt')('a.txt'));
  assert.ok(m('**/*.txt')('x/y/a.txt'));
  assert.ok(!m('**/*.txt')('a.txt.bak'));
  assert.ok(m('news/{de,fr}/*.txt')('news/fr/a.txt'));
  assert.ok(!m('news/{de,fr}/*.txt')('news/it/a.txt'));
  assert.ok(m('a?c.[tm]xt')('abc.txt'));
  assert.ok(m('**/*.txt')('.drafts/a.txt'), 'dot folders too');
  // Nested braces, and extglobs (which the hand-made matcher took literally).
  assert.ok(m('wires/{ap,reuters/{world,africa}}/*.txt')('wires/reuters/africa/x.txt'));
  assert.ok(m('desk/!(drafts)/*.txt')('desk/final/x.txt'));
  assert.ok(!m('desk/!(drafts)/*.txt')('desk/drafts/x.txt'));
  assert.ok(!makeArticleMatcher([])('a.txt'), 'no globs: only .news and .article');
});

test('.news and .article files are always articles; others per include', () => {
  const isArticle = makeArticleMatcher(['articles/**/*.txt']);
  assert.ok(isArticle('x/y.news'));
  assert.ok(isArticle('z.article'));
  assert.ok(isArticle('articles/2025/a.txt'));
  assert.ok(!isArticle('notes/a.txt'));
  assert.ok(!isArticle('articles/a.md'));
});
