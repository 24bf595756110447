// The project's test command (`npm test`): build, typecheck, bundle every *.test.ts and run them with
// node's own test runner, then run the end-to-end tests in a real VS Code (test/e2e), and print one
// closing line "tests: N passed, N failed" over all of them. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ensureSystemDeps } from './system-deps.mjs';
import { englishWords } from './english-words.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const skipE2e = process.argv.includes('--no-e2e') || process.env.NEWSDESK_SKIP_E2E === '1';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const e2eWanted = !skipE2e && only.length === 0 && existsSync('test/e2e/run.mjs');
const codeServerDir = process.env.NEWSDESK_CODE_SERVER_DIR ?? path.join(root, '.vscode-test', 'code-server');
if (!ensureSystemDeps({ e2e: e2eWanted, codeServerInstalled: existsSync(path.join(codeServerDir, 'node_modules', '.bin', 'code-server')) })) {
  console.log('tests: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === 'node_modules' || name === 'e2e') continue;
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

let tests = [...findTests('server/src'), ...findTests('client/src'), ...findTests('test')];
if (only.length) tests = tests.filter((t) => only.some((o) => t.includes(o)));
rmSync('out/tests', { recursive: true, force: true });
mkdirSync('out/tests', { recursive: true });
await esbuild.build({
  entryPoints: tests,
  outdir: 'out/tests',
  outbase: '.',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  external: ['vscode'],
  logLevel: 'warning',
  define: { NEWSDESK_VERSION: '"test"' },
  plugins: [englishWords()],
});
const built = tests.map((t) => path.join('out/tests', t.replace(/\.ts$/, '.js')));

let passed = 0;
let failed = 0;
let skipped = 0;
if (built.length) {
  const tap = 'out/tests/results.tap';
  const r = spawnSync(process.execPath, [
    '--enable-source-maps', '--test', '--test-concurrency=2', '--test-timeout=600000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...built,
  ], { stdio: 'inherit', env: { ...process.env, NEWSDESK_ROOT: root } });
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0);
  skipped += Number(/^# skipped (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# todo (\d+)/m.exec(text)?.[1] ?? 0);
  if (r.status !== 0 && failed === 0) failed = 1;
}

if (e2eWanted) {
  const r = spawnSync(process.execPath, ['test/e2e/run.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const resultFile = 'out/e2e-result.json';
  if (existsSync(resultFile)) {
    const res = JSON.parse(readFileSync(resultFile, 'utf8'));
    passed += res.passed ?? 0;
    failed += res.failed ?? 0;
    skipped += res.skipped ?? 0;
  }
  if (r.status !== 0 && !existsSync(resultFile)) failed += 1;
}

console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
