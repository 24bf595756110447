// The language server over the real protocol: spawn dist/server.js --stdio and talk LSP to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './helpers/lsp';
import { readSample } from './helpers/paths';

test('initialize, open a document, receive diagnostics, hover, shut down cleanly', async () => {
  const client = new LspClient();
  try {
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, 'newsdesk');
    assert.ok(init.capabilities.hoverProvider);
    const text = 'Talks Resume\nThe envoy said the the talks resumed.\n';
    client.open('file:///tmp/a.news', text);
    const diags = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/a.news');
    const repeated = diags.diagnostics.find((d: { code: string }) => d.code === 'garbled.repeated-word');
    assert.ok(repeated, JSON.stringify(diags));
    assert.equal(repeated.source, 'newsdesk');
    assert.deepEqual(repeated.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 22 } });
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('page furniture of a sample article is published faded (Unnecessary tag)', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    client.open('file:///tmp/001.txt', readSample('001'), 'plaintext');
    const diags = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/001.txt');
    const furniture = diags.diagnostics.filter((d: { code: string }) => d.code === 'furniture.page');
    assert.ok(furniture.length >= 1);
    assert.ok(furniture.every((d: { tags?: number[] }) => d.tags?.includes(1)));
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('closing a document clears its diagnostics', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    client.open('file:///tmp/b.news', 'Title Line\nIt is is the the end.');
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/b.news' && p.diagnostics.length > 0);
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///tmp/b.news' } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///tmp/b.news' && p.diagnostics.length === 0);
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('newsdesk/analysis answers with the document analysis', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    client.open('file:///tmp/c.news', readSample('002'));
    const a = await client.request('newsdesk/analysis', { uri: 'file:///tmp/c.news' });
    assert.equal(a.headline.text, 'Russia Demands Security Guarantees as Zelensky Signals Willingness to Meet Putin');
    assert.equal(await client.request('newsdesk/analysis', { uri: 'file:///tmp/not-open.news' }), null);
    await client.shutdown();
  } finally {
    client.kill();
  }
});
