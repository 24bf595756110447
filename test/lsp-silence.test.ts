// "Silence this finding" over the protocol: the code action runs the server's command, the finding
// disappears and stays silenced (stored in .newsdesk/silenced.json); or the code is ignored for the
// file through the front-matter key the diagnostics define.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEXT = 'Talks Resume\nThe envoy said the the talks resumed.\nLater the the envoy left.\n';

test('"Silence this finding" silences exactly that finding, persistently; "in this file" edits the front matter', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-silence-'));
  const uri = pathToFileURL(path.join(dir, 'a.news')).toString();
  const start = async () => {
    const c = new LspClient();
    await c.initialize({}, {}, { workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
    c.open(uri, TEXT.replace('Later the the', 'Later the  the'));
    return c;
  };
  let client = await start();
  try {
    const first = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    const d = first.diagnostics.find((x: Json) => x.code === 'garbled.repeated-word');
    assert.ok(d, JSON.stringify(first.diagnostics));
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const silence = actions.find((a: Json) => a.title.startsWith('Silence this finding'));
    assert.equal(silence.command.command, 'newsdesk.silenceFinding');
    const inFile = actions.find((a: Json) => a.title.startsWith('Silence garbled.repeated-word in this file'));
    const edit = inFile.edit.changes[uri][0];
    const doc = TextDocument.create(uri, 'x', 1, TEXT);
    const edited = TextDocument.applyEdits(doc, [edit]);
    assert.ok(edited.startsWith('---\nnewsdesk-ignore: garbled.repeated-word\n---\nTalks Resume\n'), edited);

    await client.request('workspace/executeCommand', { command: silence.command.command, arguments: silence.command.arguments });
    const after = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((x: Json) => x.code === 'garbled.repeated-word' && x.range.start.line === d.range.start.line));
    assert.ok(after);
    const stored = JSON.parse(fs.readFileSync(path.join(dir, '.newsdesk', 'silenced.json'), 'utf8'));
    assert.deepEqual(stored.silenced, [{ code: 'garbled.repeated-word', text: silence.command.arguments[0].text }]);
    await client.shutdown();

    // A new server reads the stored findings: still silenced.
    client = await start();
    const again = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.ok(!again.diagnostics.some((x: Json) => x.code === 'garbled.repeated-word' && x.range.start.line === d.range.start.line), JSON.stringify(again));
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
