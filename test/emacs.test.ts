// A third LSP client: Emacs headless with eglot (Debian's `emacs-nox` and `elpa-eglot`; `npm test`
// installs them, scripts/system-deps.mjs) starts the server on a sample article the way the README's
// eglot configuration does, reads the diagnostics eglot receives and a hover.
// The test fails when Emacs or eglot is missing: the client is part of what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SERVER_JS } from './helpers/paths';
import { assertSampleResult, editorFixture } from './helpers/editor-client';

test('Emacs\'s eglot gets diagnostics and a hover ("Putin" → Vladimir Putin) from the server', () => {
  const which = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  assert.equal(which.error, undefined, 'emacs is not installed: install Debian\'s emacs-nox and elpa-eglot (apt-get install emacs-nox elpa-eglot)');
  const { dir, article, out, hover } = editorFixture('emacs', '.news');
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
        NEWSDESK_HOVER: hover,
      },
    });
    assert.ok(fs.existsSync(out), `emacs wrote no result (exit ${r.status}): ${r.stderr} ${r.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error, undefined, `${result.error}\n${r.stderr}`);
    assert.equal(result.mode, 'news-article-mode', 'the .news file opens in the README\'s mode');
    assert.equal(result.managed, true, 'eglot-ensure started the server for the article buffer');
    assert.equal(result.server, 'newsdesk');
    assertSampleResult(result);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
