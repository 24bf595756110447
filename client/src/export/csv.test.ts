import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from './csv';
import { treeToCsv, treeToMarkdown } from './tree_export';
import { buildEntityTree, buildFigureTree } from '../model/tree';
import { escapeMarkdown } from './markdown';
import { ARTICLE_TEXT, articleAnalysis } from '../test_support/fixtures';

test('cells that a spreadsheet would read as formulas get a leading apostrophe', () => {
  assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('@cmd'), "'@cmd");
  assert.equal(csvCell('a=b'), 'a=b');
});

test('cells with commas, quotes or line breaks are quoted, quotes doubled', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=1,2'), `"'=1,2"`);
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(null), '');
  assert.equal(toCsv(['a', 'b'], [[1, 'x']]), 'a,b\r\n1,x\r\n');
});

test('Export CSV writes one row per entity', () => {
  const csv = treeToCsv(buildEntityTree([{ analysis: articleAnalysis(), text: ARTICLE_TEXT }]));
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'type,name,role,mentions,aliases,files');
  assert.equal(lines[1], 'person,Vladimir Putin,Russian President,3,Putin,one.txt');
  assert.equal(lines.length, 6);
});

test('Copy as Markdown nests mentions under entities under groups', () => {
  const md = treeToMarkdown('Entities', buildFigureTree([{ analysis: articleAnalysis(), text: ARTICLE_TEXT }]));
  assert.match(md, /^## Entities\n\n- \*\*Figures\*\* — 1\n {2}- \$100 billion — money/);
});

test('article text in Markdown cannot make links, HTML or emphasis', () => {
  assert.equal(escapeMarkdown('[x](command:y) <b>*a*</b>'), '\\[x\\](command:y) &lt;b&gt;\\*a\\*&lt;/b&gt;');
  assert.equal(escapeMarkdown('# head'), '\\# head');
  assert.equal(escapeMarkdown('2025. year'), '2025\\. year');
  assert.equal(escapeMarkdown('002.txt'), '002.txt');
});
