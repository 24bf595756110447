// The language server on its own (issue 19): `npm pack` makes a package whose `newsdesk-language-server`
// and `newsdesk` commands work once the tarball is installed, with no build step on install and no
// network (its one run-time dependency is bundled in the tarball). Packing runs in a copy of the
// repository (`prepack` builds dist/ there), so the dist/ other tests use is not rebuilt under them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';
import { LspClient } from './helpers/lsp';

const SKIP = new Set(['.git', 'node_modules', 'out', 'dist', '.vscode-test']);

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.endsWith('.vsix') || e.name.endsWith('.tgz')) continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyTree(a, b);
    else if (e.isFile()) fs.copyFileSync(a, b);
  }
}

test('npm pack + an offline install of the tarball give working newsdesk-language-server and newsdesk commands', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-npm-'));
  // node on PATH for the commands' #! line; an empty npm cache, so nothing can come from an earlier download.
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_update_notifier: 'false',
    npm_config_cache: path.join(tmp, 'cache'),
  };
  let client: LspClient | null = null;
  try {
    const src = path.join(tmp, 'src');
    copyTree(ROOT, src);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
    const pack = spawnSync('npm', ['pack', '--pack-destination', tmp], { cwd: src, encoding: 'utf8', env });
    assert.equal(pack.status, 0, `npm pack failed:\n${pack.stdout}\n${pack.stderr}`);
    const tarball = path.join(tmp, pack.stdout.trim().split('\n').pop()!);
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    for (const need of ['package/package.json', 'package/dist/server.js', 'package/dist/cli.js', 'package/dist/THIRD-PARTY-NOTICES.txt', 'package/schema/article-analysis.schema.json', 'package/schema/timeline.schema.json', 'package/schema/analysis-line.schema.json', 'package/node_modules/picomatch/package.json']) {
      assert.ok(files.includes(need), `${need} in the tarball: ${files.join(', ')}`);
    }
    for (const f of files) assert.doesNotMatch(f, /\.(ts|map)$|^package\/(client|server|test|scripts|eval|bench|samples)\//, `${f}: no sources, tests or source maps`);

    const prefix = path.join(tmp, 'prefix');
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8', env });
    assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.stdout}\n${install.stderr}`);
    const bin = path.join(prefix, 'node_modules', '.bin');

    const version = spawnSync(path.join(bin, 'newsdesk'), ['--version'], { encoding: 'utf8', env });
    assert.match(version.stdout, /^newsdesk \d+\.\d+\.\d+/, version.stderr);

    // The installed command itself, started as an editor starts it (no `node` in front).
    client = new LspClient(['--stdio'], { PATH: env.PATH }, [path.join(bin, 'newsdesk-language-server')]);
    const init = await client.initialize();
    assert.equal(init.serverInfo?.name, 'newsdesk');
    assert.ok(init.capabilities.hoverProvider, JSON.stringify(init.capabilities));
    const uri = 'file:///tmp/newsdesk-npm-article.txt';
    client.open(uri, 'Talks Resume\n\nThe mayor said the talks would resume on Monday. The the council agreed.\n');
    const diagnostics = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    assert.ok(diagnostics.diagnostics.some((d: { code: string }) => d.code === 'garbled.repeated-word'), JSON.stringify(diagnostics.diagnostics));
    assert.equal(await client.shutdown(), 0);
    client = null;
  } finally {
    client?.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
