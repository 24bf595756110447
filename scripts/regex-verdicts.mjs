// `node scripts/regex-verdicts.mjs [--all]`: bundles scripts/regex-verdicts.ts with esbuild and runs it
// (recheck's verdicts on the core's regular expressions into test/fixtures/regex-verdicts.json).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { englishWords } from './english-words.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const out = 'out/regex-verdicts.js';
await esbuild.build({
  entryPoints: ['scripts/regex-verdicts.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  packages: 'external', logLevel: 'warning', define: { NEWSDESK_VERSION: '"dev"' },
  plugins: [englishWords()], // the core's English word list, generated at bundle time
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEWSDESK_ROOT: root } });
process.exit(r.status ?? 1);
