// The manifest points at files that exist, and `npm run package` makes a small .vsix with only what
// the extension needs at run time. Packaging runs in a copy of the repository, so the dist/ that
// other tests use is not rebuilt under them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';
import { listZip } from './helpers/zip';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('every file the manifest names exists', () => {
  const named: string[] = [
    ...(manifest.contributes.languages ?? []).map((l: { configuration?: string }) => l.configuration),
    ...(manifest.contributes.grammars ?? []).map((g: { path: string }) => g.path),
    manifest.icon,
  ].filter((p): p is string => typeof p === 'string');
  assert.ok(named.length >= 2);
  for (const p of named) assert.ok(fs.existsSync(path.join(ROOT, p)), `${p} (named in package.json) exists`);
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(manifest.engines.vscode, /^\^1\.100\./);
});

const SKIP = new Set(['.git', 'node_modules', 'out', 'dist', '.vscode-test']);

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.endsWith('.vsix')) continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyTree(a, b);
    else if (e.isFile()) fs.copyFileSync(a, b);
  }
}

test('npm run package makes a .vsix under 2 MB with the bundles and no sources, tests or node_modules', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-vsix-'));
  try {
    copyTree(ROOT, tmp);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: tmp, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    const vsix = path.join(tmp, 'newsdesk.vsix');
    const size = fs.statSync(vsix).size;
    assert.ok(size < 2 * 1024 * 1024, `newsdesk.vsix is ${size} bytes`);
    const names = listZip(fs.readFileSync(vsix)).map((e) => e.name);
    for (const need of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/THIRD-PARTY-NOTICES.txt', 'extension.vsixmanifest']) {
      assert.ok(names.includes(need), `${need} in ${names.join(', ')}`);
    }
    const notices = fs.readFileSync(path.join(tmp, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    assert.match(notices, /^vscode-languageclient@/m, 'the notices name the bundled packages');
    for (const n of names) {
      assert.doesNotMatch(n, /node_modules\//, `${n}: no node_modules`);
      assert.doesNotMatch(n, /^extension\/(src|client|server|test|scripts|eval|out|samples|\.vscode-test)\//, `${n}: no sources, tests or scripts`);
      assert.doesNotMatch(n, /\.(ts|map|mjs)$/, `${n}: no TypeScript sources or source maps`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
