// `newsdesk analyze --jsonl` and `--files-from`, run as a pipeline runs them: a real process, JSON
// Lines on standard input, one line out per article (issue 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_JS, SAMPLES_DIR, samplePaths } from './helpers/paths';
import { spliceSource, splicedLines } from '../bench/splice';

interface OutLine { id: string | number; analysis?: { file: string }; error?: { code: string; message: string } }

function jsonl(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI_JS, 'analyze', '--jsonl', ...args], { input, maxBuffer: 1 << 30 });
  const stdout = r.stdout.toString('utf8');
  return { code: r.status, stdout, stderr: r.stderr.toString('utf8'), lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutLine) };
}

const src = spliceSource(SAMPLES_DIR);
const articles = (from: number, to: number, maxParagraphs = 2) => [...splicedLines(src, from, to, maxParagraphs)];

test('--jsonl: one line per input line in input order; bad lines become error lines and the stream goes on', () => {
  const good = articles(0, 40);
  // [line bytes, id expected out, error code or null]
  const cases: Array<[Buffer, string | number | null, string | null]> = [];
  const huge = Buffer.from(JSON.stringify({ id: 'huge', text: 'word '.repeat(60_000) }));
  const bad: Array<[Buffer, string | number | null, string | null]> = [
    [Buffer.from('not json at all'), null, 'bad-json'],
    [Buffer.from('{"id": "cut", "text": "Talks resum'), 'cut', 'bad-json'],
    [Buffer.from('[1, 2]'), null, 'bad-json'],
    [Buffer.from('{"id": "nt"}'), 'nt', 'no-text'],
    [Buffer.from('{"id": 17, "text": 5}'), 17, 'no-text'],
    [Buffer.from('{"id": "bin", "text": "a\u0000b"}'), 'bin', 'binary'],
    [Buffer.from('{"id": "esc", "text": "a\\u0000b"}'), 'esc', 'binary'],
    [Buffer.concat([Buffer.from('{"id": "latin", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]), 'latin', 'bad-encoding'],
    [huge, 'huge', 'too-large'],
    [Buffer.from(JSON.stringify({ id: 'long', text: 'Talks went on. '.repeat(1000) })), 'long', 'too-large'],
    [Buffer.from('{"id": "pub", "text": "Talks resumed on Monday.", "published": 2025}'), 'pub', 'bad-field'],
    [Buffer.from('{"text": "Talks Resume\\n\\nThe talks resumed on Monday in Geneva, officials said."}'), null, null],
  ];
  for (let i = 0; i < good.length; i++) {
    cases.push([Buffer.from(good[i].trimEnd()), `a${i}`, null]);
    if (i % 3 === 1 && bad.length) cases.push(bad.shift()!);
  }
  assert.equal(bad.length, 0);
  // Blank lines are no article (skipped, but counted in line numbers); CRLF endings; no newline at the end.
  const parts: Buffer[] = [];
  const expected: Array<[string | number, string | null]> = [];
  let lineNo = 0;
  cases.forEach(([bytes, id, code], k) => {
    if (k === 5) {
      parts.push(Buffer.from('\n'));
      lineNo++;
    }
    parts.push(bytes, Buffer.from(k % 4 === 0 ? '\r\n' : '\n'));
    lineNo++;
    expected.push([id ?? lineNo, code]);
  });
  const input = Buffer.concat(parts).subarray(0, -1);
  const r = jsonl(['--jobs', '2', '--max-size-kb', '12'], input);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.lines.map((l) => [l.id, l.error?.code ?? null]), expected);
  for (const l of r.lines) {
    if (l.analysis) assert.equal(l.analysis.file, String(l.id));
    else assert.ok(l.error && l.error.message.length > 0, JSON.stringify(l));
  }
});

test('--jobs 1 and --jobs 2 write the same bytes', () => {
  const input = [...articles(100, 115), 'garbage\n', ...articles(115, 120)].join('');
  const one = jsonl(['--jobs', '1'], input);
  const two = jsonl(['--jobs', '2'], input);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.equal(one.lines.length, 21);
  assert.equal(one.stdout, two.stdout);
});

test('--jsonl streams: the first line comes out before the input ends', async () => {
  const child = spawn(process.execPath, [CLI_JS, 'analyze', '--jsonl', '--jobs', '1']);
  const [first, second] = articles(200, 202);
  child.stdin.write(first);
  const line = await new Promise<string>((resolve, reject) => {
    let got = '';
    child.stdout.on('data', (d: Buffer) => {
      got += d.toString('utf8');
      if (got.includes('\n')) resolve(got.slice(0, got.indexOf('\n')));
    });
    child.on('exit', () => reject(new Error(`exited before writing a line: ${got}`)));
  });
  assert.equal(JSON.parse(line).id, 'a200');
  child.stdin.end(second);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
});

test('--files-from: the paths named one per line (- for standard input); an unreadable one is an error line', () => {
  const files = samplePaths().slice(0, 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-jsonl-'));
  const missing = path.join(dir, 'missing.txt');
  const list = [files[0], missing, files[1], '', files[2]].join('\n') + '\n';
  const r = spawnSync(process.execPath, [CLI_JS, 'analyze', '--files-from', '-', '--jobs', '2'], { input: list, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as OutLine);
  assert.deepEqual(lines.map((l) => l.id), [files[0], missing, files[1], files[2]]);
  assert.equal(lines[1].error?.code, 'unreadable');
  assert.equal(lines[2].analysis?.file, files[1]);
  const listFile = path.join(dir, 'list.txt');
  fs.writeFileSync(listFile, list);
  const again = spawnSync(process.execPath, [CLI_JS, 'analyze', '--files-from', listFile, '--jobs', '1'], { encoding: 'utf8' });
  assert.equal(again.stdout, r.stdout);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('batch usage errors exit 2 with the usage line', () => {
  for (const args of [['analyze', '--jsonl', 'x.txt'], ['analyze', '--jsonl', '--jobs', '0'], ['analyze', '--jsonl', '--files-from', 'x'], ['analyze', '--files-from'], ['check', '--format', 'xml', 'x.txt'], ['check', '--fail-on', 'fatal', 'x.txt']]) {
    const r = spawnSync(process.execPath, [CLI_JS, ...args], { input: '', encoding: 'utf8' });
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^usage: newsdesk/m);
  }
});
