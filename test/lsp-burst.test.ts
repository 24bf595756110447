// Diagnostics during a long burst of typing in a large document (issue 21): an 80 KB article, analysed
// in the server's background worker, edited every 200 ms. Before, every edit stopped
// the running analysis, so nothing was published until the typing stopped; now an analysis that has
// waited long enough finishes, and its diagnostics are published on the current text (carried past
// the edit), again and again during the burst. After the burst the diagnostics are exactly those of
// the final text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { readSample, samplePaths } from './helpers/paths';
import { analyze } from '../server/src/core';
import { toLspDiagnostic } from '../server/src/convert';
import { LARGE_CHARS } from '../server/src/features/background';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const BIG = 'file:///tmp/burst/big.news';

function article(chars: number): string {
  const parts = samplePaths().map((p) => readSample(path.basename(p).slice(0, 3)));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += parts[i % parts.length] + '\n\n';
  return out;
}

test('an 80 KB document edited every 200 ms gets diagnostics during the burst, each on its current text', async () => {
  const text = article(80 * 1024);
  assert.ok(text.length >= LARGE_CHARS, 'a large text: an edit stops its running analysis');
  const client = new LspClient();
  try {
    await client.initialize();
    client.open(BIG, text);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === BIG, 120_000);
    let mirror = TextDocument.create(BIG, 'news-article', 1, text);
    const versions: TextDocument[] = [mirror];
    const line = Math.floor(mirror.lineCount / 2);
    const start = Date.now();
    const before = client.notifications.length;
    // The burst goes on until three publishes came during it: how soon depends on the machine (an
    // analysis of 80 KB takes 0.1 s on an idle one, seconds on a loaded one); before, none came at all.
    const publishes = () => client.notifications.slice(before).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BIG).length;
    for (let v = 2; publishes() < 3 && Date.now() - start < 90_000; v++) {
      const edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Then ' };
      client.change(BIG, v, [edit]);
      mirror = TextDocument.update(mirror, [edit], v);
      versions.push(TextDocument.create(BIG, 'news-article', v, mirror.getText()));
      await new Promise((r) => setTimeout(r, 200));
    }
    const during = client.notifications.slice(before).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BIG);
    assert.ok(during.length >= 3, `${during.length} publishes in a ${Math.round((Date.now() - start) / 1000)} s burst (before: none until it ended)`);
    for (const n of during) {
      const doc = versions.find((d) => d.version === n.params.version);
      assert.ok(doc, `version ${n.params.version} was sent`);
      const end = doc.getText().length;
      for (const d of n.params.diagnostics as Json[]) {
        const from = doc.offsetAt(d.range.start);
        const to = doc.offsetAt(d.range.end);
        assert.ok(from <= to && to <= end && doc.positionAt(from).line === d.range.start.line, JSON.stringify(d.range));
      }
      assert.ok(n.params.diagnostics.length > 0, 'the carried diagnostics are not all dropped');
    }
    // Once the typing stops, the final text's own diagnostics.
    const final = mirror.getText();
    const expected = analyze(final, { file: BIG }).diagnostics.map((d) => toLspDiagnostic(mirror, d));
    const last = await new Promise<Json>((resolve, reject) => {
      const deadline = Date.now() + 120_000;
      const poll = () => {
        const got = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === BIG && n.params.version === mirror.version);
        const exact = got.find((n) => JSON.stringify(n.params.diagnostics) === JSON.stringify(expected));
        if (exact) resolve(exact.params);
        else if (Date.now() > deadline) reject(new Error(`no exact publish of version ${mirror.version}: ${got.length} publishes of it`));
        else setTimeout(poll, 100);
      };
      poll();
    });
    assert.equal(last.version, mirror.version);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
