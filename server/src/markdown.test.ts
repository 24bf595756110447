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

test('bare URLs and www. addresses are escaped so that no renderer autolinks them (issue 21)', () => {
  for (const text of ['see http://example.com/x now', 'HTTPS://EXAMPLE.ORG', 'visit www.example.net today', 'ftp://files.example.com']) {
    const md = escapeMarkdown(text);
    assert.doesNotMatch(md, /[a-z][a-z0-9+.-]*:\/\/|\bwww\./i, md);
    assert.equal(md.replace(/\\([!-\/:-@\[-`{-~])/g, '$1'), text, 'unescaping gives the text back');
  }
  assert.equal(escapeMarkdown('a 3:2 win'), 'a 3:2 win');
});
