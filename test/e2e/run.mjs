// Runs the end-to-end tests (test/e2e/suite/*.e2e.ts) in a real VS Code: VS Code 1.100 from the npm
// package code-server, driven headless by Debian's Chromium through playwright-core. The extension is
// loaded as the extension under development and the suite as its extensionTestsPath, as
// @vscode/test-electron would do. Prints "e2e: N passed, N failed", writes out/e2e-result.json and
// exits non-zero on any failure or on timeout.
//
//   node test/e2e/run.mjs [--screenshots] [--grep TEXT] [--keep] [--verbose]
//     --screenshots  save the screenshots the tests ask for into docs/screenshots/ (default out/e2e/screenshots/)
//     --grep TEXT    run only the cases whose name or file contains TEXT
//     --keep         keep the temporary workspace and VS Code profile
//     --verbose      forward all of the page's console, noise included
// Environment: NEWSDESK_E2E_TIMEOUT_S (default 300), NEWSDESK_CODE_SERVER_DIR (default .vscode-test/code-server).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
process.chdir(root);
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`e2e: ${msg}`);
const RESULT = path.join(root, 'out', 'e2e-result.json');
const OUT = path.join(root, 'out', 'e2e');
const BUNDLE = path.join(OUT, 'suite');
const SHOTS_OUT = flag('--screenshots') ? path.join(root, 'docs', 'screenshots') : path.join(OUT, 'screenshots');
const TIMEOUT_MS = Number(process.env.NEWSDESK_E2E_TIMEOUT_S ?? 300) * 1000;
const CS_DIR = process.env.NEWSDESK_CODE_SERVER_DIR ?? path.join(root, '.vscode-test', 'code-server');
const CS_BIN = path.join(CS_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = '/usr/bin/chromium';

fs.rmSync(RESULT, { force: true });
fs.mkdirSync(OUT, { recursive: true });

let server; // the code-server child, leader of its own process group
let browser;
let tmp;
let finished = false;

function killServer() {
  if (!server?.pid) return;
  for (const sig of ['SIGTERM', 'SIGKILL']) {
    try {
      process.kill(-server.pid, sig);
    } catch {
      return; // the group is gone
    }
    if (sig === 'SIGTERM') spawnSync('sleep', ['0.5']);
  }
}

async function finish(passed, failed, why) {
  if (finished) return;
  finished = true;
  if (why) console.error(`e2e: ${why}`);
  try {
    await browser?.close();
  } catch { /* already gone */ }
  killServer();
  if (tmp && !flag('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
  fs.mkdirSync(path.dirname(RESULT), { recursive: true });
  fs.writeFileSync(RESULT, JSON.stringify({ passed, failed }) + '\n');
  log(`finished in ${elapsed()}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void finish(0, 1, `interrupted (${sig})`));
process.on('exit', killServer);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, probe, ms, every = 100) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

try {
  // 1. VS Code (code-server) installed?
  const version = fs.existsSync(CS_BIN) ? spawnSync(CS_BIN, ['--version'], { encoding: 'utf8' }).stdout ?? '' : '';
  if (!version.startsWith('4.100.3')) {
    log('installing code-server (scripts/install-code-server.sh)');
    const r = spawnSync('bash', ['scripts/install-code-server.sh'], { stdio: 'inherit', env: { ...process.env, NEWSDESK_CODE_SERVER_DIR: CS_DIR } });
    if (r.status !== 0) await finish(0, 1, 'could not install code-server');
  }
  if (!fs.existsSync(CHROMIUM)) await finish(0, 1, `${CHROMIUM} is missing (apt-get install chromium)`);

  // 2. The extension and the suite, built.
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) await finish(0, 1, 'npm run build failed');
  const suiteDir = path.join(root, 'test', 'e2e', 'suite');
  const entries = fs.readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.e2e.ts')).map((f) => path.join(suiteDir, f));
  fs.rmSync(BUNDLE, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries, outdir: BUNDLE, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    sourcemap: 'inline', external: ['vscode'], logLevel: 'warning',
  });

  // 3. A workspace with the sample articles, a fresh profile.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-e2e-'));
  const ws = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const shots = path.join(tmp, 'shots');
  fs.mkdirSync(ws, { recursive: true });
  for (const f of fs.readdirSync('samples').filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join('samples', f), path.join(ws, f));
  fs.writeFileSync(path.join(ws, 'brief.news'), 'Minister Opens Bridge\n\nThe minister opened the the new bridge on Monday.\n\nShare this article\n');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.wordWrap': 'on',
  }, null, 2));

  // 4. code-server, detached in its own process group.
  const port = await freePort();
  const resultFile = path.join(tmp, 'result.json');
  const serverLog = path.join(OUT, 'code-server.log');
  const logFd = fs.openSync(serverLog, 'w');
  server = spawn(CS_BIN, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-file-downloads',
    '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'), ws,
  ], {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), NEWSDESK_E2E_RESULT: resultFile, NEWSDESK_E2E_SHOTS: shots, NEWSDESK_E2E_GREP: option('--grep') ?? '' },
  });
  fs.closeSync(logFd);
  server.on('exit', (code) => void finish(0, 1, `code-server exited early (code ${code}); see ${path.relative(root, serverLog)}`));
  const serverLogText = () => fs.readFileSync(serverLog, 'utf8');
  await waitUntil('code-server to listen', () => /HTTP server listening/.test(serverLogText()), 30_000);
  log(`code-server listening on port ${port} after ${elapsed()}`);

  // 5. The browser, on the workbench with the test payload.
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Forward the page's console (the extension host's console arrives here too), less the known noise.
  const NOISE = /open-vsx|vsda|status of 404|Failed to load resource|Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin|ChatSessionStore|same-origin iframe|can escape its sandboxing|Overwriting extension <<|^\s*$/i;
  page.on('console', (m) => {
    const text = m.text().replace(/%c/g, '').replace(/\s*color:\s*#[0-9a-f]{3,6}\s*/gi, ' ').trim();
    if (!flag('--verbose') && NOISE.test(text)) return;
    (m.type() === 'error' ? console.error : console.log)(`  [vscode] ${text}`);
  });
  page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(BUNDLE, 'index.js'))],
  ]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  // 6. Wait for the result, answering screenshot requests meanwhile.
  const deadline = Date.now() + TIMEOUT_MS;
  fs.mkdirSync(shots, { recursive: true });
  for (;;) {
    for (const req of fs.readdirSync(shots).filter((f) => f.endsWith('.request'))) {
      const name = req.slice(0, -'.request'.length);
      fs.mkdirSync(SHOTS_OUT, { recursive: true });
      const target = path.join(SHOTS_OUT, `${name}.png`);
      try {
        await page.waitForTimeout(500); // let the workbench paint
        await page.screenshot({ path: target });
        log(`screenshot ${path.relative(root, target)}`);
      } catch (e) {
        console.error(`e2e: screenshot ${name} failed: ${e}`);
      }
      fs.rmSync(path.join(shots, req), { force: true });
      fs.writeFileSync(path.join(shots, `${name}.done`), '');
    }
    if (fs.existsSync(resultFile)) break;
    if (/Extension Host Process exited|extension host.*terminated/i.test(serverLogText()) && !fs.existsSync(resultFile)) {
      await new Promise((r) => setTimeout(r, 1000));
      if (!fs.existsSync(resultFile)) await finish(0, 1, `the extension host exited without a result; see ${path.relative(root, serverLog)}`);
    }
    if (Date.now() > deadline) await finish(0, 1, `timed out after ${TIMEOUT_MS / 1000} s without a result`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const res = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  server.removeAllListeners('exit');
  await finish(res.passed ?? 0, res.failed ?? 0, res.failed ? `failures:\n${(res.failures ?? []).join('\n')}` : undefined);
} catch (e) {
  await finish(0, 1, `runner error: ${e?.stack ?? e}`);
}
