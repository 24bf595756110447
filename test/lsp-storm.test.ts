// An edit storm over the real protocol: 1,000 incremental edits (inserts, deletes, pastes of whole
// articles, undo-like reversals) sent faster than the server analyses, with requests in between.
// Every answer fits the text the client had when it asked (or says the document changed meanwhile,
// ContentModified, when later edits superseded the analysis it waited for); after the last edit,
// diagnostics, semantic tokens and hovers equal those of a fresh analysis of the final text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { readSample, samplePaths } from './helpers/paths';
import { analyze } from '../server/src/core';
import { toLspDiagnostic } from '../server/src/convert';
import { collectTokens, encodeTokens } from '../server/src/features/semantic-tokens';
import { hoverMarkdown } from '../server/src/features/hover';
import { mergeEntities } from '../server/src/features/entity-merge';
import * as path from 'node:path';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inside(doc: TextDocument, range: Range): boolean {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(range.start) && ok(range.end);
}

const PIECES = [' the the', ' said Vladimir Putin', ' “We are ready,” he said.', '\n', ' Share on Facebook\n', ' 45%', ' on Sunday', 'é', '\ud83d\ude00', '\r\n', ' $1.2 billion'];

/** A request superseded by the edits after it is answered ContentModified: not stale, and the only other answer. */
function superseded(e: Error & { code?: number }): void {
  assert.equal(e.code, -32801, e.message);
}

test('1,000 incremental edits faster than analysis: answers never stale, final state equals a fresh analysis', async () => {
  const articles = samplePaths().map((p) => readSample(path.basename(p).slice(0, 3)));
  const random = rng(20251124);
  const uri = 'file:///tmp/storm.news';
  let mirror = TextDocument.create(uri, 'news-article', 1, articles[2]);
  const client = new LspClient();
  try {
    await client.initialize();
    client.open(uri, mirror.getText());
    const history: Array<{ range: Range; text: string }> = [];
    const checks: Array<Promise<void>> = [];
    for (let version = 2; version <= 1001; version++) {
      const text = mirror.getText();
      const r = random();
      let edit: { range: Range; text: string };
      const at = Math.floor(random() * (text.length + 1));
      if (r < 0.45) {
        edit = { range: { start: mirror.positionAt(at), end: mirror.positionAt(at) }, text: PIECES[Math.floor(random() * PIECES.length)] };
      } else if (r < 0.8) {
        const end = Math.min(text.length, at + Math.floor(random() * 40));
        edit = { range: { start: mirror.positionAt(at), end: mirror.positionAt(end) }, text: '' };
      } else if (r < 0.85) {
        edit = { range: { start: mirror.positionAt(0), end: mirror.positionAt(text.length) }, text: articles[Math.floor(random() * articles.length)] };
      } else if (r < 0.9) {
        edit = { range: { start: mirror.positionAt(at), end: mirror.positionAt(at) }, text: articles[Math.floor(random() * articles.length)] };
      } else if (history.length) {
        // Undo-like: put back what the previous edit replaced.
        edit = history.pop()!;
      } else {
        edit = { range: { start: mirror.positionAt(at), end: mirror.positionAt(at) }, text: 'x' };
      }
      const before = mirror.getText();
      const startOffset = mirror.offsetAt(edit.range.start);
      const removed = before.slice(startOffset, mirror.offsetAt(edit.range.end));
      client.change(uri, version, [edit]);
      mirror = TextDocument.update(mirror, [edit], version);
      history.push({ range: { start: mirror.positionAt(startOffset), end: mirror.positionAt(startOffset + edit.text.length) }, text: removed });
      if (version % 50 === 0) {
        // A request in the middle of the storm: its answer must fit this very version.
        const snapshot = TextDocument.create(uri, 'news-article', version, mirror.getText());
        const position = snapshot.positionAt(Math.floor(random() * snapshot.getText().length));
        checks.push(client.request('textDocument/hover', { textDocument: { uri }, position }).then((h: Json) => {
          if (h?.range) assert.ok(inside(snapshot, h.range), `hover range ${JSON.stringify(h.range)} outside version ${version}`);
        }, superseded));
        checks.push(client.request('textDocument/semanticTokens/full', { textDocument: { uri } }).then((t: Json) => {
          const expected = encodeTokens(snapshot, collectTokens(analyze(snapshot.getText(), { file: uri }), snapshot.getText()));
          assert.deepEqual(t.data, expected, `tokens of version ${version}`);
        }, superseded));
      }
    }
    await Promise.all(checks);
    const finalText = mirror.getText();
    const fresh = analyze(finalText, { file: uri });

    // Diagnostics carried over from an older analysis may come first, on the final text; then its own.
    const expected = JSON.stringify(fresh.diagnostics.map((d) => toLspDiagnostic(mirror, d)));
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1001 && JSON.stringify(p.diagnostics) === expected, 60000);
    for (const d of published.diagnostics) assert.ok(inside(mirror, d.range), JSON.stringify(d.range));
    // Nothing arrives after the final text's own diagnostics: neither an older version nor carried ones.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const last = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop();
    assert.equal(last.params.version, 1001);
    assert.equal(JSON.stringify(last.params.diagnostics), expected);

    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data, encodeTokens(mirror, collectTokens(fresh, finalText)));

    const merged = mergeEntities([{ uri, entities: fresh.entities }]);
    for (let i = 0; i < 40; i++) {
      const offset = Math.floor((finalText.length * i) / 40);
      const h = await client.request('textDocument/hover', { textDocument: { uri }, position: mirror.positionAt(offset) });
      const expected = hoverMarkdown(fresh, mirror.offsetAt(mirror.positionAt(offset)), { merged: (e) => merged.find((m) => m.refs.some((r) => r.entity.id === e.id)) });
      assert.equal(h?.contents.value ?? null, expected?.markdown ?? null);
      if (h) assert.ok(inside(mirror, h.range));
    }
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
});
