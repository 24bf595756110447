// Defence in depth (issue 21): no analysis can block the server. Every document is analysed in a
// background worker, so an analysis that never ends (the worker's test hook spins on a marker text,
// standing in for a pathological text without relying on a slow regular expression that a later fix
// would make fast) holds up no other document; past its deadline (newsdesk.analysisTimeoutMs) it is
// stopped and the document gets one `analysis.stopped` diagnostic; its next edit is analysed afresh.
// Timing (how fast the hovers are meanwhile) is in the benchmark, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { readSample } from './helpers/paths';
import { analyze } from '../server/src/core';
import { toLspDiagnostic } from '../server/src/convert';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const BAD = 'file:///tmp/deadline/bad.news';
const GOOD = 'file:///tmp/deadline/good.news';
const MARKER = 'NEWSDESK_TEST_SPIN_WORKER';

test('a pathological document blocks no other; past its deadline it is stopped with one diagnostic, and its next edit is analysed', async () => {
  const good = readSample('000');
  const bad = `${readSample('001')}\n\n${MARKER}\n`;
  const mention = analyze(good).entities[0].mentions[0];
  const position = TextDocument.create(GOOD, 'news-article', 1, good).positionAt(mention.start + 1);
  const client = new LspClient(['--stdio'], { NEWSDESK_TEST_HOOKS: '1' });
  try {
    // First without a deadline: the bad document's analysis never ends.
    client.settings = { analysisTimeoutMs: 0 };
    await client.initialize();
    client.open(BAD, bad);
    client.open(GOOD, good);
    for (let i = 0; i < 5; i++) {
      const hover = await client.request('textDocument/hover', { textDocument: { uri: GOOD }, position });
      assert.ok(hover?.contents?.value?.includes(mention.text.split(' ')[0]), `hover ${i} answered with content`);
    }
    const goodDiagnostics = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === GOOD);
    assert.equal(goodDiagnostics.version, 1);
    assert.ok(!client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BAD), 'the bad document is still being analysed');

    // With a deadline (settings apply at once: every open document is analysed again) it is stopped.
    client.settings = { analysisTimeoutMs: 1000 };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const stopped = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BAD, 120_000);
    assert.equal(stopped.version, 1);
    assert.equal(stopped.diagnostics.length, 1, 'one diagnostic says so');
    const [d] = stopped.diagnostics as Json[];
    assert.equal(d.code, 'analysis.stopped');
    assert.equal(d.source, 'newsdesk');
    assert.match(d.message, /stopped analysing bad\.news.*CPU time.*newsdesk\.analysisTimeoutMs/s);
    assert.deepEqual(d.range.start, { line: 0, character: 0 });
    assert.match((await client.waitFor('window/logMessage', (p) => /the analysis of bad\.news .* was stopped/.test(p.message))).message, /analysisTimeoutMs/);

    // The server keeps answering: the good document, and the bad one (it has no annotations).
    const hover = await client.request('textDocument/hover', { textDocument: { uri: GOOD }, position });
    assert.ok(hover?.contents?.value);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: BAD }, position: { line: 0, character: 1 } }), null);

    // Edited, the document is analysed afresh: its own diagnostics, no longer the stopped one.
    const fixed = bad.replace(MARKER, 'The council met again on Monday.');
    client.change(BAD, 2, [{ text: fixed }]);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BAD && p.version === 2, 120_000);
    const own = published.diagnostics.filter((x: Json) => !String(x.code).startsWith('disagreement.'));
    const doc = TextDocument.create(BAD, 'news-article', 2, fixed);
    assert.deepEqual(own, analyze(fixed, { file: BAD }).diagnostics.map((x) => toLspDiagnostic(doc, x)));
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
