// A second LSP client: Neovim headless (Debian's `neovim` package; CI installs it) starts the
// server on a sample article through its built-in LSP client, reads diagnostics and a hover.
// The test fails when nvim is missing: the second client is part of what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SERVER_JS, samplePaths } from './helpers/paths';

test('Neovim\'s built-in LSP client gets diagnostics and a hover ("Putin" → Vladimir Putin) from the server', () => {
  const which = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(which.error, undefined, 'nvim is not installed: install Debian\'s neovim package (apt-get install neovim)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-nvim-'));
  const article = path.join(dir, 'article.txt');
  fs.copyFileSync(samplePaths().find((p) => path.basename(p).startsWith('001'))!, article);
  const out = path.join(dir, 'result.json');
  // Hover on the "Putin" of "progress made with Putin".
  const lines = fs.readFileSync(article, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes('progress made with Putin'));
  const character = lines[line].indexOf('progress made with Putin') + 'progress made with '.length + 2;
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
        NEWSDESK_HOVER: `${line},${character}`,
        XDG_STATE_HOME: dir,
        XDG_DATA_HOME: dir,
        XDG_CACHE_HOME: dir,
      },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${r.status}): ${r.stderr} ${r.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.error, undefined, result.error);
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
