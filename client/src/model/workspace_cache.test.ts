import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownStamps, mergeAnswer } from './workspace_cache';
import type { CachedArticle } from './workspace_cache';
import { buildEntityTree } from './tree';
import { ARTICLE_TEXT, articleAnalysis } from '../test_support/fixtures';

const A = 'file:///ws/a.txt';
const B = 'file:///ws/b.txt';
const C = 'file:///ws/c.txt';

function reader(texts: Record<string, string>) {
  const reads: string[] = [];
  return { reads, read: async (file: string) => (reads.push(file), texts[file] ?? '') };
}

async function firstAnswer() {
  const r = reader({ [A]: ARTICLE_TEXT, [B]: ARTICLE_TEXT, [C]: ARTICLE_TEXT });
  const merged = await mergeAnswer(new Map(), { articles: [articleAnalysis(B), articleAnalysis(A), articleAnalysis(C)], stamps: { [A]: 'a1', [B]: 'b1', [C]: 'c1' } }, r.read);
  return { merged, reads: r.reads };
}

test('a first answer reads every text and caches each article under its stamp', async () => {
  const { merged, reads } = await firstAnswer();
  assert.deepEqual(reads.sort(), [A, B, C]);
  assert.deepEqual(merged.articles.map((a) => a.analysis.file), [A, B, C]);
  assert.deepEqual(knownStamps(merged.cache), { [A]: 'a1', [B]: 'b1', [C]: 'c1' });
  assert.deepEqual(merged.missing, []);
});

test('stamps without analyses keep the cached articles and read nothing', async () => {
  const { merged: first } = await firstAnswer();
  const r = reader({});
  const merged = await mergeAnswer(first.cache, { articles: [], stamps: { [A]: 'a1', [B]: 'b1', [C]: 'c1' } }, r.read);
  assert.deepEqual(r.reads, []);
  assert.equal(merged.read, 0);
  assert.deepEqual(merged.articles, first.articles);
  assert.strictEqual(merged.cache.get(A), first.cache.get(A));
});

test('one changed article is read again; one absent from the stamps is gone; the old cache is left as it was', async () => {
  const { merged: first } = await firstAnswer();
  const edited = 'Edited ' + ARTICLE_TEXT;
  const r = reader({ [B]: edited });
  const merged = await mergeAnswer(first.cache, { articles: [articleAnalysis(B, edited)], stamps: { [A]: 'a1', [B]: 'b2' } }, r.read);
  assert.deepEqual(r.reads, [B]);
  assert.deepEqual(merged.articles.map((a) => [a.analysis.file, a.text.slice(0, 7)]), [[A, ARTICLE_TEXT.slice(0, 7)], [B, 'Edited ']]);
  assert.deepEqual(knownStamps(merged.cache), { [A]: 'a1', [B]: 'b2' });
  assert.equal(first.cache.size, 3);
});

test('the merged articles build the same trees as the full list would', async () => {
  const { merged: first } = await firstAnswer();
  const merged = await mergeAnswer(first.cache, { articles: [], stamps: { [C]: 'c1', [A]: 'a1', [B]: 'b1' } }, reader({}).read);
  const full = await mergeAnswer(new Map(), { articles: [articleAnalysis(C), articleAnalysis(A), articleAnalysis(B)] }, reader({ [A]: ARTICLE_TEXT, [B]: ARTICLE_TEXT, [C]: ARTICLE_TEXT }).read);
  assert.deepEqual(buildEntityTree(merged.articles), buildEntityTree(full.articles));
});

test('a stamp the cache does not hold, with no analysis sent, is reported missing (ask again in full)', async () => {
  const { merged: first } = await firstAnswer();
  const merged = await mergeAnswer(first.cache, { articles: [], stamps: { [A]: 'a9', [B]: 'b1' } }, reader({}).read);
  assert.deepEqual(merged.missing, [A]);
  assert.deepEqual(merged.articles.map((a) => a.analysis.file), [B]);
});

test('an answer without stamps (an older server) is the whole list, read afresh, and caches nothing', async () => {
  const r = reader({ [A]: ARTICLE_TEXT });
  const cache = new Map<string, CachedArticle>([[B, { stamp: 'b1', analysis: articleAnalysis(B), text: '' }]]);
  const merged = await mergeAnswer(cache, { articles: [articleAnalysis(A)] }, r.read);
  assert.deepEqual(merged.articles.map((a) => a.analysis.file), [A]);
  assert.deepEqual(r.reads, [A]);
  assert.equal(merged.cache.size, 0);
});

test('a text that cannot be read is empty, as before', async () => {
  const merged = await mergeAnswer(new Map(), { articles: [articleAnalysis(A)], stamps: { [A]: 'a1' } }, async () => { throw new Error('gone'); });
  assert.equal(merged.articles[0].text, '');
});
