// The incremental newsdesk/workspace request over the protocol: the client sends the stamps it holds
// and gets back analyses only for new or changed articles; removed ones drop out of the stamps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './helpers/lsp';
import { samplePaths } from './helpers/paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-wsdelta-'));
  fs.mkdirSync(path.join(dir, 'news'));
  for (const p of samplePaths()) fs.copyFileSync(p, path.join(dir, 'news', path.basename(p)));
  fs.writeFileSync(path.join(dir, 'news', 'extra.news'), 'Ceasefire Holds in the North\nThe envoy said the talks resumed on Monday.\n');
  return dir;
}

async function indexed(client: LspClient): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    const ws = await client.request('newsdesk/workspace', {});
    if (!ws.indexing && ws.articles.length > 0) return ws;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('indexing did not finish');
}

const names = (files: string[]) => files.map((f) => path.basename(f)).sort();

test('newsdesk/workspace with known stamps sends only new and changed analyses; gone articles drop out', async () => {
  const dir = makeWorkspace();
  const client = new LspClient();
  await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, {}, {
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
  });
  try {
    const extraUri = pathToFileURL(path.join(dir, 'news', 'extra.news')).toString();
    const first = await indexed(client);
    const all = [...samplePaths().map((p) => path.basename(p)), 'extra.news'].sort();
    assert.deepEqual(names(first.articles.map((a: Json) => a.file)), all, 'no `known`: every analysis, as before');
    assert.deepEqual(names(Object.keys(first.stamps)), all);
    for (const a of first.articles) assert.equal(typeof first.stamps[a.file], 'string');

    // Nothing changed: the stamps come back, no analysis does.
    const second = await client.request('newsdesk/workspace', { articles: true, known: first.stamps });
    assert.deepEqual(second.articles, []);
    assert.deepEqual(second.stamps, first.stamps);
    assert.deepEqual(second.timeline, first.timeline, 'the timeline is whole either way');

    // Opening a file with its text on disk changes nothing for the client either.
    const diskText = fs.readFileSync(path.join(dir, 'news', 'extra.news'), 'utf8');
    client.open(extraUri, diskText);
    const opened = await client.request('newsdesk/workspace', { articles: true, known: first.stamps });
    assert.deepEqual(opened.articles, [], 'same text, same analysis, same stamp');

    // An edit to one article: exactly that one comes back, under a new stamp.
    client.change(extraUri, 2, [{ text: diskText.replace('Monday', 'Tuesday') }]);
    const edited = await client.request('newsdesk/workspace', { articles: true, known: first.stamps });
    assert.deepEqual(edited.articles.map((a: Json) => a.file), [extraUri]);
    assert.ok(JSON.stringify(edited.articles[0]).includes('Tuesday'));
    assert.notEqual(edited.stamps[extraUri], first.stamps[extraUri]);
    assert.ok(JSON.stringify(edited.timeline).includes('Tuesday'), 'the timeline follows the edit (not the kept one)');
    assert.deepEqual(names(Object.keys(edited.stamps)), all);
    for (const f of Object.keys(first.stamps)) if (f !== extraUri) assert.equal(edited.stamps[f], first.stamps[f]);

    // A file deleted on disk: absent from the list (the client drops it), nothing sent.
    const gone = pathToFileURL(samplePaths().map((p) => path.join(dir, 'news', path.basename(p)))[0]).toString();
    fs.rmSync(new URL(gone));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: gone, type: 3 }] });
    const after = await client.request('newsdesk/workspace', { articles: true, known: edited.stamps });
    assert.deepEqual(after.articles, []);
    assert.equal(after.stamps[gone], undefined);
    assert.equal(Object.keys(after.stamps).length, all.length - 1);

    // A stale or foreign `known` is harmless: whatever does not match is sent.
    const stale = await client.request('newsdesk/workspace', { articles: true, known: { [extraUri]: 'nonsense', 'file:///elsewhere.txt': 'x' } });
    assert.equal(stale.articles.length, all.length - 1);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
