import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlayHints } from './inlay-hints';
import { article, spansOf, ZELENSKY_TEXT, zelenskyArticle } from './test-fixture';

const all = { start: 0, end: ZELENSKY_TEXT.length };

test('a pronoun attribution gets the resolved speaker, a relative date its calendar date', () => {
  const a = zelenskyArticle();
  const hints = inlayHints(a, all, { speakers: true, dates: true });
  const he = spansOf(ZELENSKY_TEXT, ' he said')[0].start + 3;
  const sunday = spansOf(ZELENSKY_TEXT, 'Sunday')[0].end;
  assert.deepEqual(hints.map((h) => [h.label, a.doc.offsetAt(h.position)]), [
    ['→ 2025-08-17', sunday],
    ['→ Volodymyr Zelensky', he],
  ]);
});

test('each kind of hint can be switched off', () => {
  const a = zelenskyArticle();
  assert.deepEqual(inlayHints(a, all, { speakers: false, dates: true }).map((h) => h.label), ['→ 2025-08-17']);
  assert.deepEqual(inlayHints(a, all, { speakers: true, dates: false }).map((h) => h.label), ['→ Volodymyr Zelensky']);
});

test('a named attribution gets no hint; a pronoun before the quote does', () => {
  const text = 'T\n“No,” said Putin. She said: “Yes.”\n';
  const a = article(text, (an) => {
    an.quotes = [
      { ...spansOf(text, '“No,”')[0], kind: 'direct', speaker: { entityId: null, name: 'Vladimir Putin' } },
      { ...spansOf(text, '“Yes.”')[0], kind: 'direct', speaker: { entityId: null, name: 'Maria Zakharova' } },
    ];
  });
  const hints = inlayHints(a, { start: 0, end: text.length }, { speakers: true, dates: true });
  assert.deepEqual(hints.map((h) => [h.label, a.doc.offsetAt(h.position)]), [['→ Maria Zakharova', text.indexOf('She') + 3]]);
});
