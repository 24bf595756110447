// The views never throw on odd input: spans past the end, empty or huge lines, lone surrogates, NUL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntityTree, buildFigureTree, buildQuoteTree } from './tree';
import { LineIndex, baseName } from './text';
import { treeToCsv, treeToMarkdown } from '../export/tree_export';
import { articleAnalysis } from '../test_support/fixtures';

const HOSTILE_TEXTS = ['', '\u0000\u0000', '\ud800 lone \udc00', 'x'.repeat(1_000_000), '\r\r\n\n\u2028'];

test('trees and exports build for any text, even when spans point past its end', () => {
  for (const text of HOSTILE_TEXTS) {
    const input = [{ analysis: articleAnalysis('file:///ws/odd%20name.txt'), text }];
    for (const build of [buildEntityTree, buildQuoteTree, buildFigureTree]) {
      const tree = build(input, '');
      assert.ok(tree.roots.length > 0);
      assert.equal(typeof treeToCsv(tree), 'string');
      assert.equal(typeof treeToMarkdown('x', tree), 'string');
    }
  }
});

test('a preview of a one-megabyte line is short and quick', () => {
  const ix = new LineIndex(`${'a'.repeat(500_000)}NAME${'b'.repeat(500_000)}`);
  const t0 = performance.now();
  const p = ix.preview(500_000, 500_004);
  assert.ok(p.includes('NAME') && p.length < 90, p);
  assert.ok(performance.now() - t0 < 50);
});

test('file names: URIs are decoded, bad escapes kept', () => {
  assert.equal(baseName('file:///ws/odd%20name.txt'), 'odd name.txt');
  assert.equal(baseName('file:///ws/100%.txt'), '100%.txt');
  assert.equal(baseName('C:\\news\\a.txt'), 'a.txt');
});

test('a thousand mentions on one huge line preview in well under a second', () => {
  const text = Array.from({ length: 1000 }, (_, i) => `${'filler words here '.repeat(50)}Name${i}`).join(' ');
  const ix = new LineIndex(text);
  const t0 = performance.now();
  let at = 0;
  for (let i = 0; i < 1000; i++) {
    at = text.indexOf('Name', at + 1);
    assert.ok(ix.preview(at, at + 4).includes(`Name${i}`.slice(0, 5)));
  }
  assert.ok(performance.now() - t0 < 500, `${performance.now() - t0} ms`);
});
