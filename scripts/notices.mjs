// Writes dist/THIRD-PARTY-NOTICES.txt: the licence text of every npm package that esbuild bundles into
// dist/extension.js and dist/server.js (the .vsix ships those bundles, so it ships these notices).
// Run by `vscode:prepublish` after the production build.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import path from 'node:path';
import { englishWords } from './english-words.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const result = await esbuild.build({
  entryPoints: ['client/src/extension.ts', 'server/src/server.ts'],
  outdir: 'out/notices', bundle: true, platform: 'node', format: 'cjs', external: ['vscode'],
  write: false, metafile: true, logLevel: 'warning', plugins: [englishWords()],
});

/** The package folder (node_modules/NAME or node_modules/@SCOPE/NAME) of a bundled input path. */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return m ? m[1] : null;
}

// The word list the english-words plugin bundles is made from dictionary-en's files (not an input of its own).
const dirs = [...new Set([...Object.keys(result.metafile.inputs).map(packageDir).filter(Boolean), 'node_modules/dictionary-en'])].sort();
const parts = ['Newsdesk bundles the following npm packages into dist/extension.js and dist/server.js.', ''];
for (const dir of dirs) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenceFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  parts.push('='.repeat(78), `${pkg.name}@${pkg.version} (${pkg.license ?? 'see below'})`, '='.repeat(78));
  parts.push(licenceFile ? fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim() : `Licence: ${pkg.license ?? 'unknown'} (no licence file in the package)`, '');
}
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/THIRD-PARTY-NOTICES.txt', parts.join('\n'));
console.log(`notices: ${dirs.length} bundled packages -> dist/THIRD-PARTY-NOTICES.txt`);
