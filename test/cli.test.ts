// The command-line tool, run as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_JS, samplePaths } from './helpers/paths';

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('analyze --json prints one document with every sample article', () => {
  const samples = samplePaths();
  const r = cli(['analyze', ...samples, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.version, 1);
  assert.deepEqual(doc.articles.map((a: { file: string }) => a.file), samples);
});

test('analyze without --json prints a readable summary naming each file', () => {
  const [first] = samplePaths();
  const r = cli(['analyze', first]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, new RegExp(path.basename(first)));
  assert.match(r.stdout, /headline: /);
});

test('- reads one article from standard input', () => {
  const r = cli(['analyze', '-', '--json'], 'Talks Resume\nThe talks the the resumed.');
  assert.equal(r.code, 0);
  const a = JSON.parse(r.stdout).articles[0];
  assert.equal(a.file, '<stdin>');
  assert.equal(a.headline.text, 'Talks Resume');
});

test('a missing or binary file gets a one-line error naming it; the others are still analysed; exit 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
  const binary = path.join(dir, 'image.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  const [first] = samplePaths();
  const r = cli(['analyze', path.join(dir, 'missing.txt'), binary, first, '--json']);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /missing\.txt: cannot read: no such file/);
  assert.match(lines[1], /image\.txt: not a text file/);
  assert.equal(JSON.parse(r.stdout).articles.length, 1);
});

test('a file over the size limit is refused with the limit named; exit 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
  const big = path.join(dir, 'big.txt');
  fs.writeFileSync(big, 'word '.repeat(1000));
  const r = cli(['analyze', big, '--max-size-kb', '2']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big\.txt: file is 5 KB, over the limit of 2 KB/);
});

test('BOM and UTF-16 files are read as the text VS Code shows', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
  const text = 'Talks Resume\nThe talks the the resumed.';
  const utf8bom = path.join(dir, 'bom.txt');
  fs.writeFileSync(utf8bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const utf16 = path.join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const r = cli(['analyze', utf8bom, utf16, '--json']);
  assert.equal(r.code, 0, r.stderr);
  for (const a of JSON.parse(r.stdout).articles) {
    assert.equal(a.headline.text, 'Talks Resume');
    const d = a.diagnostics.find((x: { code: string }) => x.code === 'garbled.repeated-word');
    assert.equal(text.slice(d.start, d.end), 'the the');
  }
});

test('wrong usage prints a usage line and exits 2', () => {
  for (const args of [[], ['analyze'], ['frobnicate', 'x.txt'], ['analyze', 'x.txt', '--markdown'], ['timeline', 'x', '--json', '--markdown']]) {
    const r = cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^usage: newsdesk/m);
  }
});

test('--help and --version', () => {
  assert.match(cli(['--help']).stdout, /newsdesk analyze FILE/);
  assert.match(cli(['--version']).stdout, /^newsdesk \d+\.\d+\.\d+/);
});

test('timeline --json has the documented top-level shape; --markdown prints a table', () => {
  const samples = samplePaths();
  const r = cli(['timeline', ...samples, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.version, 1);
  assert.ok(Array.isArray(doc.events) && Array.isArray(doc.undated) && Array.isArray(doc.disagreements));
  assert.match(cli(['timeline', ...samples, '--markdown']).stdout, /^\| Date \| Event \| Sources \|/);
});

test('timeline --markdown prints article text and file names as inert text (issue 21)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-md-'));
  const file = path.join(dir, '<b>x<i>.txt');
  fs.writeFileSync(file, 'Council fire\n\nOn 3 March 2025 the council approved **bold** plans for roads at http://example.com/x and <script>alert(1)</script> a plan <img src=x onerror=alert(2)>.\n');
  const r = cli(['timeline', file, '--markdown']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2025-03-03/);
  // Escaped with backslashes (CommonMark shows `\<` as a literal `<`): nothing unescaped may remain.
  assert.doesNotMatch(r.stdout, /(?<!\\)<(?:script|img|b|i)\b|(?<!\\)\*\*bold|http:\/\//, r.stdout);
  assert.match(r.stdout, /\\\*\\\*bold/);
  assert.match(r.stdout, /\\<b\\>x\\<i\\>/);
  // Tags are no part of an event's words (issue 16): the summary never shows them, escaped or not.
  assert.doesNotMatch(r.stdout, /script|onerror/);
  fs.rmSync(dir, { recursive: true, force: true });
});
