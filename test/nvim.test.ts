// A second LSP client: Neovim headless (Debian's `neovim` package; CI installs it) starts the
// server on a sample article through its built-in LSP client, reads diagnostics and a hover.
// The test fails when nvim is missing: the second client is part of what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SERVER_JS } from './helpers/paths';
import { assertSampleResult, editorFixture } from './helpers/editor-client';

test('Neovim\'s built-in LSP client gets diagnostics and a hover ("Putin" → Vladimir Putin) from the server', () => {
  const which = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(which.error, undefined, 'nvim is not installed: install Debian\'s neovim package (apt-get install neovim)');
  const { dir, article, out, hover } = editorFixture('nvim', '.txt');
  try {
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'nvim', 'lsp-check.lua')}`], {
      encoding: 'utf8',
      timeout: 60000,
      env: {
        ...process.env,
        NEWSDESK_NODE: process.execPath,
        NEWSDESK_SERVER: SERVER_JS,
        NEWSDESK_FILE: article,
        NEWSDESK_OUT: out,
        NEWSDESK_HOVER: hover,
        XDG_STATE_HOME: dir,
        XDG_DATA_HOME: dir,
        XDG_CACHE_HOME: dir,
      },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${r.status}): ${r.stderr} ${r.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error, undefined, result.error);
    assertSampleResult(result);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
