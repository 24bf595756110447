// What the core finds about people, quotes and dates, through the LSP features, on the samples:
// hover, definition, highlights, semantic tokens, inlay hints, and references and workspace symbols
// across a workspace of the sample articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { readSample, samplePaths } from './helpers/paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'speaker', 'figure', 'date'];

function at(doc: TextDocument, needle: string, nth = 0, within = 1): Json {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = doc.getText().indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in the text`);
  return doc.positionAt(i + within);
}

async function opened(sample: string, settings: Json = {}): Promise<{ client: LspClient; doc: TextDocument; uri: string }> {
  const client = new LspClient();
  client.settings = settings;
  await client.initialize();
  const uri = `file:///tmp/sample-${sample}.txt`;
  const doc = TextDocument.create(uri, 'plaintext', 1, readSample(sample));
  client.open(uri, doc.getText(), 'plaintext');
  return { client, doc, uri };
}

test('hover on "Putin" names Vladimir Putin with his role, other spelling and mentions', async () => {
  const { client, doc, uri } = await opened('001');
  try {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: at(doc, 'progress made with Putin', 0, 21) });
    assert.match(h.contents.value, /^\*\*Vladimir Putin\*\* · person/);
    assert.match(h.contents.value, /Role: Russian President/);
    assert.match(h.contents.value, /Also written: Putin/);
    assert.match(h.contents.value, /Mentioned \d+ times in this article/);
    assert.equal(doc.getText().slice(doc.offsetAt(h.range.start), doc.offsetAt(h.range.end)), 'Putin');
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('go to definition lands on the first full-name mention; highlights mark every mention', async () => {
  const { client, doc, uri } = await opened('001');
  try {
    const later = at(doc, 'progress made with Putin', 0, 21);
    const def = await client.request('textDocument/definition', { textDocument: { uri }, position: later });
    assert.equal(doc.getText().slice(doc.offsetAt(def.range.start), doc.offsetAt(def.range.end)), 'Vladimir Putin');
    const hl = await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: later });
    const texts = hl.map((h: Json) => doc.getText().slice(doc.offsetAt(h.range.start), doc.offsetAt(h.range.end)));
    assert.ok(texts.length >= 3 && texts.every((t: string) => /Putin/.test(t)), texts.join('|'));
    assert.equal(hl.filter((h: Json) => h.kind === 3).length, 1, 'one declaration (write) highlight');
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('semantic tokens: people, places, quotes and speakers in sample 001', async () => {
  const { client, doc, uri } = await opened('001');
  try {
    const { data } = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens: Array<{ text: string; type: string; mods: number }> = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const start = doc.offsetAt({ line, character: char });
      tokens.push({ text: doc.getText().slice(start, start + data[i + 2]), type: TOKEN_TYPES[data[i + 3]], mods: data[i + 4] });
    }
    const of = (text: string) => tokens.filter((t) => t.text === text);
    assert.deepEqual(of('Vladimir Putin').map((t) => [t.type, t.mods]), [['person', 1]]);
    assert.ok(of('Ukraine').length >= 3 && of('Ukraine').every((t) => t.type === 'place'));
    assert.ok(tokens.some((t) => t.type === 'quote' && t.text.startsWith('“This was the first time')));
    assert.ok(tokens.some((t) => t.type === 'speaker'), 'a speaker named next to a quote');
    await client.shutdown();
  } finally {
    client.kill();
  }
});

test('inlay hints: "Sunday" → 2025-08-17 and "he" → Volodymyr Zelensky; switched off by settings without restart', async () => {
  const { client, doc, uri } = await opened('003');
  try {
    const all = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: all });
    const sunday = hints.find((h: Json) => h.label === '→ 2025-08-17');
    assert.ok(sunday, JSON.stringify(hints));
    assert.ok(doc.getText().slice(0, doc.offsetAt(sunday.position)).endsWith('Sunday'));
    client.settings = { inlayHints: { dates: false } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    let after: Json[] = hints;
    for (let i = 0; i < 100 && after.some((h: Json) => h.label === '→ 2025-08-17'); i++) {
      await new Promise((r) => setTimeout(r, 30));
      after = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: all });
    }
    assert.ok(!after.some((h: Json) => h.label === '→ 2025-08-17'));
    await client.shutdown();
  } finally {
    client.kill();
  }
  const one = await opened('001');
  try {
    const all = { start: { line: 0, character: 0 }, end: one.doc.positionAt(one.doc.getText().length) };
    const hints = await one.client.request('textDocument/inlayHint', { textDocument: { uri: one.uri }, range: all });
    const he = hints.find((h: Json) => h.label === '→ Volodymyr Zelensky');
    assert.ok(he, JSON.stringify(hints));
    assert.ok(/\bhe$/.test(one.doc.getText().slice(0, one.doc.offsetAt(he.position))));
    await one.client.shutdown();
  } finally {
    one.client.kill();
  }
});

test('across a workspace of the samples: references, workspace symbols and merged spellings (Zelensky / Zelenskyy)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-ent-'));
  for (const p of samplePaths()) fs.copyFileSync(p, path.join(dir, path.basename(p)));
  const client = new LspClient();
  try {
    await client.initialize({}, {}, { workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    let ws: Json;
    for (let i = 0; i < 400; i++) {
      ws = await client.request('newsdesk/workspace', { articles: false });
      if (!ws.indexing && ws.entities.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const zelensky = ws.entities.filter((e: Json) => /Zelensk/.test(e.name) && e.type === 'person');
    assert.equal(zelensky.length, 1, JSON.stringify(zelensky.map((e: Json) => e.name)));
    const files = new Set(zelensky[0].files.map((f: Json) => path.basename(f.file).slice(0, 3)));
    assert.ok(files.has('002') && files.has('003') && files.has('004'), [...files].join());
    assert.equal(zelensky[0].mentions, undefined, 'the mentions come once, by article (files), not also as one list');
    assert.ok([zelensky[0].name, ...zelensky[0].aliases].some((n: string) => /Zelenskyy/.test(n)));

    const syms = await client.request('workspace/symbol', { query: 'Rubio' });
    const rubio = syms.filter((s: Json) => /Rubio/.test(s.name));
    const rubioFiles = new Set(rubio.map((s: Json) => path.basename(s.location.uri).slice(0, 3)));
    assert.ok(rubioFiles.size >= 2, JSON.stringify(rubio));

    const file001 = path.join(dir, path.basename(samplePaths().find((p) => path.basename(p).startsWith('001'))!));
    const uri = pathToFileURL(file001).toString();
    const doc = TextDocument.create(uri, 'plaintext', 1, fs.readFileSync(file001, 'utf8'));
    client.open(uri, doc.getText(), 'plaintext');
    const refs = await client.request('textDocument/references', { textDocument: { uri }, position: at(doc, 'Vladimir Putin', 0, 10), context: { includeDeclaration: true } });
    const refFiles = new Set(refs.map((r: Json) => path.basename(r.location?.uri ?? r.uri).slice(0, 3)));
    assert.ok(refFiles.has('001') && refFiles.has('002') && refFiles.has('003'), [...refFiles].join());
    for (const r of refs) {
      const text = fs.readFileSync(new URL(r.uri), 'utf8');
      const d = TextDocument.create(r.uri, 'x', 1, text);
      assert.match(text.slice(d.offsetAt(r.range.start), d.offsetAt(r.range.end)), /Putin/);
    }
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at(doc, 'Vladimir Putin', 0, 10) });
    assert.match(hover.contents.value, /times in [2-9] articles of the workspace/);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
