// `newsdesk timeline --from-jsonl` (issue 18): the timeline merged from analyses made apart (the lines
// of `analyze --jsonl` / `--files-from`) is the timeline of the files, byte for byte, without the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_JS, SAMPLES_DIR } from './helpers/paths';
import { spliceSource, splicedArticle } from '../bench/splice';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function analyses(files: string[]): string {
  const r = cli(['analyze', '--files-from', '-', '--jobs', '2'], files.join('\n') + '\n');
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

// Three reports of one council vote, written for this test: the same event in two articles, a figure,
// a role and a date on which they disagree.
const OWN: Record<string, string> = {
  'a.txt': '---\npublished: 2026-03-10\n---\nHarbor City Council Approves Flood Wall\n\nHARBOR CITY — The Harbor City council approved a $40 million flood wall on March 9, 2026, after a long debate.\n\nMayor Lena Ortiz said the wall would protect 12,000 homes along the river.\n\nConstruction of the wall will begin in May, officials said.\n',
  'b.txt': '---\npublished: 2026-03-11\n---\nCouncil Backs River Barrier\n\nThe Harbor City council approved a $45 million flood wall on March 9, 2026.\n\nCity Treasurer Lena Ortiz said the wall would protect homes along the river.\n',
  'c.txt': '---\npublished: 2026-03-12\n---\nFlood Wall Vote Questioned\n\nThe Harbor City council approved the flood wall plan on March 2, 2026, according to the minutes.\n\nResidents of the river district met with engineers on Tuesday to ask about the cost.\n',
};
const UNDATED = 'Engineers Study River Wall\n\nThe Harbor City council approved a flood wall last week, and engineers began surveying the river bank.\n';

function writeArticles(dir: string): string[] {
  const files: string[] = [];
  for (const [name, text] of Object.entries(OWN)) {
    files.push(path.join(dir, name));
    fs.writeFileSync(files[files.length - 1], text);
  }
  // Spliced articles, each dated (an undated one may be dated from the others, which needs its text).
  const src = spliceSource(SAMPLES_DIR);
  for (let i = 0; i < 40; i++) {
    const a = splicedArticle(src, i, 4);
    const file = path.join(dir, `${a.id}.txt`);
    fs.writeFileSync(file, `---\npublished: ${a.published ?? '2025-06-15'}\n---\n${a.text}`);
    files.push(file);
  }
  return files;
}

test('the timeline reduced from analyses is the timeline of the files: same events, sources and disagreements', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-reduce-'));
  try {
    const files = writeArticles(dir);
    const fromFiles = cli(['timeline', ...files, '--json']);
    assert.equal(fromFiles.code, 0, fromFiles.stderr);
    const lines = analyses(files);
    const reduced = cli(['timeline', '--from-jsonl', '-', '--json'], lines);
    assert.equal(reduced.code, 0, reduced.stderr);
    assert.equal(reduced.stdout, fromFiles.stdout);
    const doc = JSON.parse(reduced.stdout) as { events: Array<{ sources: Array<{ file: string }> }>; disagreements: Array<{ kind: string; subject: string }> };
    // The test covers what the merge does: an event told by two articles, and each kind of disagreement.
    assert.ok(doc.events.some((e) => e.sources.some((s) => s.file.endsWith('a.txt')) && e.sources.some((s) => s.file.endsWith('b.txt'))), 'the vote is one event');
    for (const kind of ['figure', 'role', 'date']) assert.ok(doc.disagreements.some((d) => d.kind === kind), `a ${kind} disagreement`);
    // From a file, text and Markdown too.
    const file = path.join(dir, 'analyses.jsonl');
    fs.writeFileSync(file, lines);
    assert.equal(cli(['timeline', '--from-jsonl', file, '--markdown']).stdout, cli(['timeline', ...files, '--markdown']).stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an undated article that the files would date from another article: named with the date it would get', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-reduce-'));
  try {
    const files = Object.entries(OWN).map(([name, text]) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    });
    const undated = path.join(dir, 'd.txt');
    fs.writeFileSync(undated, UNDATED);
    const reduced = cli(['timeline', '--from-jsonl', '-'], analyses([...files, undated]));
    assert.equal(reduced.code, 0, reduced.stderr);
    assert.match(reduced.stderr, /1 undated articles could be dated/);
    // "last week" of an event on Monday 2026-03-09: the article is of the next week, from Monday 2026-03-16.
    assert.ok(reduced.stderr.includes(`${undated}: published 2026-03-16 (from ${files[0]})`), reduced.stderr);
    assert.match(reduced.stdout, /undated:\n {2}The Harbor City council approved a flood wall/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('error lines, unreadable lines and repeated ids: skipped and counted; unreadable lines fail the run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-reduce-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, OWN['a.txt']);
    const good = analyses([file]);
    const input = [good.trim(), good.trim(), '{"id": "x", "error": {"code": "binary", "message": "not text"}}', 'not json', '{"id": "y"}'].join('\n') + '\n';
    const r = cli(['timeline', '--from-jsonl', '-', '--json'], input);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 4: not JSON/);
    assert.match(r.stderr, /line 5: no "analysis"/);
    assert.match(r.stderr, /1 error lines skipped/);
    assert.match(r.stderr, /1 analyses skipped: the same id again/);
    assert.equal(r.stdout, cli(['timeline', file, '--json']).stdout, 'the repeated analysis is merged once');
    assert.equal(cli(['timeline', '--from-jsonl']).code, 2);
    assert.equal(cli(['timeline', '--from-jsonl', path.join(dir, 'missing.jsonl')]).code, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
