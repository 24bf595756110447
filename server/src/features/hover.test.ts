import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverMarkdown } from './hover';
import { article, spansOf, ZELENSKY_TEXT, zelenskyArticle } from './test-fixture';
import { mergeEntities } from './entity-merge';

const at = (needle: string, nth = 0) => spansOf(ZELENSKY_TEXT, needle)[nth].start + 1;

test('hover on an entity: canonical name, type, role, other spellings, mentions and quotes', () => {
  const a = zelenskyArticle().analysis!;
  const md = hoverMarkdown(a, at('Zelensky’s'))!.markdown;
  assert.match(md, /^\*\*Volodymyr Zelensky\*\* · person/);
  assert.match(md, /Role: President of Ukraine/);
  assert.match(md, /Also written: Zelensky/);
  assert.match(md, /Mentioned 2 times in this article/);
  assert.match(md, /Quoted 2 times/);
  assert.match(md, /we are ready to meet/);
});

test('hover on an entity counts its mentions across the workspace', () => {
  const a = zelenskyArticle().analysis!;
  const b = zelenskyArticle('file:///t/b.news').analysis!;
  b.entities[0] = { ...b.entities[0], name: 'Volodymyr Zelenskyy' };
  const merged = mergeEntities([{ uri: 'a', entities: a.entities }, { uri: 'b', entities: b.entities }]);
  const md = hoverMarkdown(a, at('Volodymyr'), { merged: (e) => merged.find((m) => m.refs.some((r) => r.entity === e)) })!.markdown;
  assert.match(md, /4 times in 2 articles of the workspace/);
  assert.match(md, /Zelenskyy/);
});

test('hover on a quote, a figure and a date', () => {
  const a = zelenskyArticle().analysis!;
  assert.match(hoverMarkdown(a, at('We want'))!.markdown, /\*\*Quote\*\* · direct\n\nSpeaker: Volodymyr Zelensky/);
  assert.match(hoverMarkdown(a, at('40'))!.markdown, /Value: 40 proposals/);
  assert.match(hoverMarkdown(a, at('Sunday'))!.markdown, /2025-08-17/);
  a.publishedDate = null;
  a.dates[0].value = null;
  assert.match(hoverMarkdown(a, at('Sunday'))!.markdown, /no date to count from/);
  assert.equal(hoverMarkdown(a, at('did not')), null);
});

test('article text in a hover is escaped: links, images, HTML and command: URIs show as text', () => {
  const text = 'T\n[click](command:workbench.action.terminal.new) ![x](http://e/x.png) <img src=x onerror=alert(1)> said **bold**\n';
  const name = '[click](command:workbench.action.terminal.new)';
  const a = article(text, (an) => {
    an.entities = [{ id: 'x', name, type: 'person', role: '<script>alert(1)</script>', aliases: [], mentions: spansOf(text, name) }];
    an.quotes = [{ ...spansOf(text, '![x](http://e/x.png) <img src=x onerror=alert(1)>')[0], kind: 'direct', speaker: { entityId: 'x', name } }];
  }).analysis!;
  const md = hoverMarkdown(a, 3)!.markdown;
  // Once backslash-escaped characters are removed, only the hover's own bold markers are left.
  const left = md.replace(/\\[!-\/:-@\[-`{-~]/g, '').replace(/\*\*/g, '').match(/[\[\]<>`_()!&|~*]/g) ?? [];
  assert.deepEqual(left, [], md);
  assert.ok(md.includes('\\[click\\]\\(command\\:'), md);
  assert.ok(md.includes('\\<script\\>'), md);
});
