// Bundles scripts/train-ner.ts with esbuild and runs it (see that file).
import * as esbuild from 'esbuild';
import { englishWords } from './english-words.mjs';
import { spawnSync } from 'node:child_process';
const out = 'dist/train-ner.js';
await esbuild.build({ entryPoints: ['scripts/train-ner.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning', plugins: [englishWords()] });
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
