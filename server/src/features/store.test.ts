// The open documents' analyses: every text in the workers (dist/server.js, built before the tests),
// in process when there are none, with the latest finished analysis standing in
// for cross-article views while a newer one runs, and edits, closes and settings changes
// superseding a running analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core';
import { DEFAULT_SETTINGS } from '../settings';
import { BackgroundAnalyser, LARGE_CHARS, Superseded } from './background';
import { OpenArticles } from './store';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
const LARGE = Array.from({ length: Math.ceil(LARGE_CHARS / SAMPLE.length) + 1 }, () => SAMPLE).join('\n\n');

/** The editor's open documents, as vscode-languageserver's TextDocuments holds them. */
class Docs {
  private docs = new Map<string, TextDocument>();
  set(uri: string, version: number, text: string): TextDocument {
    const d = TextDocument.create(uri, 'news-article', version, text);
    this.docs.set(uri, d);
    return d;
  }
  close(uri: string): void {
    this.docs.delete(uri);
  }
  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }
  all(): TextDocument[] {
    return [...this.docs.values()];
  }
}

function setup(): { docs: Docs; open: OpenArticles; bg: BackgroundAnalyser } {
  const docs = new Docs();
  const bg = new BackgroundAnalyser(path.join(ROOT, 'dist', 'server.js'), () => undefined);
  const open = new OpenArticles(docs as unknown as TextDocuments<TextDocument>, () => DEFAULT_SETTINGS, bg);
  return { docs, open, bg };
}

test('every article is analysed in a worker, to the same analysis as in process; without workers, at once', async () => {
  const { docs, open, bg } = setup();
  try {
    const pendingSmall = open.of(docs.set('file:///s.news', 1, SAMPLE));
    assert.ok(pendingSmall instanceof Promise, 'a short article too: no text blocks the main thread');
    assert.deepEqual((await pendingSmall).analysis, analyze(SAMPLE, { file: 'file:///s.news' }));
    const pending = open.of(docs.set('file:///l.news', 1, LARGE));
    assert.ok(pending instanceof Promise);
    assert.equal(open.of(docs.get('file:///l.news')!), pending, 'one analysis per version');
    const large = await pending;
    assert.deepEqual(large.analysis, analyze(LARGE, { file: 'file:///l.news' }));
    assert.equal(open.of(docs.get('file:///l.news')!), large, 'then cached');
    const inProcess = new OpenArticles(docs as unknown as TextDocuments<TextDocument>, () => DEFAULT_SETTINGS, null);
    const now = inProcess.of(docs.get('file:///s.news')!);
    assert.ok(!(now instanceof Promise), 'no workers: analysed at once');
    assert.deepEqual(now.analysis, analyze(SAMPLE, { file: 'file:///s.news' }));
  } finally {
    bg.dispose();
  }
});

test('while a newer version is analysed, views over all articles get the previous analysis; the edit supersedes a running one', async () => {
  const { docs, open, bg } = setup();
  try {
    const uri = 'file:///l.news';
    const v1 = await open.of(docs.set(uri, 1, LARGE));
    const v2 = open.of(docs.set(uri, 2, LARGE + ' More.'));
    assert.ok(v2 instanceof Promise);
    assert.equal(open.get(uri), v1, 'the latest finished analysis stands in');
    assert.deepEqual(open.all(), [v1]);
    const d3 = docs.set(uri, 3, LARGE + ' More text.');
    open.changed(d3);
    await assert.rejects(v2, Superseded);
    const v3 = await open.of(d3);
    assert.equal(v3.version, 3);
    assert.equal(open.get(uri), v3);
  } finally {
    bg.dispose();
  }
});

test('changing the settings supersedes a running analysis: whoever waits for it gets the new one; closing the document rejects it', async () => {
  const { docs, open, bg } = setup();
  try {
    const running = open.of(docs.set('file:///a.news', 1, LARGE));
    open.clear();
    const again = open.of(docs.get('file:///a.news')!);
    assert.ok(again instanceof Promise, 'started afresh');
    assert.notEqual(running, again);
    assert.equal(await running, await again, 'the request that waited is answered from the new analysis');
    open.clear();
    const third = open.of(docs.get('file:///a.news')!);
    assert.ok(third instanceof Promise);
    docs.close('file:///a.news');
    open.forget('file:///a.news');
    await assert.rejects(third, Superseded);
    assert.equal(open.get('file:///a.news'), undefined);
  } finally {
    bg.dispose();
  }
});
