// Runs the end-to-end tests (test/e2e/suite/*.e2e.ts) in a real VS Code: VS Code 1.100 from the npm
// package code-server, driven headless by Debian's Chromium through playwright-core, the way
// @vscode/test-electron would run them (the suite is the extensionTestsPath). Two passes by default:
//   vsix     the packaged extension (npm run package), installed into VS Code as a user installs it;
//   sources  the repository as the extension under development (extensionDevelopmentPath).
// Prints "e2e: N passed, N failed" over both, writes out/e2e-result.json ({passed, failed}, read by
// scripts/test.mjs) and exits non-zero on any failure or timeout.
//
//   node test/e2e/run.mjs [--vsix | --sources] [--screenshots] [--grep TEXT] [--keep] [--verbose]
//     --vsix / --sources  run one pass only
//     --screenshots  save the screenshots the tests ask for (harness `screenshot(name)`) into
//                    docs/screenshots/ instead of out/e2e/screenshots/ (only the sources pass takes them)
//     --grep TEXT    run only the cases whose name or file contains TEXT
//     --keep         keep the temporary workspaces and VS Code profiles
//     --verbose      forward all of the page's console, noise included
// Environment: NEWSDESK_E2E_TIMEOUT_S (per pass, default 300), NEWSDESK_CODE_SERVER_DIR
// (default .vscode-test/code-server, installed by scripts/install-code-server.sh when missing).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import path from 'node:path';
import { bundleSuite, makeWorkspace, USER_SETTINGS } from './setup.mjs';

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
const CS_VERSION = '4.100.3';
const CHROMIUM = '/usr/bin/chromium';
const PASSES = flag('--vsix') ? ['vsix'] : flag('--sources') ? ['sources'] : ['vsix', 'sources'];
const NOISE = /open-vsx|vsda|status of 404|Failed to load resource|Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin|ChatSessionStore|same-origin iframe|can escape its sandboxing|Overwriting extension <<|^\s*$/i;

const cleanups = []; // run in reverse at the end, whatever happens
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Ends a process group: TERM, then KILL if anything is left. Synchronous, so it also works on exit. */
function killGroup(pid) {
  for (const sig of ['SIGTERM', 'SIGKILL']) {
    try {
      process.kill(-pid, sig);
    } catch {
      return; // the group is gone
    }
    if (sig === 'SIGTERM') spawnSync('sleep', ['0.5']);
  }
}

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
    await sleep(every);
  }
}

function must(r, what) {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})${r.stderr ? `:\n${r.stderr}` : ''}`);
}

/** VS Code (code-server) installed, the suite bundled. */
async function prepare() {
  const version = fs.existsSync(CS_BIN) ? spawnSync(CS_BIN, ['--version'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(CS_DIR, '.config') } }).stdout ?? '' : '';
  if (!version.startsWith(CS_VERSION)) {
    log('installing code-server (scripts/install-code-server.sh)');
    must(spawnSync('bash', ['scripts/install-code-server.sh'], { stdio: 'inherit', env: { ...process.env, NEWSDESK_CODE_SERVER_DIR: CS_DIR } }), 'scripts/install-code-server.sh');
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  await bundleSuite(BUNDLE);
}

/** One run of the suite in a fresh VS Code; resolves to {passed, failed}. */
async function runPass(mode) {
  log(`--- pass "${mode}" ---`);
  // The extension: the packaged .vsix (production bundles, .vscodeignore applied) or the sources.
  if (mode === 'vsix') must(spawnSync('npm', ['run', '-s', 'package'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }), 'npm run package');
  else must(spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }), 'npm run build');

  // A workspace with the sample articles and a .news file; a fresh profile.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `newsdesk-e2e-${mode}-`));
  cleanups.push(() => (flag('--keep') ? log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));
  const ws = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const shots = path.join(tmp, 'shots');
  const resultFile = path.join(tmp, 'result.json');
  makeWorkspace(ws);
  fs.mkdirSync(shots, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    NEWSDESK_E2E_RESULT: resultFile,
    NEWSDESK_E2E_SHOTS: mode === 'sources' ? shots : '',
    NEWSDESK_E2E_GREP: option('--grep') ?? '',
    NEWSDESK_E2E_MODE: mode,
  };
  if (mode === 'vsix') {
    must(spawnSync(CS_BIN, ['--extensions-dir', extensionsDir, '--user-data-dir', userData, '--install-extension', path.join(root, 'newsdesk.vsix')], { encoding: 'utf8', env }), 'installing newsdesk.vsix');
    log('installed newsdesk.vsix');
  }

  // code-server, detached in its own process group (a file watcher child lingers otherwise).
  const port = await freePort();
  const serverLog = path.join(OUT, `code-server-${mode}.log`);
  const logFd = fs.openSync(serverLog, 'w');
  const server = spawn(CS_BIN, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-file-downloads',
    '--user-data-dir', userData, '--extensions-dir', extensionsDir, ws,
  ], { detached: true, stdio: ['ignore', logFd, logFd], env });
  fs.closeSync(logFd);
  let exited = null;
  server.on('exit', (code) => { exited = code ?? 'signal'; });
  const stop = () => killGroup(server.pid);
  process.on('exit', stop);
  cleanups.push(() => { stop(); process.off('exit', stop); });
  const serverLogText = () => fs.readFileSync(serverLog, 'utf8');
  await waitUntil('code-server to listen', () => {
    if (exited !== null) throw new Error(`code-server exited (${exited}); see ${path.relative(root, serverLog)}`);
    return /HTTP server listening/.test(serverLogText());
  }, 60_000);
  log(`code-server listening on port ${port} after ${elapsed()}`);

  // The browser, on the workbench with the test payload.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  cleanups.push(() => browser.close().catch(() => {}));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Forward the page's console (the extension host's console arrives here too), less the known noise.
  page.on('console', (m) => {
    const text = m.text().replace(/%c/g, '').replace(/\s*color:\s*#[0-9a-f]{3,6}\s*/gi, ' ').trim();
    if (!flag('--verbose') && NOISE.test(text)) return;
    (m.type() === 'error' ? console.error : console.log)(`  [vscode] ${text}`);
  });
  page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  // For the vsix pass the development path is an empty folder, so the installed extension is the one that runs.
  const devPath = mode === 'vsix' ? path.join(tmp, 'no-extension') : root;
  fs.mkdirSync(devPath, { recursive: true });
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(path.join(BUNDLE, 'index.js'))],
  ]);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  // Wait for the result, taking the screenshots the tests ask for meanwhile.
  const deadline = Date.now() + TIMEOUT_MS;
  let hostGoneAt = 0;
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
    if (exited !== null) throw new Error(`code-server exited (${exited}) before the tests finished; see ${path.relative(root, serverLog)}`);
    if (!hostGoneAt && /Extension Host Process exited|extension host.*terminated/i.test(serverLogText())) hostGoneAt = Date.now();
    if (hostGoneAt && Date.now() - hostGoneAt > 2000) throw new Error(`the extension host exited without a result; see ${path.relative(root, serverLog)}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT_MS / 1000} s without a result`);
    await sleep(200);
  }
  const res = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  if (res.failed) console.error(`e2e: failures in pass "${mode}":\n${(res.failures ?? []).join('\n')}`);
  log(`pass "${mode}": ${res.passed ?? 0} passed, ${res.failed ?? 0} failed (${elapsed()})`);
  return { passed: res.passed ?? 0, failed: res.failed ?? 0 };
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch { /* best effort */ }
  }
}

let passed = 0;
let failed = 0;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`e2e: interrupted (${sig})`);
    void cleanup().then(() => {
      fs.writeFileSync(RESULT, JSON.stringify({ passed, failed: failed + 1 }) + '\n');
      console.log(`e2e: ${passed} passed, ${failed + 1} failed`);
      process.exit(1);
    });
  });
}

fs.rmSync(RESULT, { force: true });
fs.mkdirSync(OUT, { recursive: true });
try {
  await prepare();
  for (const mode of PASSES) {
    try {
      const r = await runPass(mode);
      passed += r.passed;
      failed += r.failed;
    } catch (e) {
      failed += 1;
      console.error(`e2e: pass "${mode}" failed: ${e?.stack ?? e}`);
    } finally {
      await cleanup();
    }
  }
} catch (e) {
  failed += 1;
  console.error(`e2e: ${e?.stack ?? e}`);
}
await cleanup();
fs.writeFileSync(RESULT, JSON.stringify({ passed, failed }) + '\n');
log(`finished in ${elapsed()}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
