// `npm run bench`: builds dist/ (the server is measured as shipped), bundles bench/run.ts (which
// imports the core directly; compromise and wink-nlp stay external, loaded from node_modules) and runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { englishWords } from '../scripts/english-words.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await esbuild.build({
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  logLevel: 'warning',
  define: { NEWSDESK_VERSION: JSON.stringify(JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')).version) },
  plugins: [englishWords()],
});
const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', 'out/bench.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEWSDESK_ROOT: root },
});
process.exit(r.status ?? 1);
