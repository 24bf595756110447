// Bundles the entry points with esbuild: the client, the server (which also serves as its own background
// analysis worker, started again as a worker_threads Worker) and the command-line tool; then brings the
// JSON Schemas in schema/ up to date with the types they are generated from.
import * as esbuild from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';
import { englishWords } from './english-words.mjs';
import { checkOnly, reportStale, updateSchemas } from './schemas.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { NEWSDESK_VERSION: JSON.stringify(version) },
  plugins: [englishWords()],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The server is also the npm package's `newsdesk-language-server` command, hence the #! line.
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
// The JSON Schemas of the outputs, from the types (scripts/schemas.mjs); CI only checks they are current.
if (!reportStale(await updateSchemas({ check: checkOnly() }))) process.exit(1);
chmodSync('dist/cli.js', 0o755);
chmodSync('dist/server.js', 0o755);
