// The server stays up: failing handlers, hostile documents, cancelled requests, a dying parent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { LspClient } from './helpers/lsp';
import { readSample } from './helpers/paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

test('a failing request is answered with an error and logged; failing notifications and stray exceptions do not stop the server', async () => {
  const client = new LspClient(['--stdio'], { NEWSDESK_TEST_HOOKS: '1' });
  try {
    await client.initialize();
    await assert.rejects(client.request('newsdesk/_throw', {}), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32603);
      assert.match(e.message, /thrown on purpose/);
      return true;
    });
    const logged = await client.waitFor('window/logMessage', (p) => /newsdesk\/_throw failed/.test(p.message));
    assert.equal(logged.type, 1, 'logged as an error');
    client.notify('newsdesk/_throwNotification', {});
    client.notify('newsdesk/_throwUncaught', {});
    await client.waitFor('window/logMessage', (p) => /uncaught exception/.test(p.message));
    client.open('file:///tmp/001.txt', readSample('001'), 'plaintext');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/001.txt' }, position: { line: 4, character: 2 } });
    assert.match(hover.contents.value, /Page furniture/);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('without NEWSDESK_TEST_HOOKS the hidden request does not exist', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    await assert.rejects(client.request('newsdesk/_throw', {}), (e: Error & { code?: number }) => e.code === -32601);
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('the server exits when the client process (initialize processId) dies', async () => {
  const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const client = new LspClient();
  try {
    await client.request('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
    parent.kill('SIGKILL');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 30000))]);
    assert.equal(code, 1, 'exits (code 1: no shutdown request came)');
  } finally {
    parent.kill('SIGKILL');
    client.kill();
  }
});

function checkTokens(text: string, data: number[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    assert.ok(line < lines.length && char + data[i + 2] <= lines[line].length, `token ${line}:${char}+${data[i + 2]} past the line end`);
  }
}

test('hostile documents leave the server answering: binary-ish text, 1 MB on one line, 100,000 quotation marks, lone surrogates', async () => {
  const binary = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0x3000)).join('');
  const oneLine = 'Officials said “the deal is near” on Monday as prices rose 4.5% to $1.2 billion. '.repeat(12500).slice(0, 1024 * 1024);
  const quotes = `Title\n${'"“”\'«»'.repeat(16667).slice(0, 100000)}\n`;
  const surrogates = 'Headline \ud800 Here\n\udc00Vladimir Putin said “\udbff\udfff ok \ud83d” on Sunday.\ud800\n';
  const docs: Array<[string, string]> = [['binary', binary], ['one-line', oneLine], ['quotes', quotes], ['surrogates', surrogates]];
  const client = new LspClient();
  try {
    await client.initialize();
    for (const [name, text] of docs) {
      const uri = `file:///tmp/hostile-${name}.news`;
      client.open(uri, text);
      const diags = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 120000);
      for (const d of diags.diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.character >= 0);
      const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 120000);
      checkTokens(text, tokens.data);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/foldingRange', { textDocument: { uri } });
      await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } });
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    const init = await client.request('newsdesk/workspace', {});
    assert.ok(init.timeline);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('a cancelled request is answered as cancelled or with a result, and the next request works', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = 'file:///tmp/002.news';
    client.open(uri, readSample('002'));
    const outcomes: string[] = [];
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) {
      const p = client.request('textDocument/semanticTokens/full', { textDocument: { uri } })
        .then(() => { outcomes.push('result'); }, (e: Error & { code?: number }) => { outcomes.push(String(e.code)); });
      // The request id is the client's last one: cancel it at once.
      client.notify('$/cancelRequest', { id: (client as Json).nextId - 1 });
      pending.push(p);
    }
    await Promise.all(pending);
    assert.ok(outcomes.every((o) => o === 'result' || o === '-32800'), outcomes.join(','));
    assert.ok(outcomes.includes('-32800'), 'some were cancelled');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('malformed params are answered InvalidParams, not InternalError, and the server goes on', async () => {
  const client = new LspClient();
  try {
    await client.initialize();
    for (const params of [null, {}, { uri: 42 }]) {
      await assert.rejects(client.request('newsdesk/analysis', params), (e: Error & { code?: number }) => {
        assert.equal(e.code, -32602, `params ${JSON.stringify(params)}`);
        return true;
      });
    }
    client.open('file:///tmp/001.txt', readSample('001'), 'plaintext');
    const analysis: Json = await client.request('newsdesk/analysis', { uri: 'file:///tmp/001.txt' });
    assert.ok(analysis.entities.length > 0);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
