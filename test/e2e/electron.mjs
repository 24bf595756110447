// The same end-to-end suite with @vscode/test-electron, for machines that can download VS Code
// (this project's CI cannot; it uses run.mjs with code-server). `npm run test:electron`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';
import { bundleSuite, makeWorkspace, root, USER_SETTINGS } from './setup.mjs';

process.chdir(root);
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-e2e-electron-'));
const userData = path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
const resultFile = path.join(tmp, 'result.json');
let code = 1;
try {
  code = await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: await bundleSuite(path.join(root, 'out', 'e2e', 'suite')),
    extensionTestsEnv: { NEWSDESK_E2E_RESULT: resultFile, NEWSDESK_E2E_MODE: 'sources' },
    launchArgs: [makeWorkspace(path.join(tmp, 'workspace')), '--user-data-dir', userData, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`e2e (electron): ${e?.message ?? e}`);
}
const res = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 1 };
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`e2e: ${res.passed} passed, ${res.failed} failed`);
process.exit(code === 0 && res.failed === 0 && res.passed > 0 ? 0 : 1);
