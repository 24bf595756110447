// Large documents over the real protocol: they are analysed in the server's background worker, so a
// small document's requests are answered while a large one is analysed; the large one's diagnostics
// still arrive, equal to a direct analysis; an edit supersedes the running analysis; a crashing
// worker is logged and costs neither the server nor the document; large files of the workspace are
// indexed in the worker too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { readSample, samplePaths } from './helpers/paths';
import { analyze } from '../server/src/core';
import { toLspDiagnostic } from '../server/src/convert';
import { collectTokens, encodeTokens, tokensOnLines } from '../server/src/features/semantic-tokens';
import { LARGE_CHARS } from '../server/src/features/background';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample articles one after another until the text has `chars` UTF-16 code units or more. */
function bigArticle(chars: number): string {
  const parts = samplePaths().map((p) => readSample(path.basename(p).slice(0, 3)));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += parts[i % parts.length] + '\n\n';
  return out;
}

const BIG = 'file:///tmp/large/big.news';
const SMALL = 'file:///tmp/large/small.news';

function expectedDiagnostics(uri: string, version: number, text: string): Json[] {
  const doc = TextDocument.create(uri, 'news-article', version, text);
  return analyze(text, { file: uri }).diagnostics.map((d) => toLspDiagnostic(doc, d));
}

/** A position inside the small article's first entity mention (so a hover has content). */
function entityPosition(text: string): Json {
  const mention = analyze(text).entities[0].mentions[0];
  return TextDocument.create(SMALL, 'news-article', 1, text).positionAt(mention.start + 1);
}

test('a small document is answered while a large one is analysed; the large one\'s diagnostics then arrive, exact', async () => {
  const big = bigArticle(2 * 1024 * 1024);
  const small = readSample('000');
  const client = new LspClient();
  try {
    await client.initialize({ window: { workDoneProgress: true } });
    const order: string[] = [];
    const bigDiagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG, 180_000).then((p) => {
      order.push('large document diagnostics');
      return p;
    });
    client.open(BIG, big);
    client.open(SMALL, small);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: SMALL }, position: entityPosition(small) });
    order.push('small document hover');
    assert.ok(hover?.contents?.value, 'the hover has content');
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: SMALL } });
    order.push('small document semantic tokens');
    assert.deepEqual(tokens.data, encodeTokens(TextDocument.create(SMALL, 'news-article', 1, small), collectTokens(analyze(small, { file: SMALL }), small)));
    const smallDiagnostics = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === SMALL);
    order.push('small document diagnostics');
    assert.deepEqual(order, ['small document hover', 'small document semantic tokens', 'small document diagnostics'], 'all before the large document\'s diagnostics');
    assert.deepEqual(smallDiagnostics.diagnostics, expectedDiagnostics(SMALL, 1, small));

    // A request for the large document waits for its analysis and is answered from it.
    const bigTokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: BIG } }, 180_000);
    const published = await bigDiagnostics;
    assert.equal(published.version, 1);
    const fresh = analyze(big, { file: BIG });
    const doc = TextDocument.create(BIG, 'news-article', 1, big);
    assert.deepEqual(published.diagnostics, fresh.diagnostics.map((d) => toLspDiagnostic(doc, d)));
    assert.ok(published.diagnostics.length > 100, `${published.diagnostics.length} diagnostics`);
    const full = encodeTokens(doc, collectTokens(fresh, big));
    assert.deepEqual(bigTokens.data, full);
    const range = await client.request('textDocument/semanticTokens/range', { textDocument: { uri: BIG }, range: { start: { line: 40, character: 0 }, end: { line: 90, character: 0 } } });
    assert.deepEqual(range.data, tokensOnLines(full, 40, 90));
    assert.ok(range.data.length > 0);
    await client.waitFor('window/logMessage', (p) => /analysed big\.news \(version 1, \d+ KB\) in the background/.test(p.message));
    // The analysis showed as work-done progress, begun and ended.
    const begin = await client.waitFor('$/progress', (p) => p.value?.kind === 'begin' && /analysing big\.news \(version 1/.test(p.value.message));
    await client.waitFor('$/progress', (p) => p.token === begin.token && p.value?.kind === 'end');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('an edit during the background analysis supersedes it: diagnostics of the final version only', async () => {
  const big = bigArticle(1024 * 1024);
  const small = readSample('001');
  const client = new LspClient();
  try {
    await client.initialize();
    client.open(SMALL, small);
    client.open(BIG, big);
    await client.waitFor('window/logMessage', (p) => /analysing big\.news \(version 1,/.test(p.message));
    // A request that waits for version 1's analysis is told the content changed when version 2 comes.
    const waiting = client.request('textDocument/hover', { textDocument: { uri: BIG }, position: { line: 0, character: 0 } });
    let mirror = TextDocument.create(BIG, 'news-article', 1, big);
    const edits = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'The the mayor said the plan works.\n\n' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Reports suggest that costs rose 45%.\n' },
    ];
    for (const [i, edit] of edits.entries()) {
      client.change(BIG, i + 2, [edit]);
      mirror = TextDocument.update(mirror, [edit], i + 2);
    }
    await assert.rejects(waiting, (e: Error & { code?: number }) => e.code === -32801, 'ContentModified');
    const final = mirror.getText();
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG, 180_000);
    assert.equal(published.version, 3, 'the first diagnostics published are of the final version');
    assert.deepEqual(published.diagnostics, expectedDiagnostics(BIG, 3, final));
    const codes = published.diagnostics.filter((d: Json) => d.range.start.line <= 2).map((d: Json) => d.code);
    assert.ok(codes.includes('garbled.repeated-word'), codes.join(', '));
    // A round trip later, still nothing of versions 1 or 2, and version 1 was never finished.
    await client.request('textDocument/hover', { textDocument: { uri: SMALL }, position: { line: 0, character: 0 } });
    const bigPublished = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BIG);
    assert.deepEqual(bigPublished.map((n) => n.params.version), [3]);
    assert.ok(!client.notifications.some((n) => n.method === 'window/logMessage' && /analysed big\.news \(version [12],/.test(n.params.message)));
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('a crash of the analysis worker is logged; the server and the document live on', async () => {
  const crashing = 'NEWSDESK_TEST_CRASH_WORKER\n\n' + bigArticle(LARGE_CHARS + 1000);
  const small = readSample('002');
  const client = new LspClient(['--stdio'], { NEWSDESK_TEST_HOOKS: '1' });
  try {
    await client.initialize();
    // A first large document starts the worker (so that the crash is one of a running worker).
    const other = 'file:///tmp/large/other.news';
    client.open(other, bigArticle(LARGE_CHARS + 1000));
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === other, 60_000);
    client.open(BIG, crashing);
    const logged = await client.waitFor('window/logMessage', (p) => /the background analysis of big\.news \(version 1, \d+ KB\) failed/.test(p.message));
    assert.equal(logged.type, 1, 'logged as an error');
    const empty = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG);
    assert.deepEqual([empty.version, empty.diagnostics], [1, []]);
    const shown = await client.waitFor('window/showMessage', (p) => /big\.news could not be analysed/.test(p.message));
    assert.equal(shown.type, 2, 'a warning');
    client.open(SMALL, small);
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: SMALL } });
    assert.ok(tokens.data.length > 0);
    // The next version of the document is analysed afresh, in a new worker.
    const fixed = crashing.slice('NEWSDESK_TEST_CRASH_WORKER\n\n'.length);
    client.change(BIG, 2, [{ text: fixed }]);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG && p.version === 2, 60_000);
    // (Its findings of disagreement with the small article, which repeats part of it, are another test's business.)
    const own = published.diagnostics.filter((d: Json) => !String(d.code).startsWith('disagreement.'));
    assert.deepEqual(own, expectedDiagnostics(BIG, 2, fixed));
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});

test('a large file of the workspace is indexed in the worker: an open document is answered meanwhile', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-large-ws-'));
  const big = bigArticle(1024 * 1024);
  fs.writeFileSync(path.join(dir, 'big.txt'), big);
  fs.writeFileSync(path.join(dir, 'small.txt'), readSample('003'));
  const client = new LspClient();
  try {
    await client.initialize({ window: { workDoneProgress: true } }, {}, { workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    const order: string[] = [];
    const done = client.waitFor('window/logMessage', (p) => /analysed big\.txt \(\d+ KB, workspace index\) in the background/.test(p.message), 180_000)
      .then(() => order.push('big.txt analysed'));
    await client.waitFor('window/logMessage', (p) => /analysing big\.txt \(\d+ KB, workspace index\) in the background/.test(p.message));
    const small = readSample('000');
    client.open(SMALL, small);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: SMALL }, position: entityPosition(small) });
    order.push('hover answered');
    assert.ok(hover?.contents?.value);
    await done;
    assert.deepEqual(order, ['hover answered', 'big.txt analysed']);
    let ws: Json;
    for (let i = 0; i < 600 && (!ws || ws.indexing); i++) {
      if (ws) await new Promise((r) => setTimeout(r, 100));
      ws = await client.request('newsdesk/workspace', {});
    }
    const indexed = ws.articles.find((a: Json) => a.file.endsWith('/big.txt'));
    assert.ok(indexed, 'big.txt is in the index');
    const fresh = analyze(big, { file: indexed.file });
    assert.deepEqual(indexed.diagnostics, JSON.parse(JSON.stringify(fresh.diagnostics)));
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('closing a large document during its analysis stops it: nothing is published for it afterwards', async () => {
  const big = bigArticle(1024 * 1024);
  const client = new LspClient();
  try {
    await client.initialize();
    client.open(BIG, big);
    await client.waitFor('window/logMessage', (p) => /analysing big\.news \(version 1,/.test(p.message));
    client.notify('textDocument/didClose', { textDocument: { uri: BIG } });
    const cleared = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG);
    assert.deepEqual(cleared.diagnostics, []);
    // The worker takes one text at a time: had big.news gone on, it would finish before this one.
    const other = 'file:///tmp/large/other.news';
    client.open(other, bigArticle(LARGE_CHARS + 1000));
    await client.waitFor('window/logMessage', (p) => /analysed other\.news/.test(p.message), 60_000);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === other);
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BIG);
    assert.deepEqual(published.map((n) => n.params.diagnostics.length), [0]);
    assert.ok(!client.notifications.some((n) => n.method === 'window/logMessage' && /analysed big\.news/.test(n.params.message)), 'the analysis was stopped');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
