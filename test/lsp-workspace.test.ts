// The workspace index over the protocol: indexing with progress, file watching, workspace symbols
// and the newsdesk/workspace request over a temporary workspace of the sample articles.
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-ws-'));
  fs.mkdirSync(path.join(dir, 'news', 'deep'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  for (const p of samplePaths()) fs.copyFileSync(p, path.join(dir, 'news', path.basename(p)));
  fs.writeFileSync(path.join(dir, 'news', 'deep', 'extra.news'), 'Ceasefire Holds in the North\nThe envoy said the talks resumed.\n');
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Not an article\n');
  fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'readme.txt'), 'Not an article\n');
  fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  return dir;
}

async function start(dir: string, capabilities: Json = {}, settings: Json = {}): Promise<LspClient> {
  const client = new LspClient();
  client.settings = settings;
  await client.initialize({ window: { workDoneProgress: true }, ...capabilities }, {}, {
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
  });
  return client;
}

async function indexed(client: LspClient): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    const ws = await client.request('newsdesk/workspace', {});
    if (!ws.indexing && ws.articles.length + ws.refused.length > 0) return ws;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('indexing did not finish');
}

test('on start the server indexes the workspace folders with work-done progress', async () => {
  const dir = makeWorkspace();
  const client = await start(dir);
  try {
    const ws = await indexed(client);
    // In the order of the walk (names sorted, a folder's files where the folder is), although several
    // files are analysed at once: the workspace's timeline and merges take them in that order.
    const files = ws.articles.map((a: Json) => path.basename(a.file));
    assert.deepEqual(files, [...samplePaths().map((p) => path.basename(p)).sort(), 'extra.news']);
    assert.deepEqual(ws.refused.map((r: Json) => path.basename(r.file)), ['blob.txt']);
    assert.match(ws.refused[0].reason, /blob\.txt: not a text file/);
    assert.equal(ws.timeline.version, 1);
    assert.ok(Array.isArray(ws.entities));
    assert.ok(client.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'));
    const kinds = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    const small = await client.request('newsdesk/workspace', { articles: false });
    assert.equal(small.articles, undefined);
    // newsdesk/analysis answers for an indexed file that is not open.
    const a = await client.request('newsdesk/analysis', { uri: pathToFileURL(path.join(dir, 'news', 'deep', 'extra.news')).toString() });
    assert.equal(a.headline.text, 'Ceasefire Holds in the North');
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('workspace symbols find headlines in any article; the index follows file events', async () => {
  const dir = makeWorkspace();
  const client = await start(dir, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  try {
    await indexed(client);
    const reg = client.serverRequests.find((r) => r.method === 'client/registerCapability');
    assert.ok(reg, 'file watchers registered dynamically');
    const globs = reg.params.registrations[0].registerOptions.watchers.map((w: Json) => w.globPattern);
    // The articles, and each folder's glossary and silenced findings (.newsdesk/*.json).
    assert.deepEqual(globs, ['**/*.news', '**/*.article', '**/*.txt', '**/.newsdesk/*.json']);

    const syms = await client.request('workspace/symbol', { query: 'security guarantees' });
    const headlines = syms.filter((s: Json) => s.kind === 1).map((s: Json) => s.name);
    assert.ok(headlines.includes('Russia Demands Security Guarantees as Zelensky Signals Willingness to Meet Putin'), JSON.stringify(headlines));
    assert.ok(headlines.includes('Security Guarantees at the Center of Negotiations'));
    assert.ok(!headlines.includes('Ceasefire Holds in the North'));

    const file = path.join(dir, 'news', 'late.article');
    fs.writeFileSync(file, 'Security Guarantees Debated Late\nThe talks went on.\n');
    const uri = pathToFileURL(file).toString();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    let found: Json[] = [];
    for (let i = 0; i < 50 && !found.length; i++) {
      found = (await client.request('workspace/symbol', { query: 'debated late' })).filter((s: Json) => s.location.uri === uri);
      if (!found.length) await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(found[0]?.name, 'Security Guarantees Debated Late');

    fs.rmSync(file);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    const after = await client.request('workspace/symbol', { query: 'debated late' });
    assert.deepEqual(after, []);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an open document overrides its file on disk in the workspace', async () => {
  const dir = makeWorkspace();
  const client = await start(dir);
  try {
    await indexed(client);
    const uri = pathToFileURL(path.join(dir, 'news', 'deep', 'extra.news')).toString();
    client.open(uri, 'Edited Headline Not Saved\nBody.\n');
    const syms = await client.request('workspace/symbol', { query: 'edited headline' });
    assert.deepEqual(syms.map((s: Json) => s.location.uri), [uri]);
    assert.deepEqual(await client.request('workspace/symbol', { query: 'ceasefire holds' }), []);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('changing newsdesk.include re-indexes without a restart', async () => {
  const dir = makeWorkspace();
  const client = await start(dir, {}, { include: ['elsewhere/**/*.txt'] });
  try {
    const before = await indexed(client);
    assert.deepEqual(before.articles.map((a: Json) => path.basename(a.file)), ['extra.news'], 'only .news/.article files');
    client.settings = { include: ['news/*.txt'] };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    let names: string[] = [];
    for (let i = 0; i < 200 && names.length < samplePaths().length + 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const ws = await client.request('newsdesk/workspace', {});
      if (!ws.indexing) names = ws.articles.map((a: Json) => path.basename(a.file));
    }
    assert.deepEqual(names.sort(), [...samplePaths().map((p) => path.basename(p)), 'extra.news'].sort());
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every work-done progress that begins also ends, when a settings change restarts indexing midway', async () => {
  const dir = makeWorkspace();
  const client = await start(dir, {}, { include: ['**/*.txt'] });
  try {
    // A changed include list re-indexes; sent at once, it supersedes the first run.
    client.settings = { include: ['news/**/*.txt'] };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await indexed(client);
    await new Promise((r) => setTimeout(r, 300));
    const progress = client.notifications.filter((n) => n.method === '$/progress');
    const begun = new Set(progress.filter((n) => n.params.value.kind === 'begin').map((n) => n.params.token));
    const ended = new Set(progress.filter((n) => n.params.value.kind === 'end').map((n) => n.params.token));
    assert.ok(begun.size >= 1);
    for (const token of begun) assert.ok(ended.has(token), `progress ${token} began and never ended`);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
