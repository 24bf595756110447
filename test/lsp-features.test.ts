// Each LSP feature over the real protocol, on the sample articles: what the current core finds
// (headline, sections, page furniture, repeated words) checked by content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './helpers/lsp';
import { readSample, ROOT } from './helpers/paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function withClient(fn: (c: LspClient) => Promise<void>, settings: Json = {}, capabilities: Json = {}): Promise<void> {
  const client = new LspClient();
  client.settings = settings;
  try {
    await client.initialize(capabilities);
    await fn(client);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
}

test('the semantic token legend is the one contributed in package.json, with theme scope fallbacks', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const client = new LspClient();
  try {
    const init = await client.initialize();
    const legend = init.capabilities.semanticTokensProvider.legend;
    assert.deepEqual(init.capabilities.semanticTokensProvider.full, { delta: true });
    assert.equal(init.capabilities.semanticTokensProvider.range, true);
    const contributed = pkg.contributes.semanticTokenTypes.map((t: Json) => t.id);
    assert.deepEqual([...legend.tokenTypes].sort(), [...contributed].sort());
    assert.deepEqual(legend.tokenModifiers, ['declaration']);
    const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
    for (const type of legend.tokenTypes) assert.ok(scopes[type]?.length >= 1, `scope fallback for ${type}`);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('diagnostics carry code, source, a README link per rule and the Unnecessary tag for furniture', async () => {
  await withClient(async (c) => {
    c.open('file:///tmp/001.txt', readSample('001'), 'plaintext');
    const { diagnostics } = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/001.txt');
    const furniture = diagnostics.filter((d: Json) => d.code === 'furniture.page');
    assert.ok(furniture.length >= 1);
    for (const d of furniture) {
      assert.equal(d.source, 'newsdesk');
      assert.equal(d.codeDescription.href, 'https://github.com/newsdesk/newsdesk#furniturepage');
      assert.deepEqual(d.tags, [1]);
    }
    // "Download IPFS" is the furniture line under the headline.
    assert.ok(furniture.some((d: Json) => d.range.start.line === 4 && d.range.start.character === 0), JSON.stringify(furniture));
  });
});

test('code actions offer the quick fixes of the diagnostics as workspace edits', async () => {
  await withClient(async (c) => {
    const text = readSample('001');
    c.open('file:///tmp/001.txt', text, 'plaintext');
    const { diagnostics } = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/001.txt');
    const d = diagnostics.find((x: Json) => x.code === 'furniture.page');
    const actions = await c.request('textDocument/codeAction', {
      textDocument: { uri: 'file:///tmp/001.txt' }, range: d.range, context: { diagnostics: [d] },
    });
    assert.ok(actions.length >= 1, JSON.stringify(actions));
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].diagnostics, [d]);
    const edits = actions[0].edit.changes['file:///tmp/001.txt'];
    assert.ok(edits.length >= 1);
    const none = await c.request('textDocument/codeAction', {
      textDocument: { uri: 'file:///tmp/001.txt' }, range: d.range, context: { diagnostics: [], only: ['refactor'] },
    });
    assert.deepEqual(none, []);
  });
});

test('document symbols: the headline with the sections under it; folding ranges for sections', async () => {
  await withClient(async (c) => {
    const text = readSample('002');
    c.open('file:///tmp/002.news', text);
    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/002.news' } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Russia Demands Security Guarantees as Zelensky Signals Willingness to Meet Putin');
    assert.equal(symbols[0].children.length, 6);
    const lines = text.split(/\r?\n/);
    for (const s of symbols[0].children) {
      assert.equal(lines[s.selectionRange.start.line].slice(s.selectionRange.start.character, s.selectionRange.end.character), s.name);
    }
    const folds = await c.request('textDocument/foldingRange', { textDocument: { uri: 'file:///tmp/002.news' } });
    const sectionLines = symbols[0].children.map((s: Json) => s.range.start.line);
    const sectionFolds = folds.filter((f: Json) => sectionLines.includes(f.startLine));
    assert.ok(sectionFolds.length >= 5, JSON.stringify(folds));
    for (const f of sectionFolds) assert.ok(f.endLine > f.startLine && f.endLine < lines.length);
  });
});

test('hover on page furniture explains it; hover on plain text answers null', async () => {
  await withClient(async (c) => {
    c.open('file:///tmp/001.txt', readSample('001'), 'plaintext');
    const hover = await c.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/001.txt' }, position: { line: 4, character: 3 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Page furniture/);
    assert.equal(hover.contents.isTrusted, undefined);
    assert.deepEqual(hover.range.start, { line: 4, character: 0 });
    const none = await c.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/nope.txt' }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });
});

test('a hostile article (Markdown, HTML, command: links) never yields a hover with live markup', async () => {
  const text = [
    'Headline [click](command:workbench.action.terminal.new)',
    '![img](https://example.com/x.png) <script>alert(1)</script> <a href="command:x">x</a> &lt;b&gt;',
    'Share on Facebook [Share](command:editor.action.x)',
    'Subscribe to our newsletter <img src=x onerror=alert(1)>',
    '',
  ].join('\n');
  await withClient(async (c) => {
    c.open('file:///tmp/hostile.news', text);
    const lines = text.split('\n');
    let answered = 0;
    for (let line = 0; line < lines.length; line++) {
      for (let ch = 0; ch <= lines[line].length; ch += 3) {
        const h = await c.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/hostile.news' }, position: { line, character: ch } });
        if (!h) continue;
        answered++;
        assert.notEqual(h.contents.isTrusted, true);
        const live = h.contents.value.replace(/\\[!-\/:-@\[-`{-~]/g, '').replace(/\*\*/g, '').match(/[\[\]<>`]|\]\(|command:/g);
        assert.equal(live, null, h.contents.value);
      }
    }
    assert.ok(answered >= 1, 'the furniture lines have hovers');
  });
});

test('semantic tokens full, range and delta answer in the LSP encoding', async () => {
  await withClient(async (c) => {
    const uri = 'file:///tmp/002.news';
    c.open(uri, readSample('002'));
    const full = await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(typeof full.resultId, 'string');
    assert.equal(full.data.length % 5, 0);
    const range = await c.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
    assert.equal(range.data.length % 5, 0);
    assert.ok(range.data.length <= full.data.length);
    c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }]);
    const delta = await c.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: full.resultId });
    assert.ok(Array.isArray(delta.edits) || Array.isArray(delta.data), JSON.stringify(delta));
    assert.notEqual(delta.resultId, full.resultId);
  });
});

test('over the size limit (newsdesk.maxFileSizeKB): a clear message naming the file and the limit, no analysis; raising the limit applies without restart', async () => {
  const client = new LspClient();
  client.settings = { maxFileSizeKB: 1 };
  try {
    await client.initialize();
    const uri = 'file:///tmp/big-article.news';
    client.open(uri, `Big Story\n${'The envoy said the the talks resumed. '.repeat(60)}\n`);
    const msg = await client.waitFor('window/showMessage', () => true);
    assert.match(msg.message, /big-article\.news is 3 KB, over the limit of 1 KB \(newsdesk\.maxFileSizeKB\)/);
    const first = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(first.diagnostics, [], 'the first diagnostics already follow the settings');
    assert.equal(await client.request('newsdesk/analysis', { uri }), null);
    client.settings = { maxFileSizeKB: 100 };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const diags = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    assert.ok(diags.diagnostics.some((d: Json) => d.code === 'garbled.repeated-word'));
    assert.notEqual(await client.request('newsdesk/analysis', { uri }), null);
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('settings switch diagnostics families without a restart', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'file:///tmp/rep.news';
    client.open(uri, 'Talks Resume\nThe envoy said the the talks resumed.\n');
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 1);
    client.settings = { diagnostics: { garbled: { enabled: false } } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
    await client.shutdown();
  } finally {
    client.kill();
  }
});
