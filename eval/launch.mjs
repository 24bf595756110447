// `npm run eval [-- --misses] [-- SET...]`: bundles eval/run.ts together with every eval/sets/*.ts
// (they import the core from server/src/core directly) into out/eval.js with esbuild, then runs it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { englishWords } from '../scripts/english-words.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const files = readdirSync('eval/sets').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
const entry = [
  "import { main } from './eval/run';",
  ...files.map((f, i) => `import * as s${i} from './eval/sets/${f.replace(/\.ts$/, '')}';`),
  `main([${files.map((f, i) => `[${JSON.stringify(f)}, s${i}]`).join(', ')}], process.argv.slice(2));`,
].join('\n');
await esbuild.build({
  stdin: { contents: entry, resolveDir: root, sourcefile: 'eval-entry.ts', loader: 'ts' },
  outfile: 'out/eval.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  define: { NEWSDESK_VERSION: '"eval"' },
  plugins: [englishWords()],
});
const r = spawnSync(process.execPath, ['--enable-source-maps', '--max-old-space-size=4096', 'out/eval.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEWSDESK_ROOT: root },
});
process.exit(r.status ?? 1);
