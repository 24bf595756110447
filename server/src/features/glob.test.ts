import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, makeArticleMatcher } from './glob';

test('globs as VS Code writes them', () => {
  assert.ok(globToRegExp('**/*.txt').test('a.txt'));
  assert.ok(globToRegExp('**/*.txt').test('x/y/a.txt'));
  assert.ok(!globToRegExp('**/*.txt').test('a.txt.bak'));
  assert.ok(globToRegExp('news/{de,fr}/*.txt').test('news/fr/a.txt'));
  assert.ok(!globToRegExp('news/{de,fr}/*.txt').test('news/it/a.txt'));
  assert.ok(globToRegExp('a?c.[tm]xt').test('abc.txt'));
});

test('.news and .article files are always articles; others per include', () => {
  const isArticle = makeArticleMatcher(['articles/**/*.txt']);
  assert.ok(isArticle('x/y.news'));
  assert.ok(isArticle('z.article'));
  assert.ok(isArticle('articles/2025/a.txt'));
  assert.ok(!isArticle('notes/a.txt'));
  assert.ok(!isArticle('articles/a.md'));
});
