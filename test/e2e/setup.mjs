// Shared by the e2e runners (run.mjs: code-server; electron.mjs: @vscode/test-electron): the suite
// bundle and the test workspace.
import * as fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Bundles test/e2e/suite/index.ts and every *.e2e.ts into outDir (vscode stays external); returns index.js. */
export async function bundleSuite(outDir) {
  const suiteDir = path.join(root, 'test', 'e2e', 'suite');
  const entries = fs.readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.e2e.ts')).map((f) => path.join(suiteDir, f));
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries, outdir: outDir, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    sourcemap: 'inline', external: ['vscode'], logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/** A workspace folder with copies of the sample articles and one small .news file. */
export function makeWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const samples = path.join(root, 'samples');
  for (const f of fs.readdirSync(samples).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(samples, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'brief.news'), 'Minister Opens Bridge\n\nThe minister opened the the new bridge on Monday.\n\nShare this article\n');
  return dir;
}

/** User settings that keep a fresh VS Code profile quiet. */
export const USER_SETTINGS = {
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
};
