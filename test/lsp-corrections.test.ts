// Corrections in place over the protocol: on an entity mention the server offers Mark as <type>, Not
// a name and Same as <entity>; running one writes .newsdesk/glossary.json of the document's workspace
// folder (made on first use) and the open articles are analysed again. Two workspace folders keep
// their glossaries apart. The article is written for this test (a wire-style story, made up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './helpers/lsp';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// A made-up place name ("Ubakorra") that the analysis reads as a person ("Farmers from X marched"):
// if the analysis learns to read it right, pick another unknown place it still gets wrong.
const TEXT = [
  'Farmers protest oil spills',
  '',
  'LAGOS, March 3 (Newsdesk) - Farmers from Ubakorra marched on Monday to demand a clean-up of the creeks.',
  '',
  '"We cannot fish any more," said Amaka Obi, who leads the farmers\' union. Ubakorra has seen hundreds of spills since 2010, said Tunde Bakare of the Rivers Environment Agency.',
  '',
  'Obi said the union would meet officials of Shell next week.',
  '',
].join('\n');

const at = (needle: string, nth = 0) => {
  const lines = TEXT.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let i = lines[line].indexOf(needle);
    while (i >= 0) {
      if (seen++ === nth) return { line, character: i + 1 };
      i = lines[line].indexOf(needle, i + 1);
    }
  }
  throw new Error(`no ${needle}`);
};

async function hover(c: LspClient, uri: string, needle: string): Promise<string> {
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: at(needle) });
  return h?.contents?.value ?? '';
}

async function actionsAt(c: LspClient, uri: string, needle: string): Promise<Json[]> {
  const pos = at(needle);
  return c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
}

async function run(c: LspClient, action: Json): Promise<void> {
  await c.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
}

test('Mark as place, Not a name and Same as write the folder glossary and re-annotate open articles', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-corrections-'));
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  fs.mkdirSync(a);
  fs.mkdirSync(b);
  const uriA = pathToFileURL(path.join(a, 'story.txt')).toString();
  const uriB = pathToFileURL(path.join(b, 'story.txt')).toString();
  const c = new LspClient();
  try {
    await c.initialize({}, {}, { workspaceFolders: [{ uri: pathToFileURL(a).toString(), name: 'a' }, { uri: pathToFileURL(b).toString(), name: 'b' }] });
    c.open(uriA, TEXT, 'plaintext');
    c.open(uriB, TEXT, 'plaintext');
    await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uriA);
    assert.match(await hover(c, uriA, 'Ubakorra'), /\*\*Ubakorra\*\* · person/);

    const actions = await actionsAt(c, uriA, 'Ubakorra');
    const titles = actions.map((x: Json) => x.title);
    assert.ok(titles.includes('Mark as place: “Ubakorra”'), titles.join(' | '));
    assert.ok(titles.includes('Mark as organization: “Ubakorra”'));
    assert.ok(!titles.includes('Mark as person: “Ubakorra”'), 'not the type it has');
    assert.ok(titles.includes('Not a name: “Ubakorra”'));
    assert.ok(titles.includes('Same as “Amaka Obi” (person)'));
    for (const x of actions) assert.equal(x.kind, 'quickfix');
    // Off any name: no corrections.
    assert.deepEqual((await actionsAt(c, uriA, 'marched')).filter((x: Json) => /^(Mark as|Not a name|Same as)/.test(x.title)), []);

    const notified = c.waitFor('newsdesk/glossaryChanged');
    await run(c, actions.find((x: Json) => x.title === 'Mark as place: “Ubakorra”'));
    await notified;
    const file = path.join(a, '.newsdesk', 'glossary.json');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(stored.entries, [{ name: 'Ubakorra', type: 'place' }]);
    assert.deepEqual(stored.notNames, []);
    assert.match(stored.$schema, /glossary\.schema\.json$/);
    assert.match(await hover(c, uriA, 'Ubakorra'), /\*\*Ubakorra\*\* · place/);
    // The other folder's article keeps its own (empty) glossary.
    assert.match(await hover(c, uriB, 'Ubakorra'), /· person/);
    assert.ok(!fs.existsSync(path.join(b, '.newsdesk', 'glossary.json')));

    // Same as: "Tunde Bakare" becomes a spelling of Amaka Obi (a made-up merge, to see it applied).
    const same = (await actionsAt(c, uriA, 'Tunde Bakare')).find((x: Json) => x.title === 'Same as “Amaka Obi” (person)');
    await run(c, same);
    assert.match(await hover(c, uriA, 'Tunde Bakare'), /\*\*Amaka Obi\*\* · person/);

    // Not a name, in folder b: the entity is gone there, and only there.
    await run(c, (await actionsAt(c, uriB, 'Ubakorra')).find((x: Json) => x.title === 'Not a name: “Ubakorra”'));
    assert.equal(await hover(c, uriB, 'Ubakorra'), '');
    const storedB = JSON.parse(fs.readFileSync(path.join(b, '.newsdesk', 'glossary.json'), 'utf8'));
    assert.deepEqual(storedB.notNames, ['Ubakorra']);
    assert.match(await hover(c, uriA, 'Ubakorra'), /· place/);

    // A hand edit of the file, announced by the editor's file watcher, is read again.
    fs.writeFileSync(file, JSON.stringify({ entries: [{ name: 'Ubakorra', type: 'organization' }] }));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    const deadline = Date.now() + 20_000;
    while (!/· organization/.test(await hover(c, uriA, 'Ubakorra')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(await hover(c, uriA, 'Ubakorra'), /\*\*Ubakorra\*\* · organization/);
    assert.equal(await c.shutdown(), 0);
  } finally {
    c.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('hover action links: only for a client that asks, only Newsdesk commands, arguments that run the correction', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-hover-links-'));
  const uri = pathToFileURL(path.join(dir, 'story.txt')).toString();
  const { HOVER_COMMANDS } = await import('../server/src/command-ids');
  for (const asks of [true, false]) {
    const c = new LspClient();
    try {
      await c.initialize({}, asks ? { hoverCommandLinks: true } : {}, { workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
      c.open(uri, TEXT, 'plaintext');
      await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      const md = await hover(c, uri, 'Ubakorra');
      const links = [...md.matchAll(/\]\((command:[^)\s]+)\)/g)].map((m) => m[1]);
      if (!asks) {
        assert.deepEqual(links, [], md);
        assert.equal(await c.shutdown(), 0);
        continue;
      }
      assert.ok(links.length >= 6, md);
      for (const l of links) assert.ok(HOVER_COMMANDS.includes(l.slice('command:'.length, l.indexOf('?'))), l);
      assert.match(md, /\[All mentions\]\(command:newsdesk\.showMentions\?/);
      assert.match(md, /\[Reveal in side panel\]\(command:newsdesk\.revealEntity\?/);
      const place = links.find((l) => l.startsWith('command:newsdesk.glossary.markAs?') && decodeURIComponent(l).includes('"type":"place"'));
      assert.ok(place, md);
      // The link's arguments are those of the quick fix: running them makes the name a place.
      const args = JSON.parse(decodeURIComponent(place.slice(place.indexOf('?') + 1)));
      await c.request('workspace/executeCommand', { command: 'newsdesk.glossary.markAs', arguments: args });
      assert.match(await hover(c, uri, 'Ubakorra'), /\*\*Ubakorra\*\* · place/);
      assert.equal(await c.shutdown(), 0);
    } finally {
      c.kill();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
