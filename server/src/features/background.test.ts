// The background analyser over the real worker bundle (dist/server.js, built before the tests):
// results equal the core's, a newer job of a key supersedes the older, open documents go first, a
// job past its deadline is stopped, a spinning job does not hold up the others, a crash fails one
// job only, a missing bundle makes the analyser unavailable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectTokens, encodeTokens } from './semantic-tokens';
import { AnalysisStopped, BackgroundAnalyser, LARGE_CHARS, Superseded, WorkerFailed, WorkerUnavailable, deadlineFor } from './background';

const ROOT = process.env.NEWSDESK_ROOT ?? process.cwd();
const WORKER = path.join(ROOT, 'dist', 'server.js');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));

test('an article analysed in the worker equals its analysis in process, and so do its semantic tokens', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    const { analysis, tokens } = await bg.analyse('a', SAMPLES[0], { file: 'a.news' }, { tokens: true });
    const fresh = analyze(SAMPLES[0], { file: 'a.news' });
    assert.deepEqual(analysis, fresh);
    assert.deepEqual(tokens, encodeTokens(TextDocument.create('a.news', 'news-article', 1, SAMPLES[0]), collectTokens(fresh, SAMPLES[0])));
    assert.equal((await bg.analyse('a', SAMPLES[0], {})).tokens, undefined, 'tokens only when asked for');
  } finally {
    bg.dispose();
  }
});

test('a newer job of the same key supersedes the running one; other keys go on', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    const first = bg.analyse('doc', SAMPLES.join('\n\n'), {});
    const other = bg.analyse('other', SAMPLES[1], {});
    const second = bg.analyse('doc', SAMPLES[2], {});
    await assert.rejects(first, Superseded);
    assert.deepEqual((await second).analysis.diagnostics, analyze(SAMPLES[2]).diagnostics);
    assert.deepEqual((await other).analysis.diagnostics, analyze(SAMPLES[1]).diagnostics);
  } finally {
    bg.dispose();
  }
});

/** Runs `fn` with the worker's test hooks on (workers inherit the environment when they start). */
async function withTestHooks(fn: () => Promise<void>): Promise<void> {
  const before = process.env.NEWSDESK_TEST_HOOKS;
  process.env.NEWSDESK_TEST_HOOKS = '1';
  try {
    await fn();
  } finally {
    if (before === undefined) delete process.env.NEWSDESK_TEST_HOOKS;
    else process.env.NEWSDESK_TEST_HOOKS = before;
  }
}

/** A text whose analysis never ends (the worker's test hook spins on it), `chars` long. */
function spinning(chars = 100): string {
  return 'NEWSDESK_TEST_SPIN_WORKER\n\n' + 'x'.repeat(Math.max(0, chars - 30));
}

test('a job past its deadline is stopped: its worker is replaced and the next job is answered', () => withTestHooks(async () => {
  const logged: string[] = [];
  const bg = new BackgroundAnalyser(WORKER, (m) => logged.push(m));
  try {
    await bg.analyse('warm', SAMPLES[0], {});
    const stopped = await bg.analyse('doc', spinning(), {}, { deadlineMs: 300 }).then(() => null, (e: unknown) => e);
    assert.ok(stopped instanceof AnalysisStopped, String(stopped));
    assert.ok(stopped.usedMs >= 300 && stopped.deadlineMs === 300, stopped.message);
    // Linux tells a thread's CPU time: a busy machine does not count against the analysis.
    if (process.platform === 'linux') assert.equal(stopped.cpu, true);
    assert.match(logged.join('\n'), /stopped after .* s of CPU time .*its worker was stopped/);
    assert.ok(bg.workers >= 1, 'a worker is ready for the next job');
    const { analysis } = await bg.analyse('doc', SAMPLES[1], {}, { deadlineMs: 60_000 });
    assert.deepEqual(analysis.diagnostics, analyze(SAMPLES[1]).diagnostics);
  } finally {
    bg.dispose();
  }
}));

test('a spinning analysis holds up no other: the others are analysed in other workers meanwhile', () => withTestHooks(async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    const spin = bg.analyse('bad', spinning(), {});
    spin.catch(() => undefined);
    for (const [i, text] of SAMPLES.slice(0, 3).entries()) {
      assert.deepEqual((await bg.analyse(`good ${i}`, text, {})).analysis.diagnostics, analyze(text).diagnostics);
    }
    bg.cancel('bad');
    await assert.rejects(spin, Superseded);
  } finally {
    bg.dispose();
  }
}));

test('a superseded large analysis is stopped, not left to run: its worker is free again', () => withTestHooks(async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    await bg.analyse('warm', SAMPLES[0], {});
    // Three spinning large texts superseded in turn: left running, they would hold every worker of the pool.
    for (let i = 0; i < 3; i++) {
      const spin = bg.analyse(`bad ${i}`, spinning(LARGE_CHARS + 10), {});
      await new Promise((r) => setTimeout(r, 50));
      bg.cancel(`bad ${i}`);
      await assert.rejects(spin, Superseded);
    }
    assert.deepEqual((await bg.analyse('good', SAMPLES[2], {})).analysis.diagnostics, analyze(SAMPLES[2]).diagnostics);
    assert.ok(bg.workers <= 3, `${bg.workers} workers`);
  } finally {
    bg.dispose();
  }
}));

test('the deadline grows with the text: the setting per started 256 KB, none for 0', () => {
  assert.equal(deadlineFor(5000, 0), 5000);
  assert.equal(deadlineFor(5000, 256 * 1024), 5000);
  assert.equal(deadlineFor(5000, 256 * 1024 + 1), 10_000);
  assert.equal(deadlineFor(5000, 5 * 1024 * 1024), 100_000);
  assert.equal(deadlineFor(0, 1000), 0);
});

test('warm() starts one spare worker before any job', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    bg.warm();
    assert.equal(bg.spawned, 1);
    await bg.analyse('a', SAMPLES[0], {});
    assert.equal(bg.spawned, 2, 'the spare took the job; another spare was started');
  } finally {
    bg.dispose();
  }
});

test('settle() after a run of work leaves one fresh spare: the workers that worked are stopped', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined);
  try {
    await Promise.all(SAMPLES.slice(0, 3).map((t, i) => bg.analyse(`f${i}`, t, {}, { urgent: false })));
    assert.equal(bg.workers, 3, 'three analyses at once took three workers');
    const before = bg.spawned;
    bg.settle();
    assert.equal(bg.workers, 1);
    assert.equal(bg.spawned, before + 1, 'the one left is a new spare');
    bg.settle();
    assert.equal(bg.spawned, before + 1, 'an unused spare is kept');
    assert.deepEqual((await bg.analyse('a', SAMPLES[0], {})).analysis.diagnostics, analyze(SAMPLES[0]).diagnostics);
  } finally {
    bg.dispose();
  }
});

test('with every worker busy, an urgent job stops a running background one, which then runs again', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined, 1);
  try {
    await bg.analyse('warm', SAMPLES[0], {});
    const done: string[] = [];
    const index = bg.analyse('index', SAMPLES.join('\n\n').repeat(4), {}, { urgent: false }).then((r) => { done.push('index'); return r; });
    const open = bg.analyse('open', SAMPLES[0], {}).then(() => done.push('open'));
    await Promise.all([index, open]);
    assert.deepEqual(done, ['open', 'index']);
    assert.equal(bg.spawned, 2, 'the background job\'s worker was stopped');
    assert.deepEqual((await index).analysis.diagnostics, analyze(SAMPLES.join('\n\n').repeat(4)).diagnostics);
  } finally {
    bg.dispose();
  }
});

test('urgent jobs (open documents) go ahead of queued background ones', async () => {
  const bg = new BackgroundAnalyser(WORKER, () => undefined, 1);
  try {
    const done: string[] = [];
    const run = (key: string, urgent: boolean) => bg.analyse(key, SAMPLES[0], {}, { urgent }).then(() => done.push(key));
    await Promise.all([run('running', true), run('index 1', false), run('index 2', false), run('open', true)]);
    assert.deepEqual(done, ['running', 'open', 'index 1', 'index 2']);
  } finally {
    bg.dispose();
  }
});

test('a crash fails only the running job; the next gets a new worker', async () => {
  const before = process.env.NEWSDESK_TEST_HOOKS;
  process.env.NEWSDESK_TEST_HOOKS = '1'; // the worker reads it (workers inherit the environment)
  const logged: string[] = [];
  const bg = new BackgroundAnalyser(WORKER, (m) => logged.push(m));
  try {
    await bg.analyse('warm', SAMPLES[0], {});
    await assert.rejects(bg.analyse('doc', 'NEWSDESK_TEST_CRASH_WORKER', {}), WorkerFailed);
    const { analysis } = await bg.analyse('doc', SAMPLES[3], {});
    assert.deepEqual(analysis.diagnostics, analyze(SAMPLES[3]).diagnostics);
    assert.equal(bg.unavailable, null);
  } finally {
    bg.dispose();
    if (before === undefined) delete process.env.NEWSDESK_TEST_HOOKS;
    else process.env.NEWSDESK_TEST_HOOKS = before;
  }
});

test('without its bundle the analyser is unavailable and says why', async () => {
  const bg = new BackgroundAnalyser(path.join(ROOT, 'dist', 'no-such-worker.js'), () => undefined);
  assert.match(bg.unavailable ?? '', /no-such-worker\.js is missing/);
  await assert.rejects(bg.analyse('a', SAMPLES[0], {}), WorkerUnavailable);
});

test('a bundle that fails to load makes the analyser unavailable after a retry', async () => {
  const broken = path.join(ROOT, 'out', 'broken-worker.js');
  fs.mkdirSync(path.dirname(broken), { recursive: true });
  fs.writeFileSync(broken, 'throw new Error("broken bundle");\n');
  const logged: string[] = [];
  const bg = new BackgroundAnalyser(broken, (m) => logged.push(m));
  try {
    await assert.rejects(bg.analyse('a', SAMPLES[0], {}), WorkerUnavailable);
    assert.ok(bg.spawned >= 2 && bg.spawned <= 3, `${bg.spawned} workers tried`);
    assert.match(logged.join('\n'), /could not start .*broken bundle.*analysed on the main thread/s);
  } finally {
    bg.dispose();
    fs.rmSync(broken, { force: true });
  }
});
