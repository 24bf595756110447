import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown } from './markdown';

/** What a CommonMark renderer leaves of markup: backslash-escaped characters are literal text. */
const unescapedMarkup = (md: string) => md.replace(/\\[!-\/:-@\[-`{-~]/g, '').match(/[\[\]<>`*_()!&|~]/g) ?? [];

test('links, images, HTML, entities and command: URIs are escaped into plain text', () => {
  for (const hostile of [
    '[click](command:workbench.action.terminal.new)',
    '![x](http://e/x.png)',
    '<img src=x onerror=alert(1)> <script>alert(1)</script>',
    '&lt;b&gt; **bold** _it_ `code` ~~del~~ | a | b |',
    '<command:vscode.open>',
  ]) {
    const md = escapeMarkdown(hostile);
    assert.deepEqual(unescapedMarkup(md), [], md);
    assert.equal(md.replace(/\\([!-\/:-@\[-`{-~])/g, '$1'), hostile, 'unescaping gives the text back');
  }
});

test('ordinary text stays readable; line breaks and control characters cannot break the layout', () => {
  assert.equal(escapeMarkdown('2025-08-17'), '2025-08-17');
  assert.equal(escapeMarkdown('Volodymyr Zelensky'), 'Volodymyr Zelensky');
  assert.equal(escapeMarkdown('- a list?'), '\\- a list\\?');
  assert.equal(escapeMarkdown('one\n# two\r\nthree\u0000'), 'one # two three');
});
