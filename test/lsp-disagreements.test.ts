// Disagreements between sources as information diagnostics over the protocol: two articles giving
// "$100 billion" and "$90 billion" for the same weapons deal each carry a disagreement.figure pointing
// at the other; the family switch removes them; on the sample articles the $100 billion / $90-billion
// figures and Donald Trump's roles show up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lsp';
import { ROOT, samplePaths } from './helpers/paths';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const A = `Ukraine Seeks Weapons Deal With Washington

KYIV, August 18, 2025 — Ukraine offered to buy $100 billion in American weapons under a security deal with the United States, officials said on Monday.

The talks continue this week.
`;
const B = `Kyiv Proposes Arms Package

WASHINGTON, August 18, 2025 — Ukraine proposed buying $90 billion in American weapons as part of a security deal with the United States, according to officials.

No agreement has been signed.
`;

async function start(dir: string): Promise<LspClient> {
  const client = new LspClient();
  await client.initialize({}, {}, { workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  return client;
}

const textAt = (text: string, range: Json) => {
  const doc = TextDocument.create('x', 'x', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};

const withCode = (code: string) => (p: Json) => p.diagnostics.some((d: Json) => d.code === code);

test('two articles giving different figures for one deal each carry disagreement.figure pointing at the other; the family switch removes them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-disagree-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  fs.writeFileSync(path.join(dir, 'b.txt'), B);
  const uriA = pathToFileURL(path.join(dir, 'a.txt')).toString();
  const uriB = pathToFileURL(path.join(dir, 'b.txt')).toString();
  const client = await start(dir);
  try {
    client.open(uriA, A);
    const a = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uriA && withCode('disagreement.figure')(p));
    const da = a.diagnostics.find((d: Json) => d.code === 'disagreement.figure');
    assert.equal(textAt(A, da.range), '$100 billion');
    assert.equal(da.severity, 3, 'information');
    assert.equal(da.source, 'newsdesk');
    assert.match(da.codeDescription.href, /#disagreementfigure$/);
    assert.equal(da.message, 'Other sources disagree: “$90 billion” in b.txt; this article says “$100 billion”.');
    assert.equal(da.relatedInformation.length, 1);
    assert.equal(da.relatedInformation[0].location.uri, uriB);
    assert.equal(textAt(B, da.relatedInformation[0].location.range), '$90 billion');

    client.open(uriB, B);
    const b = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uriB && withCode('disagreement.figure')(p));
    const db = b.diagnostics.find((d: Json) => d.code === 'disagreement.figure');
    assert.equal(textAt(B, db.range), '$90 billion');
    assert.equal(db.relatedInformation[0].location.uri, uriA);
    assert.equal(textAt(A, db.relatedInformation[0].location.range), '$100 billion');

    // "Silence this finding" is offered for it, as for the article's own findings.
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: uriA }, range: da.range, context: { diagnostics: [da] } });
    assert.ok(actions.some((x: Json) => x.title === 'Silence this finding (disagreement.figure)'), JSON.stringify(actions));

    // Switched off: both documents are republished without it.
    const seen = client.notifications.length;
    client.settings = { diagnostics: { disagreement: { enabled: false } } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const off = (uri: string) => client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri
      && client.notifications.indexOf(client.notifications.find((n) => n.params === p)) >= seen && !withCode('disagreement.figure')(p));
    await Promise.all([off(uriA), off(uriB)]);

    // And on again, with its severity set.
    client.settings = { diagnostics: { disagreement: { enabled: true, severity: 'warning' } } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const warned = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uriA
      && p.diagnostics.some((d: Json) => d.code === 'disagreement.figure' && d.severity === 2));
    assert.ok(warned);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('on the sample articles: the $100 billion / $90-billion figures and Donald Trump’s roles are disagreements', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-disagree-samples-'));
  for (const p of samplePaths()) fs.copyFileSync(p, path.join(dir, path.basename(p)));
  const file = (prefix: string) => path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!);
  const client = await start(dir);
  try {
    const f002 = file('002');
    const text002 = fs.readFileSync(f002, 'utf8');
    const uri002 = pathToFileURL(f002).toString();
    client.open(uri002, text002);
    const p002 = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri002
      && withCode('disagreement.figure')(p) && withCode('disagreement.role')(p));
    const figures = p002.diagnostics.filter((d: Json) => d.code === 'disagreement.figure');
    assert.deepEqual(figures.map((d: Json) => textAt(text002, d.range)).sort(), ['$100 billion', '$90-billion']);
    const hundred = figures.find((d: Json) => textAt(text002, d.range) === '$100 billion');
    assert.match(hundred.message, /“\$90-billion” elsewhere in this article; here it says “\$100 billion”/);
    assert.equal(textAt(text002, hundred.relatedInformation[0].location.range), '$90-billion');

    const f001 = file('001');
    const text001 = fs.readFileSync(f001, 'utf8');
    const uri001 = pathToFileURL(f001).toString();
    client.open(uri001, text001);
    const p001 = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri001 && withCode('disagreement.role')(p));
    const role = p001.diagnostics.find((d: Json) => d.code === 'disagreement.role');
    assert.match(textAt(text001, role.range), /Trump/);
    assert.match(role.message, /^Other sources disagree about the role of Donald Trump: .*“U\.S\. President” in 002_[0-9a-f]+\.txt.*; this article says “former President”\.$/);
    const relatedFiles = role.relatedInformation.map((r: Json) => path.basename(new URL(r.location.uri).pathname));
    assert.ok(relatedFiles.includes(path.basename(f002)), relatedFiles.join(' '));
    assert.ok(relatedFiles.every((f: string) => f !== path.basename(f001)));
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const QA = `Harbour to reopen after storm

PORTVILLE, March 3, 2026 — Harbour master Ilse Marwick said on Tuesday that the port would reopen within days.

"The harbour will reopen on Monday, but only if the <breakwater> holds through the weekend," Marwick said.
`;
const QB = `Port set to open

PORTVILLE, March 4, 2026 — The port is expected to reopen next week.

"The harbour will reopen on Tuesday, but only if the breakwater holds through the weekend," harbour master Ilse Marwick said.
`;
const QC = `Mayor speaks

PORTVILLE, March 5, 2026 — Mayor Tomas Quill spoke to the council.

"The harbour will reopen on Monday, but only if the breakwater holds through the weekend," Mayor Tomas Quill said.
`;

test('a quotation printed with other words carries disagreement.quote, one given to another speaker disagreement.speaker; the hover shows the word difference, escaped', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-quotes-'));
  const files = { 'a.txt': QA, 'b.txt': QB, 'c.txt': QC };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const client = await start(dir);
  try {
    client.open(uri('a.txt'), QA);
    client.open(uri('b.txt'), QB);
    const b = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri('b.txt') && withCode('disagreement.quote')(p));
    const altered = b.diagnostics.find((d: Json) => d.code === 'disagreement.quote');
    assert.match(textAt(QB, altered.range), /^"The harbour will reopen on Tuesday/);
    assert.equal(altered.severity, 3);
    assert.match(altered.message, /^Other sources quote Ilse Marwick differently: .* in a\.txt; here it has “Tuesday” instead of “Monday”\.$/);
    assert.equal(altered.relatedInformation[0].location.uri, uri('a.txt'));
    assert.match(textAt(QA, altered.relatedInformation[0].location.range), /^"The harbour will reopen on Monday/);

    const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('b.txt') }, position: altered.range.start });
    const md: string = hover.contents.value;
    assert.match(md, /~~Monday~~ \*\*Tuesday\*\*/, md);
    assert.ok(md.includes('\\<breakwater\\>'), `article text escaped: ${md}`);
    assert.ok(!md.includes(' <breakwater>'), md);

    client.open(uri('c.txt'), QC);
    const c = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri('c.txt') && withCode('disagreement.speaker')(p));
    const speaker = c.diagnostics.find((d: Json) => d.code === 'disagreement.speaker');
    assert.match(speaker.message, /^These words are Ilse Marwick’s in a\.txt\b.*; this article gives them to Tomas Quill\.$/);
    assert.ok(!c.diagnostics.some((d: Json) => d.code === 'disagreement.quote'), 'the same words are not altered');
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('each disagreement code has its README heading (the codeDescription anchor is the code without dots)', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const code of ['disagreement.figure', 'disagreement.role', 'disagreement.date', 'disagreement.quote', 'disagreement.speaker', 'disagreement.quote-cut']) assert.match(readme, new RegExp(`^### ${code.replace('.', '\\.')}$`, 'm'));
});
