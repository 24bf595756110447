// A third LSP client: Emacs headless with eglot (Debian's `emacs-nox` and `elpa-eglot`; `npm test`
// installs them, scripts/system-deps.mjs) starts the server on a sample article the way the README's
// eglot configuration does, reads the diagnostics eglot receives and a hover.
// The test fails when Emacs or eglot is missing: the client is part of what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SERVER_JS, samplePaths } from './helpers/paths';

test('Emacs\'s eglot gets diagnostics and a hover ("Putin" → Vladimir Putin) from the server', () => {
  const which = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  assert.equal(which.error, undefined, 'emacs is not installed: install Debian\'s emacs-nox and elpa-eglot (apt-get install emacs-nox elpa-eglot)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-emacs-'));
  const article = path.join(dir, 'article.news');
  fs.copyFileSync(samplePaths().find((p) => path.basename(p).startsWith('001'))!, article);
  const out = path.join(dir, 'result.json');
  // Hover on the "Putin" of "progress made with Putin".
  const lines = fs.readFileSync(article, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes('progress made with Putin'));
  const character = lines[line].indexOf('progress made with Putin') + 'progress made with '.length + 2;
  try {
    const r = spawnSync('emacs', ['--batch', '-Q', '-l', path.join(ROOT, 'test', 'emacs', 'eglot-check.el')], {
      encoding: 'utf8',
      timeout: 90000,
      env: {
        ...process.env,
        HOME: dir, // no user init, no ~/.emacs.d written
        NEWSDESK_NODE: process.execPath,
        NEWSDESK_SERVER: SERVER_JS,
        NEWSDESK_FILE: article,
        NEWSDESK_OUT: out,
        NEWSDESK_HOVER: `${line},${character}`,
      },
    });
    assert.ok(fs.existsSync(out), `emacs wrote no result (exit ${r.status}): ${r.stderr} ${r.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error, undefined, `${result.error}\n${r.stderr}`);
    assert.equal(result.mode, 'news-article-mode', 'the .news file opens in the README\'s mode');
    assert.equal(result.managed, true, 'eglot-ensure started the server for the article buffer');
    assert.equal(result.server, 'newsdesk');
    const furniture = result.diagnostics.filter((d: { code: string }) => d.code === 'furniture.page');
    assert.ok(furniture.length >= 1, JSON.stringify(result.diagnostics));
    assert.ok(furniture.every((d: { source: string }) => d.source === 'newsdesk'));
    assert.ok(furniture.some((d: { line: number; col: number }) => d.line === 4 && d.col === 0), 'the "Download IPFS" line');
    assert.match(String(result.hover), /^\*\*Vladimir Putin\*\* · person/);
    assert.match(String(result.hover), /Role: Russian President/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
